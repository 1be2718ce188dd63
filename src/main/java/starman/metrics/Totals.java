package starman.metrics;

/**
 * One cell row of the table: songs (listens), distinct albums (release groups), and the summed duration
 * of the listens whose duration is known; the others are counted in {@code unknownDuration}.
 */
public record Totals(int songs, int albums, long knownMs, int unknownDuration) {
    /** Minutes rounded half up to one decimal, as the table shows them. */
    public double minutes() {
        return ((knownMs + 3000) / 6000) / 10.0;
    }
}
