package starman.browser;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import starman.http.PoliteClient;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListenBrainzException;
import starman.coach.Coach;
import starman.coach.CoachEvent;
import starman.coach.Message;
import starman.listenbrainz.PlayingNow;
import starman.metrics.Dashboard;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.metrics.Periods;
import starman.metrics.charts.Pictures;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.settings.Settings;
import starman.store.StorageException;
import starman.sync.HistorySync;
import starman.sync.MetadataSync;
import starman.sync.NowPlayingLane;
import starman.sync.NowPlayingListener;
import starman.sync.SyncProgress;
import starman.time.Clock;

/**
 * Runs the two sync lanes in this tab when it holds the sync lock, and follows the tab that does
 * otherwise; keeps the metrics index in step with the store. Whoever shows the state registers one
 * {@link Runnable} that is called after every change.
 */
public final class SyncService {
    static final String LOCK = "starman-sync";
    static final int COACH_FEED = 20;
    static final String CHANNEL = "starman";
    /** After a failure that may pass (offline, server trouble), the next try waits this long. */
    static final long RETRY_AFTER_MILLIS = 30_000;
    static final String REPLACED = "Starman was updated in another tab; reload this page to use the new version.";
    static final String OFFLINE = "You are offline. These are the listens stored in this browser; Starman syncs"
            + " again when you are back online.";

    private final Clock clock = Clock.SYSTEM;
    private final Tabs.Channel channel = new Tabs.Channel(CHANNEL);
    private final Runnable changed;
    private volatile BrowserStore store;
    private ListenIndex index;
    private Coach coach;
    /** Listens the index gained since the coach last looked. */
    private final List<Listen> fresh = new ArrayList<>();
    /** The coach's messages, newest first. */
    private final List<Message> coachFeed = new ArrayList<>();
    private volatile SyncProgress progress;
    private volatile PlayingNow playingNow;
    private volatile String problem;
    private volatile boolean leader;
    private volatile boolean started;
    private boolean reloading;
    private boolean reloadAgain;

    public SyncService(BrowserStore store, Runnable changed) {
        this.changed = changed;
        follow(store);
        // the database closes then; what this page shows stays, but it can neither sync nor follow any more
        store.onReplaced(changed);
        channel.listen(message -> {
            if (!leader) {
                reload();
            }
        });

    }

    public BrowserStore store() {
        return store;
    }

    /** The table for the chosen artist now. */
    public Dashboard dashboard() {
        return index.dashboard(clock.nowMillis() / 1000);
    }

    /** The dashboard's pictures now. */
    public Pictures pictures() {
        return Pictures.of(index, store.metadata(), clock.nowMillis() / 1000);
    }

    /** Builds the index from the store once, then applies each committed page to it. */
    private void follow(BrowserStore opened) {
        MetadataCache metadata = opened.metadata();
        ListenIndex built = new ListenIndex(new Normalizer(metadata), ArtistFilter.DAVID_BOWIE,
                new Periods(browserZone(), DayOfWeek.MONDAY), metadata);
        built.addAll(opened.listens().all());
        opened.listens().setObserver(this::applied);
        index = built;
        coach = new Coach(built, metadata, Coach.DEFAULT_FOCUS_THRESHOLD);
        store = opened;
    }

