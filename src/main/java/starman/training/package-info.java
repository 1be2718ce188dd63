/**
 * The coach as a training plan: streaks of days with the artist, personal bests, the week, month and year against
 * the ones before, and a year in review, computed from the index's rows (pure Java; the page shows them and opens
 * each figure's listens).
 */
package starman.training;
