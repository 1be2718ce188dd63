package starman.store;

/**
 * Where a history sync stands, stored with the data it covers.
 *
 * @param cursor the {@code min_ts} to resume from: every server listen at or before it up to the run's
 *               start point is stored
 * @param running whether a sync run is under way (a later start resumes at {@link #cursor})
 */
public record SyncCheckpoint(long cursor, boolean running) {
    public static final SyncCheckpoint IDLE = new SyncCheckpoint(0, false);
}
