package starman.ui;

import java.io.IOException;
import java.util.function.BiConsumer;
import org.teavm.flavour.templates.BindTemplate;
import org.teavm.flavour.templates.Fragment;
import org.teavm.flavour.templates.Templates;
import starman.browser.BrowserSession;
import starman.browser.Page;
import starman.browser.SvgPicture;
import starman.session.DamagedStorageException;
import starman.session.Session;
import starman.session.Storage;

/**
 * The page's shell: it opens this browser's store and the tab's session, and stacks the screens, each a
 * view with its own template. Damaged data (the store, or the index built from it) shows a sentence and the
 * way out, Forget my data. Getters read the live state; {@link #changed()} refreshes every bound text
 * node and then the pictures, which are SVG drawn outside the templates.
 */
@BindTemplate("templates/app.html")
public class AppView {
    static final String BLOCKED = "Starman is open in another tab with an older version. Close that tab and this"
            + " page carries on by itself.";
    private boolean opening = true;
    private String error;
    /** The store could not even be opened: only deleting it helps. */
    private boolean unreadable;
    private Session session;
    private final BiConsumer<Session, Runnable> opened;
    private final SettingsView settingsView;
    /** Before the views that draw pictures: each of their shapes with a target opens it here. */
    private final SvgPicture.Chosen openShape =
            (target, shapeId, label) -> drillDown().openTarget(target, shapeId, label);
    private final PicturesView picturesView = new PicturesView(this);
    private final Fragment settings;
    private final DashboardView dashboardView = new DashboardView(this);
    private final Fragment syncScreen = Templates.create(new SyncView(this));
    private final Fragment dashboard = Templates.create(dashboardView);
    private final GoalsView goalsView = new GoalsView(this);
    private final Fragment goals = Templates.create(goalsView);
    private final DrillDownView drillDownView = new DrillDownView(this);
    private final Fragment drillDown = Templates.create(drillDownView);
    private final VersionsView versionsView = new VersionsView(this);
    private final Fragment versions = Templates.create(versionsView);
    private final Fragment pictures = Templates.create(picturesView);
    private final ReviewView reviewView = new ReviewView(this);
    private final Fragment review = Templates.create(reviewView);
    private final Fragment share = Templates.create(new ShareView(this));
    private final Fragment atlas = Templates.create(new AtlasView(this));
    private final Fragment fixList = Templates.create(new FixListView(this));
    private final Fragment listens = Templates.create(new ListensView(this));
    private final Fragment data = Templates.create(new DataView(this));
    private final Fragment forget = Templates.create(new ForgetView(this));

    public AppView(String userName, String apiRoot, BiConsumer<Session, Runnable> opened) {
        this.opened = opened;
        settingsView = new SettingsView(this, userName, apiRoot);
        settings = Templates.create(settingsView);
    }

    /** Reads this browser's store; starts syncing when a user was saved before. */
    void open() {
        try {
            session = BrowserSession.open(this::changed, () -> {
                error = BLOCKED;
                changed();
            });
            opened.accept(session, this::changed);
            if (BLOCKED.equals(error)) {
                error = null;
            }
            session.start();
        } catch (DamagedStorageException e) {
            error = e.getMessage();
            unreadable = true;
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
        return !opening && session != null && !session.isStarted();
    }

    public boolean isSyncing() {
        return session != null && session.isStarted() && !isDamaged();
    }

    /** What went wrong, in a sentence, or null. */
    public String getError() {
        return error != null ? error : session == null ? null : session.problem();
    }

    /** Stored data cannot be read: the page offers Forget my data instead of the screens. */
    public boolean isDamaged() {
        return unreadable || session != null && session.isDamaged();
    }

    /** Deletes everything stored in this browser (the session tells the other tabs) and starts the page again. */
    void forget() throws IOException {
        if (session == null) {
            BrowserSession.forgetUnreadable();
            Page.reload();
        } else {
            session.forget();
        }
    }

    public Fragment getForget() {
        return forget;
    }

    public Fragment getSettings() {
        return settings;
    }

    /** The Settings button: the saved settings in a modal dialog; Escape or Close returns to the button. */
    public void openSettings() {
        settingsView.load(storage().settings());
        Templates.update();
        Page.showDialog(SettingsView.DIALOG, SettingsView.OPENER);
    }

    public Fragment getSyncScreen() {
        return syncScreen;
    }

    public Fragment getDashboard() {
        return dashboard;
    }

    public Fragment getGoals() {
        return goals;
    }

    public Fragment getDrillDown() {
        return drillDown;
    }

    public Fragment getVersions() {
        return versions;
    }

    public Fragment getPictures() {
        return pictures;
    }

    public Fragment getReview() {
        return review;
    }

    public Fragment getShare() {
        return share;
    }

    public Fragment getAtlas() {
        return atlas;
    }

    public Fragment getFixList() {
        return fixList;
    }

    public Fragment getListens() {
        return listens;
    }

    public Fragment getData() {
        return data;
    }

    /** The tab's session; screens inside the syncing part of the page may rely on it being started. */
    Session session() {
        return session;
    }

    DrillDownView drillDown() {
        return drillDownView;
    }

    /** What a picture's chosen shape opens: its listens (a day, an album, a span), as the numbers do. */
    SvgPicture.Chosen openShape() {
        return openShape;
    }

    VersionsView versions() {
        return versionsView;
    }

    /** The stored data the page shows, as the session has it now. */
    Storage storage() {
        return session.storage();
    }

    void changed() {
        boolean syncing = isSyncing();
        if (syncing) {
            dashboardView.refresh();
            reviewView.refresh();
            goalsView.refresh();
        }
        Templates.update();
        if (syncing) {
            dashboardView.draw();
            picturesView.draw();
            reviewView.draw();
        }
    }
}
