package starman.session;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import starman.atlas.Atlas;
import starman.atlas.AtlasAnswer;
import starman.atlas.Releases;
import starman.coach.CoachFeed;
import starman.coach.Message;
import starman.fixlist.Candidate;
import starman.fixlist.Effect;
import starman.fixlist.FixList;
import starman.fixlist.Mappings;
import starman.fixlist.Submission;
import starman.goals.GoalProgress;
import starman.goals.Goals;
import starman.http.PoliteClient;
import starman.http.Response;
import starman.http.Transport;
import starman.importer.ImportResult;
import starman.listenbrainz.ListenBrainzException;
import starman.listenbrainz.PlayingNow;
import starman.metrics.AlbumFocus;
import starman.metrics.Dashboard;
import starman.metrics.DrillDown;
import starman.metrics.Measure;
import starman.metrics.Period;
import starman.metrics.charts.Pictures;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.musicbrainz.MusicBrainzClient;
import starman.normalize.ArtistFilter;
import starman.settings.Settings;
import starman.training.Comparison;
import starman.training.Tops;
import starman.training.Training;
import starman.training.YearReview;
import starman.store.PageWrite;
import starman.store.StorageException;
import starman.sync.NowPlayingListener;
import starman.sync.Problems;
import starman.sync.SyncProgress;
import starman.versions.Versions;
import starman.text.Format;

/**
 * What one tab of Starman decides. It follows the store (an index of the chosen artist's listens, built once,
 * then kept in step); once it holds the sync lock, for the rest of the tab's life, it is the one tab that
 * writes: it runs the lanes (history, metadata, now playing) and imports; the others follow it through the
 * store and the channel, and one of them takes over when its tab closes.
 *
 * <p>The lanes run as steps on the {@link Timer}, one at a time: each step does what is due (read the store
 * again, catch up, look up metadata, poll what is playing) and asks for the next. A failed step leaves all of
 * that due again and waits as its {@link Failure} says: 30 s for passing trouble, until the device reports
 * room after "storage full", until Retry for a wrong user name or token, for ever for damaged data (the way
 * out is Forget my data). A write that failed may leave this tab's copy of the store ahead of the disk, so the
 * next step reads the store again first.
 *
 * <p>Whoever shows the state gives one {@link Runnable}, called after every change.
 */
public final class Session {
    /** After passing trouble (offline, server errors), the next try waits this long. */
    public static final long RETRY_AFTER_MILLIS = Problems.RETRY_SECONDS * 1000L;
    /** While the storage is full, how often the device is asked whether there is room again. */
    public static final long ROOM_POLL_MILLIS = 5_000;
    /**
     * How much more free room, or how much less used, than at the failure counts as "room again". Both count:
     * Chromium reports its quota as the usage plus a share of the free disk, so data deleted from this site
     * lowers the usage and the quota alike, while space freed on the disk raises the quota.
     */
    public static final long ROOM_BYTES = 1 << 20;
    static final String LISTENS = "listens";
    static final String METADATA = "metadata";
    static final String COACH = "coach";
    /** Tells the other tabs that this browser's data was deleted, so they start afresh too. */
    static final String FORGOTTEN = "forgotten";
    /** Tells the other tabs that the settings changed, so they start again with them. */
    static final String SETTINGS = "settings";
    /** How many albums the goal form suggests. */
    static final int GOAL_ALBUMS = 200;
    public static final String REPLACED = "Starman was updated in another tab; reload this page to use the new version.";

    /** Work a step owes; a failed step owes all of it again. */
    private enum Due { REREAD, CATCH_UP, CHECK_GAPS, LOOK_UP, WORKS }

    private final Ports ports;
    private final Runnable changed;
    private volatile Storage storage;
    private volatile IndexedListens shown;
    private volatile SyncProgress progress;
    private volatile PlayingNow playingNow;
    private volatile String waitNotice;
    private volatile String metadataNotice;
    /** The device's answer to "keep Starman's data", null before it was asked. */
    private volatile Boolean kept;
    /** Whether a request of this tab was answered (any status): no answer after that is ListenBrainz's silence. */
    private volatile boolean answered;

