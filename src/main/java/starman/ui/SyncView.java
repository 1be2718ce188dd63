package starman.ui;

import org.teavm.flavour.templates.BindTemplate;
import starman.sync.SyncProgress;

/** The sync: whose listens, how many stored of how many, and the time left. */
@BindTemplate("templates/sync.html")
public class SyncView {
    private final AppView app;

    SyncView(AppView app) {
        this.app = app;
    }

    public String getSyncedUser() {
        return app.sync().store().settings().user();
    }

    public int getProgressValue() {
        return app.sync().store().listens().count();
    }

    public long getProgressMax() {
        SyncProgress p = app.sync().progress();
        return p == null ? 0 : app.sync().store().listens().count() + p.listensLeft();
    }

    public String getSyncStatus() {
        SyncProgress p = app.sync().progress();
        if (p == null) {
            if (!app.sync().isLeader()) {
                return "Another Starman tab is syncing; following it.";
            }
            return app.sync().problem() == null ? "Asking ListenBrainz…" : "Showing the listens stored in this browser.";
        }
        if (isSyncDone()) {
            return app.sync().isPaused() ? "Up to date; paused." : "Up to date.";
        }
        String stored = Format.count(getProgressValue()) + " of " + Format.count(getProgressMax()) + " listens stored";
        if (app.sync().isPaused()) {
            return "Paused · " + stored + ".";
        }
        if (app.sync().problem() != null) {
            return stored + ".";
        }
        return stored + " · " + Format.timeLeft(p.etaMillis()) + " left";
    }

    /** A passing wait, such as a long rate-limit pause, in a sentence; else null. */
    public String getNotice() {
        return app.sync().notice();
    }

    /** Pause and resume belong to the tab that syncs. */
    public boolean isCanPause() {
        return app.sync().canPause();
    }

    public boolean isPaused() {
        return app.sync().isPaused();
    }

    public void pause() {
        app.sync().pause();
    }

    public void resume() {
        app.sync().resume();
    }

    public boolean isSyncDone() {
        SyncProgress p = app.sync().progress();
        return p != null && (p.done() || p.listensLeft() == 0);
    }
}