    private static ZoneId browserZone() {
        try {
            return ZoneId.of(Page.timeZone());
        } catch (RuntimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }

    private void applied(List<Listen> put, List<ListenKey> removed) {
        removed.forEach(index::remove);
        for (Listen listen : put) {
            boolean known = index.row(listen.key()) >= 0;
            // re-adding a known listen takes up a mapping that arrived since
            if (index.add(listen) && !known) {
                fresh.add(listen);
            }
        }
    }

    /**
     * Asks ListenBrainz's metadata about these listens (release groups, lengths, track lists) and re-indexes
     * the ones whose album or duration the answers change; the cache is kept in IndexedDB.
     */
    private void lookUp(MetadataSync metadata, List<Listen> listens) throws IOException {
        List<Listen> changedListens = metadata.run(listens);
        changedListens.forEach(index::add);
        store.saveMetadata();
        if (!changedListens.isEmpty()) {
            channel.post("metadata");
            changed.run();
        }
    }

    /** The coach's messages, newest first (at most {@value #COACH_FEED} of them). */
    public List<Message> coachFeed() {
        return coachFeed;
    }

    /**
     * After a catch-up: the coach hears what landed (a single listen is the track that just ended). The
     * history that a first sync brings in is the past, not news, so it is not coached.
     */
    private void coach(boolean news) {
        List<ListenKey> landed = new ArrayList<>();
        fresh.forEach(listen -> landed.add(listen.key()));
        fresh.clear();
        if (!news || landed.isEmpty()) {
            return;
        }
        long now = clock.nowMillis() / 1000;
        List<Message> messages = coach.react(landed.size() == 1 ? CoachEvent.trackEnded(now, landed.get(0))
                : CoachEvent.synced(now, landed));
        for (Message message : messages) {
            coachFeed.add(0, message);
        }
        while (coachFeed.size() > COACH_FEED) {
            coachFeed.remove(coachFeed.size() - 1);
        }
        changed.run();
    }

    /** The last page's progress, or null before the first. */
    public SyncProgress progress() {
        return progress;
    }

    public PlayingNow playingNow() {
        return playingNow;
    }

    /** A sentence for the person when something went wrong, else null. */
    public String problem() {
        return store.isReplaced() ? REPLACED : problem;
    }

    public boolean isLeader() {
        return leader;
    }

    /** Starts syncing the saved user once this tab is elected; returns at once. */
    public synchronized void start() {
        if (started || !store.settings().hasUser()) {
            return;
        }
        started = true;
        Tabs.whenLeader(LOCK, this::lead);
    }

    /** @param waited another tab synced first: it may have committed pages after the last message read here */
    private void lead(boolean waited) {
        synchronized (this) {
            leader = true;
        }
        if (waited) {
            try {
                BrowserStore fresh = store.reread();
                synchronized (this) {
                    follow(fresh);
                }
            } catch (IOException e) {
                problem = "Starman could not read this browser's storage (" + e.getMessage() + ").";
                changed.run();
                return;
            }
        }
        Settings settings = store.settings();
        SharedRateWindow shared = new SharedRateWindow(new FetchTransport(), clock);
        PoliteClient polite = PoliteClient.create(shared, clock, PoliteClient.Options.defaults(clock.nowMillis()));
        shared.share(polite.budget());
        ListenBrainzClient api = new ListenBrainzClient(polite.http(), settings.apiRoot());
        HistorySync history = new HistorySync(api, store.listens(), clock,
                requests -> polite.budget().millisFor(requests, clock.nowMillis()), HistorySync.Options.DEFAULT);
        history.addListener(p -> {
            progress = p;
            problem = null;
            channel.post("listens");
            changed.run();
        });
        MetadataSync metadata = new MetadataSync(api, store.metadata(), ArtistFilter.DAVID_BOWIE::matches, clock);
        NowPlayingLane nowPlaying = new NowPlayingLane(api, settings.user(), clock, Tabs::isVisible, () -> {
            history.run(settings.user());
            lookUp(metadata, new ArrayList<>(fresh));
            coach(true);
        });
        nowPlaying.addListener(new NowPlayingListener() {
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
        });
        while (true) {
            try {
                history.run(settings.user());
                coach(false);
                lookUp(metadata, store.listens().all());
                Page.markLookedUp();
                nowPlaying.run(() -> true);
            } catch (ListenBrainzException e) {
                boolean offline = e.kind() == ListenBrainzException.Kind.NETWORK && !Page.isOnline();
                problem = offline ? OFFLINE : e.getMessage();
                changed.run();
                if (!e.isTransient()) {
                    return;
                }
            } catch (StorageException e) {
                problem = e.getMessage();
                changed.run();
                return;
            } catch (IOException e) {
                problem = "Starman cannot reach ListenBrainz (" + e.getMessage() + "); it will try again.";
                changed.run();
            } catch (InterruptedException e) {
                return;
            }
            sleepQuietly(RETRY_AFTER_MILLIS);
        }
    }

    /** Another tab stored listens: read them from IndexedDB; a burst of messages makes at most two readings. */
    private void reload() {
        if (store.isReplaced()) {
            return;
        }
        synchronized (this) {
            if (reloading) {
                reloadAgain = true;
                return;
            }
            reloading = true;
        }
        do {
            synchronized (this) {
                reloadAgain = false;
            }
            try {
                BrowserStore fresh = store.reread();
                synchronized (this) {
                    // once this tab leads, its sync writes to the store it started with: never swap it under it
                    if (leader) {
                        reloading = false;
                        return;
                    }
                    follow(fresh);
                }
            } catch (IOException e) {
                problem = "Starman could not read this browser's storage (" + e.getMessage() + ").";
            }
            changed.run();
        } while (againAfterReading());
    }

    private synchronized boolean againAfterReading() {
        reloading = reloadAgain;
        return reloadAgain;
    }

    private void sleepQuietly(long millis) {
        try {
            clock.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