    // guarded by this
    private boolean started;
    private boolean leader;
    private boolean closed;
    private boolean forgotten;
    private boolean importing;
    /** Imports begun in this tab so far: a copy of the store read before one began lacks what it wrote. */
    private int imports;
    private Failure failure;
    private PoliteClient polite;
    /** MusicBrainz's sibling of {@link #polite}: its own pace, the same pause button. */
    private PoliteClient musicBrainz;
    private Lanes lanes;
    private final Set<Due> due = EnumSet.of(Due.CATCH_UP, Due.CHECK_GAPS);
    private Timer.Scheduled pending;
    private boolean running;
    private boolean runAgain;
    private boolean paused;
    private boolean heldWhilePaused;
    private boolean retryAsked;
    private boolean lookedUpOnce;
    private boolean metadataOff;
    private long nextPollAt;
    /** What the device said when the storage was found full. */
    private StorageQuota.Estimate atFailure;
    private boolean rereading;
    private boolean rereadAgain;

    public Session(Storage opened, Ports ports, Runnable changed) {
        this.storage = opened;
        this.ports = ports;
        this.changed = changed;
        // the database closes then; what this page shows stays, but it can neither sync nor follow any more
        opened.onReplaced(changed);
        ports.channel().listen(this::heard);
    }

    /** The stored data as this tab has it now (read again after another tab wrote, or after a failed write). */
    public Storage storage() {
        return storage;
    }

    public synchronized boolean isStarted() {
        return started;
    }

    /**
     * Builds the index of the saved user's listens and asks for the sync lock; returns at once (the lanes run
     * once this tab holds it). Damaged data stops it here with a sentence: see {@link #isDamaged()}.
     */
    public void start() {
        synchronized (this) {
            if (started || !storage.settings().hasUser()) {
                return;
            }
            started = true;
        }
        try {
            follow(storage);
        } catch (DamagedStorageException e) {
            failed(e);
            return;
        }
        ports.timer().after(0, () -> kept = ports.quota().persisted());
        ports.lock().hold(waited -> ports.timer().after(0, () -> lead(waited)));
        changed.run();
    }

    /** Builds the index from {@code opened} and follows it from then on. */
    private void follow(Storage opened) throws DamagedStorageException {
        follow(opened, -1);
    }

    /**
     * Follows {@code opened} unless an import began in this tab since {@code importsBefore} of them had (-1: follows
     * it whatever): the import writes through the copy followed until now, which must stay the one written to.
     */
    private boolean follow(Storage opened, int importsBefore) throws DamagedStorageException {
        IndexedListens built = IndexedListens.build(opened, ports.tab());
        synchronized (this) {
            if (importsBefore >= 0 && (importing || imports != importsBefore)) {
                return false;
            }
            storage = opened;
            shown = built;
        }
        ports.tab().marked(Tab.INDEXED);
        return true;
    }

    /** @param waited another tab synced first: it may have committed pages after the last message read here */
    private void lead(boolean waited) {
        synchronized (this) {
            if (closed || forgotten) {
                return;
            }
            leader = true;
            if (waited) {
                due.add(Due.REREAD);
            }
        }
        // asked once there is a history worth keeping, by the tab that writes it
        kept = ports.quota().persisted() || ports.quota().persist();
        PoliteClient client = PoliteClient.create(notingAnswers(ports.network().transport()), ports.clock(),
                PoliteClient.Options.defaults(ports.clock().nowMillis()));
        ports.network().share(client.budget());
        client.onLongWait(millis -> {
            waitNotice = millis > 0 ? Problems.slowDown(millis) : null;
            changed.run();
        });
        PoliteClient works = MusicBrainzClient.polite(client, ports.clock().nowMillis() + 1);
        synchronized (this) {
            polite = client;
            musicBrainz = works;
        }
        changed.run();
        step();
    }

    /** {@code transport}, noting when an answer came. */
    private Transport notingAnswers(Transport transport) {
        return request -> {
            Response response = transport.execute(request);
            answered = true;
            return response;
        };
    }

    /** What this tab knows of its way to ListenBrainz now. */
    private Problems.Reach reach() {
        return Problems.Reach.of(ports.network().online(), answered);
    }

    /** One step of the lanes; it schedules the next. */
    private void step() {
        synchronized (this) {
            pending = null;
            if (closed || forgotten || !leader) {
                return;
            }
            if (paused) {
                heldWhilePaused = true;
                return;
            }
            if (running) {
                runAgain = true;
                return;
            }
            running = true;
        }
        long delay = -1;
        try {
            delay = work();
        } finally {
            synchronized (this) {
                running = false;
                if (runAgain) {
                    runAgain = false;
                    delay = 0;
                }
                if (delay >= 0 && !closed && !forgotten) {
                    pending = ports.timer().after(delay, this::step);
                }
            }
        }
    }

