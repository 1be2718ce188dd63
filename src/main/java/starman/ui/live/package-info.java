/** Template components of our own: text that updates in place. */
package starman.ui.live;
