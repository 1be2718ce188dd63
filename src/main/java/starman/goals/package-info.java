/**
 * Listening goals for the artist (minutes, songs or different albums a day, week or month; every track of an album
 * within one), their progress, the pace they need and when they would be met at the current pace, in the person's
 * zone and week (pure Java, the clock passed in).
 */
package starman.goals;