    /** Does what is due; returns when the next step should run (ms from now), or -1 for none until asked. */
    private long work() {
        boolean retrying;
        boolean full;
        synchronized (this) {
            retrying = retryAsked;
            retryAsked = false;
            full = failure != null && failure.kind() == Failure.Kind.STORAGE_FULL;
        }
        if (full && !retrying) {
            long room = waitForRoom();
            if (room != 0) {
                return room;
            }
        }
        Set<Due> work;
        int importsBefore;
        synchronized (this) {
            if (importing && due.contains(Due.REREAD)) {
                return RETRY_AFTER_MILLIS; // the import writes through this copy of the store: read it after
            }
            work = due.isEmpty() ? EnumSet.noneOf(Due.class) : EnumSet.copyOf(due);
            due.clear();
            importsBefore = imports;
        }
        try {
            if (work.contains(Due.REREAD) && !follow(reread(), importsBefore)) {
                synchronized (this) {
                    due.addAll(work); // an import began while the store was read: read it again after it
                }
                return 0;
            }
            Lanes wired = wired();
            if (work.contains(Due.CATCH_UP)) {
                wired.storage.prepareWrites();
                wired.history.run(wired.user, work.contains(Due.CHECK_GAPS));
                coach(false); // what a catch-up brings is history; only a track's end is news
                work.add(Due.LOOK_UP);
            }
            if (work.contains(Due.LOOK_UP)) {
                lookUp(wired);
            }
            boolean moreWorks = (work.contains(Due.LOOK_UP) || work.contains(Due.WORKS)) && lookUpWorks(wired);
            if (ports.clock().nowMillis() >= nextPollAt) {
                nextPollAt = wired.nowPlaying.tick();
            }
            clearFailure();
            if (moreWorks) {
                synchronized (this) {
                    due.add(Due.WORKS);
                }
                return 0;
            }
            return Math.max(0, nextPollAt - ports.clock().nowMillis());
        } catch (Exception e) {
            synchronized (this) {
                due.addAll(work);
                due.add(Due.CATCH_UP);
            }
            return failed(e);
        }
    }

    /** 0 when the device reports room again; else how long to wait before asking again (-1: it cannot tell). */
    private long waitForRoom() {
        StorageQuota.Estimate now = ports.quota().estimate();
        if (now == null) {
            return -1;
        }
        StorageQuota.Estimate before;
        synchronized (this) {
            before = atFailure;
        }
        boolean room = now.free() - before.free() >= ROOM_BYTES || before.usage() - now.usage() >= ROOM_BYTES;
        return room ? 0 : ROOM_POLL_MILLIS;
    }

    /** The lanes over the store as this tab has it now, wired again after it was read again. */
    private synchronized Lanes wired() {
        if (lanes == null || lanes.storage != storage) {
            lanes = new Lanes(storage, polite, musicBrainz, ports.clock(), this::wanted, ports.tab()::visible, this::progressed,
                    new NowPlayingListener() {
                        @Override
                        public void trackStarted(PlayingNow track) {
                            playingNow = track;
                            changed.run();
                        }

                        @Override
                        public void trackEnded(PlayingNow track) {
                            playingNow = null;
                            changed.run();
                        }
                    }, this::trackEnded);
        }
        return lanes;
    }

    /** The metadata lane's listens: the index's artist now, which changes when the person picks another. */
    private boolean wanted(TrackMetadata track) {
        return shown.artist().matches(track);
    }

    private void progressed(SyncProgress page) {
        progress = page;
        clearFailure();
        ports.channel().post(LISTENS);
        changed.run();
    }

    /** A track ended: its listen is about to land; the coach hears it. */
    private void trackEnded() throws IOException {
        Lanes wired = wired();
        wired.history.run(wired.user);
        lookUp(wired);
        coach(true);
    }

