package starman.ui;

import org.teavm.flavour.templates.BindTemplate;
import starman.sync.SyncProgress;
import starman.text.Format;

/** The sync: whose listens, how many stored of how many, and the time left. */
@BindTemplate("templates/sync.html")
public class SyncView {
    private final AppView app;

    SyncView(AppView app) {
        this.app = app;
    }

    public String getSyncedUser() {
        return app.storage().settings().user();
    }

    public int getProgressValue() {
        return app.storage().listens().count();
    }

    public long getProgressMax() {
        SyncProgress p = app.session().progress();
        return p == null ? 0 : app.storage().listens().count() + p.listensLeft();
    }

    public String getSyncStatus() {
        SyncProgress p = app.session().progress();
        if (p == null) {
            if (!app.session().isLeader()) {
                return "Another Starman tab is syncing; following it.";
            }
            return app.session().problem() == null ? "Asking ListenBrainz…" : "Showing the listens stored in this browser.";
        }
        if (isSyncDone()) {
            return app.session().isPaused() ? "Up to date; paused." : "Up to date.";
        }
        String stored = Format.count(getProgressValue()) + " of " + Format.count(getProgressMax()) + " listens stored";
        if (app.session().isPaused()) {
            return "Paused · " + stored + ".";
        }
        if (app.session().problem() != null) {
            return stored + ".";
        }
        return stored + " · " + Format.timeLeft(p.etaMillis()) + " left";
    }

    /** A passing wait, such as a long rate-limit pause, in a sentence; else null. */
    public String getNotice() {
        return app.session().notice();
    }

    /** Pause and resume belong to the tab that syncs. */
    public boolean isCanPause() {
        return app.session().canPause();
    }

    public boolean isPaused() {
        return app.session().isPaused();
    }

    public void pause() {
        app.session().pause();
    }

    public void resume() {
        app.session().resume();
    }

    /** After a failure: try again now (whatever it waits for: 30 s, room on the device, or the person). */
    public boolean isCanRetry() {
        return app.session().canRetry();
    }

    public void retry() {
        app.session().retry();
    }

    public boolean isSyncDone() {
        SyncProgress p = app.session().progress();
        return p != null && (p.done() || p.listensLeft() == 0);
    }
}
