package starman.metrics;

/** The rows of the table: each is the listens from its start up to and including now. */
public enum Period {
    PACE("in the last 60 minutes"),
    TODAY("today"),
    WEEK("this week"),
    MONTH("this month"),
    ALL_TIME("of all time");

    /** How a sentence names the period: "23 songs today". */
    public final String phrase;

    Period(String phrase) {
        this.phrase = phrase;
    }

    /** The first instant (unix seconds) that counts at {@code now}. */
    public long start(Periods periods, long now) {
        return switch (this) {
            case PACE -> now - Windows.PACE_S + 1;
            case TODAY -> periods.day(now).start();
            case WEEK -> periods.week(now).start();
            case MONTH -> periods.month(now).start();
            case ALL_TIME -> Long.MIN_VALUE;
        };
    }
}