    /**
     * Asks ListenBrainz's metadata about the tracks stored since the last pass (the first pass of an index: every
     * distinct track, never a listen each), then re-indexes the listens whose album or duration the answers
     * change. A failed pass is repeated whole by the next. An index built again meanwhile (another artist) gets
     * a pass of its own.
     */
    private void lookUp(Lanes wired) throws IOException {
        synchronized (this) {
            if (metadataOff) {
                return;
            }
        }
        IndexedListens judged = shown;
        int from = judged.judgedTracks();
        int upTo = wired.storage.trackCount();
        List<TrackMetadata> tracks = wired.storage.tracksFrom(from);
        Set<TrackMetadata> changedTracks;
        try {
            changedTracks = wired.metadata.runOnTracks(tracks);
        } catch (ListenBrainzException e) {
            if (e.kind() != ListenBrainzException.Kind.NOT_OFFERED) {
                throw e;
            }
            // the listens work without it: say so once, quietly, and stop asking
            synchronized (this) {
                metadataOff = true;
            }
            metadataNotice = e.getMessage();
            changed.run();
            return;
        }
        IndexedListens now = shown;
        now.addAgain(wired.storage.listensOf(changedTracks));
        if (now == judged) {
            judged.judgedUpTo(upTo);
        } else {
            synchronized (this) {
                due.add(Due.LOOK_UP);
            }
            wake();
        }
        boolean discography = lookUpDiscography(wired);
        saveMetadata(wired);
        if (discography) {
            try {
                wired.storage.saveDiscographies();
            } catch (IOException | StorageException e) {
                // a cache: the answers are in memory, the next visit asks again what it lacks
            }
        }
        boolean first;
        synchronized (this) {
            first = !lookedUpOnce;
            lookedUpOnce = true;
        }
        if (first) {
            ports.tab().marked(Tab.LOOKED_UP);
        }
        if (!changedTracks.isEmpty() || discography) {
            ports.channel().post(METADATA);
            changed.run();
        }
    }

    private static void saveMetadata(Lanes wired) {
        try {
            wired.storage.saveMetadata();
        } catch (IOException | StorageException e) {
            // a cache: the answers are in memory, the next visit asks again what it lacks
        }
    }

    /**
     * A page of the works of the chosen artist's recordings for the versions, when due (weekly), after the metadata
     * pass and never on a track's end, which waits for nothing but its listen; returns whether a page is still due.
     */
    private boolean lookUpWorks(Lanes wired) throws IOException {
        String artistMbid = shown.artistMbid();
        if (artistMbid == null) {
            return false;
        }
        if (wired.works.run(artistMbid, () -> saveMetadata(wired))) {
            ports.channel().post(METADATA);
            changed.run();
        }
        return wired.works.isDue(artistMbid, ports.clock().nowMillis());
    }

    /** The chosen artist's discography for the atlas, when due (weekly); returns whether anything arrived. */
    private boolean lookUpDiscography(Lanes wired) throws IOException {
        String artistMbid = shown.artistMbid();
        return artistMbid != null && wired.discography.run(artistMbid);
    }

    /** The coach hears what landed; its lines are kept for the other tabs and the next visit. */
    private void coach(boolean news) {
        long now = ports.clock().nowMillis() / 1000;
        List<Message> messages = shown.coach(news, now);
        if (!messages.isEmpty()) {
            Storage current = storage;
            current.coachFeed().add(now, messages);
            try {
                current.saveCoachFeed();
                ports.channel().post(COACH);
            } catch (IOException | StorageException e) {
                // the lines are on screen; only the next visit misses them
            }
        }
        if (news) {
            changed.run();
        }
    }

    /** The store read again; a read that fails is the storage's failure, not the network's (damage stays damage). */
    private Storage reread() throws DamagedStorageException {
        try {
            return storage.reread();
        } catch (DamagedStorageException e) {
            throw e;
        } catch (IOException e) {
            throw new StorageException("Starman could not read this browser's storage (" + e.getMessage() + ").",
                    false, e);
        }
    }

    /** Says what went wrong; returns when to try again (ms from now), or -1 when only the person can help. */
    private long failed(Exception e) {
        Failure f = Failure.of(e, reach(), storage.isReplaced());
        if (f.kind() == Failure.Kind.INTERRUPTED) {
            return -1;
        }
        if (f.kind() == Failure.Kind.STORAGE) {
            f = new Failure(f.kind(), f.sentence() + " " + Problems.TRIES_AGAIN);
        }
        synchronized (this) {
            failure = f;
            if (f.rereads()) {
                due.add(Due.REREAD);
            }
        }
        waitNotice = null;
        long delay = switch (f.kind()) {
            case PASSING, STORAGE, UNEXPECTED -> RETRY_AFTER_MILLIS;
            case STORAGE_FULL -> {
                StorageQuota.Estimate at = ports.quota().estimate();
                if (at == null) {
                    yield -1;
                }
                synchronized (this) {
                    atFailure = at;
                }
                yield ROOM_POLL_MILLIS;
            }
            default -> -1;
        };
        changed.run();
        return delay;
    }

