/**
 * The coach as a training plan: streaks of days with the artist and personal bests, computed from the index's rows
 * (pure Java; the page shows them and opens each one's listens).
 */
package starman.training;
