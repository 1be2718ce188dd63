package starman.metrics;

/**
 * The table for one instant. Pace covers (now - 60 min, now]; today, week and month the calendar period
 * containing now, up to now; listens after now never count. Pace albums are computed but not shown.
 */
public record Dashboard(long now, Totals pace, Totals today, Totals week, Totals month, Totals allTime,
                        double sprintPerHour) {
}