    private void clearFailure() {
        boolean was;
        synchronized (this) {
            was = failure != null;
            failure = null;
        }
        if (was) {
            changed.run();
        }
    }

    /** Runs a step as soon as none runs (this tab leads and nothing holds it). */
    private void wake() {
        synchronized (this) {
            if (!leader || closed || forgotten) {
                return;
            }
            if (running) {
                runAgain = true;
                return;
            }
            if (paused) {
                heldWhilePaused = true;
                return;
            }
            if (pending != null) {
                pending.cancel();
            }
            pending = ports.timer().after(0, this::step);
        }
    }

    /** Another tab said something: the store changed (read it again), or everything did (start again). */
    private void heard(String message) {
        if (FORGOTTEN.equals(message) || SETTINGS.equals(message)) {
            ports.tab().reload();
            return;
        }
        synchronized (this) {
            if (!started || leader || closed || failure != null && failure.kind() == Failure.Kind.DAMAGED) {
                return;
            }
            if (rereading) {
                rereadAgain = true;
                return;
            }
            rereading = true;
        }
        ports.timer().after(0, this::readAgain);
    }

    /** Reads the store another tab wrote; a burst of messages makes at most two readings. */
    private void readAgain() {
        while (true) {
            synchronized (this) {
                rereadAgain = false;
                // once this tab leads, its lanes write to the copy they started with: never swap it under them
                if (leader || closed || storage.isReplaced()) {
                    rereading = false;
                    return;
                }
            }
            try {
                follow(reread());
                clearFailure();
            } catch (IOException | StorageException e) {
                synchronized (this) {
                    failure = Failure.of(e, reach(), storage.isReplaced());
                }
            }
            changed.run();
            synchronized (this) {
                if (!rereadAgain) {
                    rereading = false;
                    return;
                }
            }
        }
    }

    /**
     * Imports in this tab when it may write: it leads, or (before the first connect) no tab holds the lock, which
     * it then holds for the import. The index is built again once at the end instead of taking a million
     * listens one by one; the other tabs read the store again; the sync then catches up and checks for gaps.
     */
    public ImportResult importFile(ImportJob job) throws IOException, AnotherTabSyncs {
        boolean leading;
        boolean begun;
        synchronized (this) {
            leading = leader;
            begun = started;
        }
        if (!begun) {
            Runnable release = ports.lock().tryHold();
            if (release == null) {
                throw new AnotherTabSyncs();
            }
            try {
                return job.run(storage.listens(), null);
            } finally {
                release.run();
                ports.channel().post(LISTENS);
            }
        }
        if (!leading) {
            throw new AnotherTabSyncs();
        }
        Storage current;
        synchronized (this) {
            importing = true;
            imports++;
            current = storage;
        }
        current.unfollow();
        try {
            return job.run(current.listens(), current.settings().user());
        } catch (StorageException e) {
            synchronized (this) {
                due.add(Due.REREAD);
            }
            throw e;
        } finally {
            try {
                follow(current);
            } catch (DamagedStorageException e) {
                failed(e);
            }
            synchronized (this) {
                importing = false;
                due.add(Due.CATCH_UP);
                due.add(Due.CHECK_GAPS);
            }
            ports.channel().post(LISTENS);
            wake();
            changed.run();
        }
    }

    /**
     * Saves settings changed in this tab for the same user; the other tabs start again with them. A new token,
     * API root or re-scan window starts this page again too; a new artist, zone or week start is recomputed
     * from the stored listens.
     */
    public void saveSettings(Settings next) throws IOException {
        Storage current = storage;
        Settings before = current.settings();
        current.saveSettings(next);
        ports.channel().post(SETTINGS);
        if (next.changesSync(before)) {
            ports.tab().reload();
        } else if (next.changesIndex(before)) {
            reindex();
        }
    }

    /**
     * The first Start: saves the settings and starts. Listens imported before it are kept, unless they are
     * another user's (ListenBrainz ignores the case of user names: "Rob" and "rob" share one history).
     */
    public void connect(Settings first) throws IOException {
        Storage current = storage;
        Settings before = current.settings();
        boolean keep = !before.hasUser() || before.user().equalsIgnoreCase(first.user());
        Storage chosen = keep ? current : current.forget();
        chosen.saveSettings(first);
        synchronized (this) {
            storage = chosen;
        }
        start();
    }

