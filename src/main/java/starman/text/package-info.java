/** Numbers and durations as people read them, the same on the page, on a share card and in the CLI. */
package starman.text;
