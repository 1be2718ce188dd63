package starman.ui;

import org.teavm.flavour.templates.BindTemplate;
import starman.listenbrainz.PlayingNow;
import starman.sync.SyncProgress;

/** The sync: whose listens, how many stored of how many, the time left, and what is playing now. */
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
            return "Up to date.";
        }
        return Format.count(getProgressValue()) + " of " + Format.count(getProgressMax())
                + " listens stored · " + Format.timeLeft(p.etaMillis()) + " left";
    }

    public boolean isSyncDone() {
        SyncProgress p = app.sync().progress();
        return p != null && (p.done() || p.listensLeft() == 0);
    }

    public String getPlayingNow() {
        PlayingNow now = app.sync().playingNow();
        return now == null ? null : now.track().trackName() + " · " + now.track().artistName();
    }
}