    /** Deletes the stored listens, then syncs {@code next}'s history from a new page. */
    public void switchUser(Settings next) throws IOException {
        deleteAll().saveSettings(next);
        ports.tab().reload();
    }

    /** "Forget my data": stops this tab's requests, deletes everything stored, tells the other tabs, starts again. */
    public void forget() throws IOException {
        deleteAll();
        ports.tab().reload();
    }

    private Storage deleteAll() throws IOException {
        PoliteClient client;
        synchronized (this) {
            forgotten = true;
            if (pending != null) {
                pending.cancel();
            }
            client = polite;
        }
        if (client != null) {
            client.pause().pause();
        }
        Storage empty = storage.forget();
        ports.channel().post(FORGOTTEN);
        return empty;
    }

    /** Builds the index again from the stored listens (another artist, zone or week start); downloads nothing. */
    private void reindex() {
        try {
            follow(storage);
        } catch (DamagedStorageException e) {
            failed(e);
            return;
        }
        changed.run();
        synchronized (this) {
            due.add(Due.LOOK_UP); // the new artist's listens may need lengths and albums the old one's did not
        }
        wake();
    }

    /** Holds every request to ListenBrainz until {@link #resume()}; what is stored stays shown. */
    public void pause() {
        synchronized (this) {
            if (polite == null) {
                return;
            }
            paused = true;
            polite.pause().pause();
        }
        changed.run();
    }

    public void resume() {
        boolean held;
        synchronized (this) {
            if (polite == null) {
                return;
            }
            paused = false;
            polite.pause().resume();
            held = heldWhilePaused;
            heldWhilePaused = false;
        }
        if (held) {
            wake();
        }
        changed.run();
    }

    /** The Retry button: tries again now, whatever the failure waits for. */
    public void retry() {
        synchronized (this) {
            if (!canRetry()) {
                return;
            }
            retryAsked = true;
        }
        wake();
    }

    /** Whether the last failure can be tried again by the person (this tab syncs; the data is readable). */
    public synchronized boolean canRetry() {
        return leader && failure != null && failure.kind() != Failure.Kind.DAMAGED
                && failure.kind() != Failure.Kind.REPLACED;
    }

    /** Whether stored data cannot be read: Forget my data is the way out. */
    public synchronized boolean isDamaged() {
        return failure != null && failure.kind() == Failure.Kind.DAMAGED;
    }

    /** Stops this session's work for good (the tab closes); for tests of several tabs. */
    public void close() {
        synchronized (this) {
            closed = true;
            if (pending != null) {
                pending.cancel();
            }
        }
    }

    public synchronized boolean isLeader() {
        return leader;
    }

    /** Whether this tab's sync can be paused or resumed: it is the one syncing. */
    public synchronized boolean canPause() {
        return polite != null;
    }

    public synchronized boolean isPaused() {
        return polite != null && polite.pause().isPaused();
    }

    /** A sentence for the person when something went wrong, else null. */
    public String problem() {
        if (storage.isReplaced()) {
            return REPLACED;
        }
        Failure f;
        synchronized (this) {
            f = failure;
        }
        return f == null ? null : f.sentence();
    }

    /** A passing wait, or a lane that is off, worth a sentence ("ListenBrainz asked Starman to slow down…"). */
    public String notice() {
        String wait = waitNotice;
        return wait != null ? wait : metadataNotice;
    }

    /** The last page's progress, or null before the first. */
    public SyncProgress progress() {
        return progress;
    }

    public PlayingNow playingNow() {
        return playingNow;
    }

    /** Whether the device keeps Starman's data when space runs low; null before it answered. */
    public Boolean storageKept() {
        return kept;
    }

    /** The table for the chosen artist now. */
    public Dashboard dashboard() {
        return shown.dashboard(nowSeconds());
    }

    /** The current session's album and focus now, or null when no session is going. */
    public AlbumFocus albumFocus() {
        return shown.albumFocus(nowSeconds());
    }

    /** The listens behind one number of the table now, read from the days of the period only. */
    public DrillDown drillDown(Period period, Measure measure) {
        return shown.drillDown(period, measure, nowSeconds());
    }

