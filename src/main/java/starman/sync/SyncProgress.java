package starman.sync;

/**
 * How a history sync run is going, after each stored page.
 *
 * @param pages pages stored in this run
 * @param listensStored listens written in this run (re-scanned ones included)
 * @param listensLeft the server's listen count minus what is stored (0 when the count is unknown)
 * @param etaMillis a rough time to fetch what is left: the rate-limit budget's, or the run's pace so far if slower
 */
public record SyncProgress(int pages, int listensStored, long listensLeft, long etaMillis, boolean done) {
}
