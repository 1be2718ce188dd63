package starman.metrics;

/** The columns of the table. */
public enum Measure {
    /** The listens counted. */
    SONGS,
    /** The distinct canonical albums (release groups) of those listens. */
    ALBUMS,
    /** The summed known lengths of those listens. */
    MINUTES
}
