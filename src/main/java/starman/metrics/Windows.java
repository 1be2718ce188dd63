package starman.metrics;

/** The fixed windows of the real-time metrics, in seconds. */
public final class Windows {
    private Windows() {
    }

    /** Pace: the hour up to now. */
    public static final long PACE_S = 60 * 60;
    /** Sprint: the quarter hour up to now, projected to an hour. */
    public static final long SPRINT_S = 15 * 60;
    /** A gap longer than this between listens ends a session. */
    public static final long SESSION_GAP_S = 30 * 60;
}
