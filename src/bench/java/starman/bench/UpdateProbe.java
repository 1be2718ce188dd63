package starman.bench;

import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import starman.browser.Page;
import starman.model.Listen;
import starman.session.Session;

/**
 * The update-latency benchmark's hook, only in the probed app ({@link ProbedApp}, never in the app's bundle):
 * {@code window.starmanProbe()} stores a new listen (the artist's newest stored track, played again now) through
 * the path a sync page takes (the store's transaction, the index, the screen's refresh). Marks:
 * {@code starman-probe-stored} once the store and the index have it, {@code starman-probe-trained} once the streaks
 * and bests were counted again (which the screen leaves to a thread of its own: here they come first, so that they
 * are surely counted anew), {@code starman-probe-shown} once the screen was refreshed.
 */
final class UpdateProbe {
    private UpdateProbe() {
    }

    static void install(Session session, Runnable changed) {
        install(() -> new Thread(() -> {
            Listen replayed = replayOfNewest(session);
            if (replayed != null) {
                session.storeAsPage(replayed);
                Page.markStep("probe-stored");
                session.training();
                Page.markStep("probe-trained");
                changed.run();
                Page.markStep("probe-shown");
                session.coachLanded();
            }
        }).start());
    }

    private static Listen replayOfNewest(Session session) {
        List<Listen> newest = session.storage().newest(100);
        long now = System.currentTimeMillis() / 1000;
        for (Listen l : newest) {
            if (session.indexes(l)) {
                return new Listen(now, now, l.recordingMsid(), l.userName(), l.track());
            }
        }
        return null;
    }

    @JSBody(params = "probe", script = "window.starmanProbe = function() { probe(); };")
    private static native void install(Probe probe);

    @JSFunctor
    interface Probe extends JSObject {
        void run();
    }
}