    /** The listens of one hour of the week over all time, as the listening clock counts them. */
    public DrillDown drillDownClock(int cell) {
        return shown.drillDownClock(cell);
    }

    /** The listens of one local day (an epoch day), as the pictures count them. */
    public DrillDown drillDownDay(int epochDay) {
        return shown.drillDownDay(epochDay);
    }

    /** The listens in [from, to) (unix seconds), as a personal best spans them. */
    public DrillDown drillDownRange(long from, long to) {
        return shown.drillDownRange(from, to);
    }

    /** The streaks and personal bests now (a pass over the artist's listens when they changed). */
    public Training training() {
        return shown.training(nowSeconds());
    }

    /** The streaks and personal bests if the listens did not change since they were last computed, else null. */
    public Training freshTraining() {
        return shown.freshTraining(nowSeconds());
    }

    /** The listens in [from, to) (unix seconds) for one measure, as a comparison's figure counts them. */
    public DrillDown drillDownRange(long from, long to, Measure measure) {
        return shown.drillDownRange(from, to, measure);
    }

    /** The listens of one canonical album in [from, to), as a year's top albums count them. */
    public DrillDown drillDownAlbum(String albumKey, long from, long to) {
        return shown.drillDownAlbum(albumKey, from, to);
    }

    /** The listens of one canonical recording in [from, to), as a year's top tracks count them. */
    public DrillDown drillDownRecording(String recordingKey, long from, long to) {
        return shown.drillDownRecording(recordingKey, from, to);
    }

    /** This week, month and year so far against the ones before. */
    public List<Comparison> comparisons() {
        return shown.comparisons(nowSeconds());
    }

    /** Local days {@code fromDay} to {@code toDay} inclusive (epoch days), counted as the table counts. */
    public Comparison.Span range(int fromDay, int toDay) {
        return shown.range(fromDay, toDay);
    }

    /** The top albums and tracks of a span, by songs and by minutes; reads the store for the tracks' names. */
    public Tops tops(Comparison.Span span) {
        return shown.tops(span.from(), span.to());
    }

    /** The years with listens of the artist, ascending. */
    public List<Integer> reviewYears() {
        return shown.reviewYears();
    }

    /** A year in review (the current year up to now); reads the store for its top tracks' names. */
    public YearReview review(int year) {
        return shown.review(year, nowSeconds());
    }

    /** A number that changes whenever the artist's listens do. */
    public long listenChanges() {
        return shown.changes();
    }

    /** The local date now (an epoch day), in the person's zone. */
    public int today() {
        return shown.today(nowSeconds());
    }

    /** Each goal in its period now. */
    public List<GoalProgress> goals() {
        return shown.goals(storage.goals(), nowSeconds());
    }

    /**
     * Sets a goal from the form's text (see {@link Goals#check}); returns the sentence that says what to correct, with
     * nothing saved, or null once it is saved.
     */
    public String addGoal(Goals.Form form) throws IOException {
        Storage current = storage;
        IndexedListens index = shown;
        long now = nowSeconds();
        Goals.Checked checked = current.goals().check(form, index::album, index::studioAlbums, index.artist().name(),
                now, index.today(now));
        if (checked.problem() != null) {
            return checked.problem();
        }
        saveGoals(current, current.goals().with(checked.goal()));
        return null;
    }

    public void removeGoal(int id) throws IOException {
        Storage current = storage;
        saveGoals(current, current.goals().without(id));
    }

    private void saveGoals(Storage current, Goals goals) throws IOException {
        current.saveGoals(goals);
        ports.channel().post(SETTINGS); // the other tabs start again with them, as after a change of settings
        changed.run();
    }

    /** The heard albums an album goal can name, most heard first. */
    public List<String> goalAlbums() {
        return shown.albumNames(GOAL_ALBUMS);
    }

    /** The listens of one canonical album, as the top albums count them. */
    public DrillDown drillDownAlbum(String albumKey) {
        return shown.drillDownAlbum(albumKey);
    }

    public Pictures pictures() {
        return shown.pictures(nowSeconds());
    }

    /** The artist's albums first released on today's date, in earlier years. */
    public List<Releases.Released> releasedToday() {
        return shown.releasedToday(nowSeconds());
    }

    /** The chosen artist's discography atlas from the cached discography, or why there is none yet. */
    public AtlasAnswer atlas() {
        return shown.atlas();
    }

