package starman.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.flavour.templates.BindTemplate;
import org.teavm.flavour.templates.Templates;
import starman.browser.BrowserStore;
import starman.browser.FetchTransport;
import starman.browser.Page;
import starman.browser.SvgPicture;
import starman.browser.SyncService;
import starman.http.HttpClient;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.PlayingNow;
import starman.coach.Message;
import starman.metrics.Dashboard;
import starman.metrics.Totals;
import starman.metrics.charts.Pictures;
import starman.model.Listen;
import starman.settings.Settings;
import starman.sync.SyncProgress;

/**
 * The app's one screen for now: first-run settings, then the sync's progress, the stored listens and what
 * is playing. Getters read the live state; {@link Templates#update()} refreshes the bound text nodes.
 */
@BindTemplate("templates/app.html")
public class AppView {
    static final int SHOWN_LISTENS = 10;

    private String userName;
    private String apiRoot;
    private boolean opening = true;
    private boolean checking;
    private String error;
    private BrowserStore store;
    private SyncService sync;
    private final SvgPicture year = new SvgPicture("picture-year", 7);
    private final SvgPicture month = new SvgPicture("picture-month", 1);
    private final SvgPicture albums = new SvgPicture("picture-albums", 1);

    public AppView(String userName, String apiRoot) {
        this.userName = userName == null ? "" : userName;
        this.apiRoot = apiRoot == null || apiRoot.isBlank() ? ListenBrainzClient.DEFAULT_API_ROOT : apiRoot;
    }

    /** Reads this browser's store; starts syncing when a user was saved before. */
    void open() {
        try {
            store = BrowserStore.open();
            if (store.settings().hasUser()) {
                startSync(store);
            }
        } catch (IOException e) {
            error = "Starman cannot use this browser's storage (" + e.getMessage() + ").";
        }
        opening = false;
        changed();
        Page.markFilled();
    }

    public boolean isOpening() {
        return opening;
    }

    public boolean isFirstRun() {
        return !opening && sync == null;
    }

    public boolean isSyncing() {
        return sync != null;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getApiRoot() {
        return apiRoot;
    }

    public void setApiRoot(String apiRoot) {
        this.apiRoot = apiRoot;
    }

    public boolean isChecking() {
        return checking;
    }

    /** What went wrong, in a sentence, or null. */
    public String getError() {
        return error != null ? error : sync == null ? null : sync.problem();
    }

    public String getSyncedUser() {
        return sync.store().settings().user();
    }

    public String getListenCount() {
        return Format.count(sync.store().listens().count());
    }

    public int getProgressValue() {
        return sync.store().listens().count();
    }

    public long getProgressMax() {
        SyncProgress p = sync.progress();
        return p == null ? 0 : sync.store().listens().count() + p.listensLeft();
    }

    public String getSyncStatus() {
        SyncProgress p = sync.progress();
        if (p == null) {
            if (!sync.isLeader()) {
                return "Another Starman tab is syncing; following it.";
            }
            return sync.problem() == null ? "Asking ListenBrainz…" : "Showing the listens stored in this browser.";
        }
        if (p.done() || p.listensLeft() == 0) {
            return "Up to date.";
        }
        return Format.count(sync.store().listens().count()) + " of " + Format.count(getProgressMax())
                + " listens stored · " + Format.timeLeft(p.etaMillis()) + " left";
    }

    public boolean isSyncDone() {
        SyncProgress p = sync.progress();
        return p != null && (p.done() || p.listensLeft() == 0);
    }

    public String getPlayingNow() {
        PlayingNow now = sync.playingNow();
        return now == null ? null : now.track().trackName() + " · " + now.track().artistName();
    }

    /** The artist's table: one row per period, songs, albums and minutes. */
    public List<WorkoutRow> getWorkout() {
        Dashboard d = sync.dashboard();
        return List.of(WorkoutRow.of("pace", "Last 60 minutes", d.pace(), false),
                WorkoutRow.of("today", "Today", d.today(), true),
                WorkoutRow.of("week", "This week", d.week(), true),
                WorkoutRow.of("month", "This month", d.month(), true),
                WorkoutRow.of("all-time", "All time", d.allTime(), true));
    }

    public String getSprint() {
        return Format.decimal(sync.dashboard().sprintPerHour());
    }

    /** The coach's latest lines, newest first. */
    public List<String> getCoach() {
        List<String> lines = new ArrayList<>();
        for (Message message : sync.coachFeed()) {
            lines.add(message.text());
        }
        return lines;
    }

    public List<ListenRow> getListens() {
        List<ListenRow> rows = new ArrayList<>();
        for (Listen listen : sync.store().listens().newest(SHOWN_LISTENS)) {
            rows.add(new ListenRow(listen.track().trackName(), listen.track().artistName(),
                    listen.track().releaseName(), Page.localDateTime(listen.listenedAt())));
        }
        return rows;
    }

    /** Submit handler: checks the user exists, saves the settings, starts the sync. */
    public void connect() {
        if (checking) {
            return;
        }
        if (userName.isBlank()) {
            error = "Enter your ListenBrainz user name.";
            return;
        }
        checking = true;
        error = null;
        new Thread(this::check).start();
    }

    private void check() {
        Settings settings = new Settings(userName, apiRoot);
        try {
            new ListenBrainzClient(new HttpClient(new FetchTransport(), List.of()), settings.apiRoot())
                    .listenCount(settings.user());
            BrowserStore chosen = store.settings().user().equals(settings.user()) ? store : store.forget();
            chosen.saveSettings(settings);
            startSync(chosen);
        } catch (IOException e) {
            error = e.getMessage();
        } finally {
            checking = false;
            changed();
        }
    }

    private void startSync(BrowserStore opened) {
        store = opened;
        sync = new SyncService(opened, this::changed);
        sync.start();
    }

    /** Refreshes the bound text, then patches the pictures, which are SVG drawn outside the template. */
    private void changed() {
        Templates.update();
        if (sync != null) {
            Pictures p = sync.pictures();
            year.draw(p.year());
            month.draw(p.month());
            albums.draw(p.albums());
        }
    }

    /** One period of the artist's table, as text; minutes say how many songs had no known duration. */
    public record WorkoutRow(String id, String label, String songs, String albums, String minutes) {
        static WorkoutRow of(String id, String label, Totals t, boolean showAlbums) {
            String minutes = Format.decimal(t.minutes());
            if (t.unknownDuration() > 0) {
                minutes += " (+" + Format.count(t.unknownDuration()) + " of unknown length)";
            }
            return new WorkoutRow(id, label, Format.count(t.songs()), showAlbums ? Format.count(t.albums()) : "–",
                    minutes);
        }
    }

    /** One listen as the list shows it; all text, never markup. */
    public record ListenRow(String track, String artist, String release, String when) {
    }
}
