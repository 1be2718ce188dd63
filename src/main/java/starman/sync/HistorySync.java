package starman.sync;

import java.io.IOException;
import java.util.List;
import java.util.function.LongUnaryOperator;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListensPage;
import starman.model.Listen;
import starman.store.ListenStore;
import starman.store.PageWrite;
import starman.store.SyncCheckpoint;
import starman.time.Clock;

/**
 * Lane B: brings the store up to the server's history, paging forward with {@code min_ts}.
 *
 * <p>A run starts a trailing window before the newest stored listen (so late listens and deletions
 * there are seen) and ends once it has covered the server's {@code latest_listen_ts}. Each page
 * <em>covers</em> a range of seconds it proves complete; the store takes the page, drops stored
 * listens in that range the server no longer has, and moves the checkpoint, in one transaction. So a
 * run stopped anywhere resumes at its checkpoint and refetches at most the one uncommitted page.
 *
 * <p>Server facts relied on (LISTENBRAINZ.md, listenbrainz-server's timescale listenstore): with
 * {@code min_ts} the server returns the oldest {@code count} listens after it, newest first. With
 * {@code min_ts} alone it searches in growing windows and may stop short, and it caches answers per
 * (user, min_ts, max_ts, count); so every request also carries a {@code max_ts} just past now (the
 * server takes listens up to 10 minutes ahead), which makes the search exact and the answer fresh.
 * A full page may cut its newest second short, so the next page starts one second earlier; more than
 * {@code count} listens in one second cannot all be reached (the API has no offset).
 */
public final class HistorySync {
    /** {@code min_ts=0} reads as "no bound" on the server, so a run from the beginning starts at 1. */
    static final long BEGINNING = 1;
    /** How far ahead of its clock the server accepts listened_at (MAX_FUTURE_SECONDS). */
    static final long SERVER_FUTURE_SECONDS = 600;

    /**
     * @param pageSize listens per request (the server caps it at 1000)
     * @param rescanSeconds how far before the newest stored listen each catch-up looks again
     */
    public record Options(int pageSize, long rescanSeconds) {
        public static final Options DEFAULT = new Options(ListenBrainzClient.MAX_COUNT, 3 * 86_400);
    }

    private final ListenBrainzClient api;
    private final ListenStore store;
    private final Clock clock;
    private final LongUnaryOperator etaForRequests;
    private final Options options;
    private final Listeners<SyncListener> listeners = new Listeners<>();

    /** @param etaForRequests the time the client needs for n more requests (see RateBudget#millisFor) */
    public HistorySync(ListenBrainzClient api, ListenStore store, Clock clock, LongUnaryOperator etaForRequests,
                       Options options) {
        this.api = api;
        this.store = store;
        this.clock = clock;
        this.etaForRequests = etaForRequests;
        this.options = options;
    }

    public void addListener(SyncListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SyncListener listener) {
        listeners.remove(listener);
    }

    /** One catch-up of {@code user}'s history, resuming an interrupted run if there is one. */
    public synchronized void run(String user) throws IOException {
        long started = clock.nowMillis();
        SyncCheckpoint checkpoint = store.checkpoint();
        long cursor = checkpoint.running() ? checkpoint.cursor() : startCursor();
        long total = api.listenCount(user);
        long latest = 0;
        int pages = 0;
        int stored = 0;
        while (true) {
            long maxTs = Math.max(Math.max(clock.nowMillis() / 1000, latest), cursor) + SERVER_FUTURE_SECONDS + 1;
            ListensPage page = api.listens(user, cursor, maxTs, options.pageSize());
            List<Listen> listens = page.listens();
            latest = page.latestListenTs();
            long coveredTo;
            if (listens.size() >= options.pageSize()) {
                long newest = listens.get(0).listenedAt();
                // the newest second may be cut short: fetch it again, unless the page holds nothing else
                coveredTo = newest - 1 > cursor ? newest - 1 : newest;
            } else {
                coveredTo = maxTs - 1;
            }
            boolean done = coveredTo >= latest;
            SyncCheckpoint next = done ? SyncCheckpoint.IDLE : new SyncCheckpoint(coveredTo, true);
            store.apply(new PageWrite(listens, cursor + 1, done ? Long.MAX_VALUE : coveredTo, next));
            pages++;
            stored += listens.size();
            cursor = coveredTo;
            long left = done ? 0 : Math.max(0, total - store.count());
            long requestsLeft = (left + options.pageSize() - 1) / options.pageSize();
            // the budget says how soon requests may go; the pace so far adds how long the server takes to answer
            long pace = (clock.nowMillis() - started) / pages;
            long eta = Math.max(etaForRequests.applyAsLong(requestsLeft), requestsLeft * pace);
            SyncProgress progress = new SyncProgress(pages, stored, left, eta, done);
            listeners.forEach(listener -> listener.onProgress(progress));
            if (done) {
                return;
            }
        }
    }

    /** min_ts is exclusive: even without a re-scan, start a second early for a tie with the newest listen. */
    private long startCursor() {
        long newest = store.newestListenedAt();
        return newest == 0 ? BEGINNING : Math.max(BEGINNING, newest - Math.max(1, options.rescanSeconds()));
    }
}
