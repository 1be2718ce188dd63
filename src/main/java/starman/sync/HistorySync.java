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
 *
 * <p>No gaps: a store can hold listens the sync never fetched (an import), so after the forward run a
 * <em>backfill</em> fetches what the server has before the oldest stored listen ({@code oldest_listen_ts}
 * says whether there is any), and a run asked to check the count (after an import, at the start of a
 * visit) scans the history before the run's start once more when the server's {@code listen-count} is
 * still above the store's (two imports with a year between them). A backfill only adds: it never deletes
 * what it does not see, so imported listens stay. Its progress lives in the checkpoint like the forward
 * run's ({@link SyncCheckpoint#until}), so a backfill stopped anywhere resumes too.
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
    public void run(String user) throws IOException {
        run(user, false);
    }

    /**
     * One catch-up of {@code user}'s history; with {@code checkCount}, a store still short of the server's
     * listen count afterwards is scanned for gaps before this run's start.
     */
    public synchronized void run(String user, boolean checkCount) throws IOException {
        long started = clock.nowMillis();
        SyncCheckpoint checkpoint = store.checkpoint();
        long total = api.listenCount(user);
        Leg leg = checkpoint.backfilling() ? new Leg(Leg.Kind.RESUMED_BACKFILL, checkpoint.cursor(), checkpoint.until())
                : Leg.forward(checkpoint.running() ? checkpoint.cursor() : startCursor());
        long forwardStart = leg.cursor;
        long storedOldest = store.oldestListenedAt();
        long cursor = leg.cursor;
        long latest = 0;
        int pages = 0;
        int stored = 0;
        while (true) {
            boolean backfill = leg.kind != Leg.Kind.FORWARD;
            long maxTs = backfill ? leg.until + 1
                    : Math.max(Math.max(clock.nowMillis() / 1000, latest), cursor) + SERVER_FUTURE_SECONDS + 1;
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
            boolean legDone = coveredTo >= (backfill ? leg.until : latest);
            SyncCheckpoint next = legDone ? SyncCheckpoint.IDLE
                    : new SyncCheckpoint(coveredTo, true, backfill ? leg.until : 0);
            // a backfill adds only; the forward run also drops what the server no longer has in its range
            store.apply(backfill ? new PageWrite(listens, 1, 0, next)
                    : new PageWrite(listens, cursor + 1, legDone ? Long.MAX_VALUE : coveredTo, next));
            pages++;
            stored += listens.size();
            cursor = coveredTo;
            if (legDone) {
                leg = nextLeg(leg, page.oldestListenTs(), storedOldest, forwardStart,
                        checkCount && total > store.count());
                if (leg != null) {
                    if (leg.kind == Leg.Kind.FORWARD) {
                        forwardStart = leg.cursor;
                        storedOldest = store.oldestListenedAt();
                    } else {
                        store.apply(new PageWrite(List.of(), 1, 0, new SyncCheckpoint(leg.cursor, true, leg.until)));
                    }
                    cursor = leg.cursor;
                }
            }
            boolean done = legDone && leg == null;
            long left = done ? 0 : Math.max(0, total - store.count());
            long requestsLeft = (left + options.pageSize() - 1) / options.pageSize();
            // the budget says how soon requests may go; the pace so far adds how long the server takes to answer
            long pace = (clock.nowMillis() - started) / pages;
            long eta = Math.max(etaForRequests.applyAsLong(requestsLeft), requestsLeft * pace);
            SyncProgress progress = new SyncProgress(pages, stored, left, eta, done);
            for (SyncListener listener : listeners.now()) {
                listener.onProgress(progress);
            }
            if (done) {
                return;
            }
        }
    }

    /**
     * One stretch of a run: the forward run to the server's newest listen, or a backfill from {@code cursor}
     * to {@code until} (inclusive).
     */
    private record Leg(Kind kind, long cursor, long until) {
        enum Kind { FORWARD, RESUMED_BACKFILL, OLDER, GAPS }

        static Leg forward(long cursor) {
            return new Leg(Kind.FORWARD, cursor, 0);
        }
    }

    /**
     * What follows a finished leg, or null when the run is over.
     *
     * @param serverOldest the server's oldest listened_at (0 when it has none)
     * @param storedOldest the store's oldest listened_at when the forward run started (0 when it was empty)
     * @param shortOfCount whether the count check is on and the store holds fewer listens than the server counts
     */
    private Leg nextLeg(Leg done, long serverOldest, long storedOldest, long forwardStart, boolean shortOfCount) {
        long from = Math.max(BEGINNING, serverOldest - 1);
        switch (done.kind) {
            case RESUMED_BACKFILL:
                return Leg.forward(startCursor());
            case FORWARD:
                if (serverOldest > 0 && storedOldest > 0 && serverOldest < storedOldest) {
                    return new Leg(Leg.Kind.OLDER, from, storedOldest);
                }
                return gaps(from, forwardStart, shortOfCount);
            case OLDER:
                return gaps(from, forwardStart, shortOfCount);
            default:
                return null;
        }
    }

    private static Leg gaps(long from, long forwardStart, boolean shortOfCount) {
        return shortOfCount && from < forwardStart ? new Leg(Leg.Kind.GAPS, from, forwardStart) : null;
    }

    /** min_ts is exclusive: even without a re-scan, start a second early for a tie with the newest listen. */
    private long startCursor() {
        long newest = store.newestListenedAt();
        return newest == 0 ? BEGINNING : Math.max(BEGINNING, newest - Math.max(1, options.rescanSeconds()));
    }
}
