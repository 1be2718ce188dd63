package starman.ui;

import java.io.IOException;
import org.teavm.flavour.templates.BindTemplate;
import org.teavm.flavour.templates.Fragment;
import org.teavm.flavour.templates.Templates;
import starman.browser.BrowserStore;
import starman.browser.Page;
import starman.browser.SyncService;

/**
 * The page's shell: it opens this browser's store, owns the running sync and stacks the screens, each a
 * view with its own template. Getters read the live state; {@link #changed()} refreshes every bound text
 * node and then the pictures, which are SVG drawn outside the templates.
 */
@BindTemplate("templates/app.html")
public class AppView {
    private boolean opening = true;
    private String error;
    private BrowserStore store;
    private SyncService sync;
    private final SettingsView settingsView;
    private final PicturesView picturesView = new PicturesView(this);
    private final Fragment settings;
    private final DashboardView dashboardView = new DashboardView(this);
    private final Fragment syncScreen = Templates.create(new SyncView(this));
    private final Fragment dashboard = Templates.create(dashboardView);
    private final DrillDownView drillDownView = new DrillDownView(this);
    private final Fragment drillDown = Templates.create(drillDownView);
    private final Fragment pictures = Templates.create(picturesView);
    private final Fragment listens = Templates.create(new ListensView(this));
    private final Fragment data = Templates.create(new DataView(this));

    public AppView(String userName, String apiRoot) {
        settingsView = new SettingsView(this, userName, apiRoot);
        settings = Templates.create(settingsView);
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

    /** What went wrong, in a sentence, or null. */
    public String getError() {
        return error != null ? error : sync == null ? null : sync.problem();
    }

    public Fragment getSettings() {
        return settings;
    }

    /** The Settings button: the saved settings in a modal dialog; Escape or Close returns to the button. */
    public void openSettings() {
        settingsView.load(store.settings());
        Templates.update();
        Page.showDialog(SettingsView.DIALOG, SettingsView.OPENER);
    }

    public Fragment getSyncScreen() {
        return syncScreen;
    }

    public Fragment getDashboard() {
        return dashboard;
    }

    public Fragment getDrillDown() {
        return drillDown;
    }

    public Fragment getPictures() {
        return pictures;
    }

    public Fragment getListens() {
        return listens;
    }

    public Fragment getData() {
        return data;
    }

    /** The running sync; screens inside the syncing part of the page may rely on it. */
    SyncService sync() {
        return sync;
    }

    DrillDownView drillDown() {
        return drillDownView;
    }


    /** The store the page shows: the sync's (which may have read it again) once there is one. */
    BrowserStore store() {
        return sync != null ? sync.store() : store;
    }

    /** Deletes this browser's listens and settings (the sync stops asking); returns the empty store. */
    BrowserStore forgetEverything() throws IOException {
        return sync != null ? sync.forgetEverything() : store.forget();
    }

    void startSync(BrowserStore opened) {
        store = opened;
        sync = new SyncService(opened, this::changed);
        sync.start();
    }

    void changed() {
        if (sync != null) {
            dashboardView.refresh();
        }
        Templates.update();
        if (sync != null) {
            dashboardView.draw();
            picturesView.draw();
        }
    }
}