    /** The listens of a number of the atlas: an album's or one of its tracks' (track null). */
    public DrillDown drillDownAtlas(Atlas.Album album, Atlas.Track track) {
        return shown.drillDownAtlas(album, track);
    }

    /** Every song of the artist with its versions. */
    public Versions versions() {
        return shown.versions();
    }

    /** The song of a recording key or, when no listen has it, of a track title; null when none. */
    public Versions.Song song(String recordingKey, String title) {
        return shown.song(recordingKey, title);
    }

    /** The listens of a song of {@link #versions} or one of its versions ({@code rows()} of either). */
    public DrillDown drillDownRows(DrillDown.Rows rows) {
        return shown.drillDownRows(rows);
    }

    /** The artist's listens to fix: a walk of every stored listen (off the page's event handler). */
    public FixList fixList() {
        return shown.fixList();
    }

    /** What finds the recordings of the cached discography a group could be; none before it is fetched. */
    public Candidate.Finder fixCandidates() {
        return shown.candidates();
    }

    /** How the numbers would change once the group is mapped to the candidate. */
    public Effect fixEffect(FixList.Group group, Candidate candidate) {
        return shown.effect(group, candidate);
    }

    /** The dry run: what confirming the group would send to ListenBrainz (with a token). */
    public Submission fixSubmission(FixList.Group group, Candidate candidate) {
        return shown.submission(group, candidate);
    }

    /** The listens of a group that the numbers count now. */
    public DrillDown drillDownFix(FixList.Group group) {
        return shown.drillDownFix(group);
    }

    /** Whether Settings holds a token, so a confirmed mapping can be sent. */
    public boolean hasToken() {
        String token = storage.settings().token();
        return token != null && !token.isBlank();
    }

    /**
     * The person confirmed the group as the candidate: the mapping is kept and counted at once, then, when {@code
     * send} is given (the dry run the person saw) and this tab syncs, sent one msid a request through the polite
     * client. Returns what happened, as a sentence.
     */
    public String confirmMapping(FixList.Group group, Candidate candidate, Submission send) throws IOException {
        Storage current = storage;
        current.saveMappings(current.mappings().with(new Mappings.Confirmed(group.key(), candidate.mapping(),
                candidate.title(), candidate.albumName(), ports.clock().nowMillis())));
        shown.judgeAgain(group);
        ports.channel().post(SETTINGS); // the other tabs start again with it, as after a change of settings
        changed.run();
        String kept = "Your mapping is kept in this browser and counted now.";
        if (send == null) {
            return kept;
        }
        Lanes wired;
        synchronized (this) {
            wired = leader ? wired() : null;
        }
        if (wired == null) {
            return kept + " Nothing was sent: only the tab that syncs sends to ListenBrainz; confirm it there.";
        }
        int sent = 0;
        try {
            for (String msid : send.msids()) {
                wired.api.submitManualMapping(msid, send.recordingMbid());
                sent++;
            }
        } catch (ListenBrainzException e) {
            return kept + " ListenBrainz took " + sent + " of " + send.msids().size() + " requests, then: "
                    + e.getMessage();
        }
        return kept + " ListenBrainz took all " + Format.count(sent, "request", "requests") + ".";
    }

    /** Drops the person's mapping of the group: its listens are counted as before at once. */
    public void undoMapping(FixList.Group group) throws IOException {
        Storage current = storage;
        current.saveMappings(current.mappings().without(group.key()));
        shown.judgeAgain(group);
        ports.channel().post(SETTINGS);
        changed.run();
    }

    /** The artist the index follows now. */
    public ArtistFilter artist() {
        return shown.artist();
    }

    /** The coach's lines, newest first; another tab's sync said them when this tab follows. */
    public List<CoachFeed.Line> coachFeed() {
        return storage.coachFeed().lines();
    }

    /** Whether the index keeps this listen (it is by the chosen artist). */
    public boolean indexes(Listen listen) {
        return wanted(listen.track());
    }

    /**
     * Stores one listen the way a sync page does (the store's transaction, then the index): the update-latency
     * benchmark's probe; {@link #coachLanded()} then lets the coach hear it.
     */
    public void storeAsPage(Listen listen) {
        storage.listens().apply(new PageWrite(List.of(listen), 1, 0, storage.listens().checkpoint()));
    }

    /** The coach hears what landed since it last looked, as after a track's end. */
    public void coachLanded() {
        coach(true);
    }

    private long nowSeconds() {
        return ports.clock().nowMillis() / 1000;
    }
}
