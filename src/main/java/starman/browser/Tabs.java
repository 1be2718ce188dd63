package starman.browser;

import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Several open tabs share one rate-limit budget: a Web Lock elects the one tab that syncs (the lock is
 * released when that tab closes, so another takes over), and a BroadcastChannel tells the others that new
 * listens landed.
 */
public final class Tabs {
    private Tabs() {
    }

    /** What the elected tab runs; {@code waited} says whether another tab held the lock first. */
    public interface LeaderTask {
        void run(boolean waited);
    }

    /**
     * Runs {@code task} on its own thread once this tab holds the named lock, and keeps the lock until the
     * task returns. Returns at once; without Web Locks (old browsers) the task just runs.
     */
    public static void whenLeader(String lockName, LeaderTask task) {
        requestLock(lockName, (waited, release) -> new Thread(() -> {
            try {
                task.run(waited);
            } finally {
                release.run();
            }
        }).start());
    }

    /**
     * Runs {@code task} on its own thread while holding the named lock if no tab holds it now; otherwise runs
     * {@code busy} instead. Returns at once.
     */
    public static void ifFree(String lockName, Runnable task, Runnable busy) {
        requestLockIfFree(lockName, (waited, release) -> new Thread(() -> {
            try {
                task.run();
            } finally {
                release.run();
            }
        }).start(), () -> new Thread(busy).start());
    }

    @JSBody(params = {"name", "granted", "busy"}, script = ""
            + "if (!navigator.locks) { granted(false, function() {}); return; }"
            + "navigator.locks.request(name, {ifAvailable: true}, function(lock) {"
            + "  if (!lock) { busy(); return null; }"
            + "  return new Promise(function(release) { granted(false, function() { release(); }); });"
            + "});")
    private static native void requestLockIfFree(String name, Granted granted, Busy busy);

    @JSFunctor
    interface Busy extends JSObject {
        void run();
    }

    /** Takes the lock at once when it is free, else queues for it (the holder's tab closing releases it). */
    @JSBody(params = {"name", "granted"}, script = ""
            + "if (!navigator.locks) { granted(false, function() {}); return; }"
            + "function hold(waited) {"
            + "  return new Promise(function(release) { granted(waited, function() { release(); }); });"
            + "}"
            + "navigator.locks.request(name, {ifAvailable: true}, function(lock) {"
            + "  if (lock) { return hold(false); }"
            + "  navigator.locks.request(name, function() { return hold(true); });"
            + "  return null;"
            + "});")
    private static native void requestLock(String name, Granted granted);

    @JSFunctor
    interface Granted extends JSObject {
        void run(boolean waited, Release release);
    }

    @JSFunctor
    interface Release extends JSObject {
        void run();
    }

    /** Whether the page is visible (Lane A polls slower while hidden). */
    @JSBody(script = "return document.visibilityState !== 'hidden';")
    public static native boolean isVisible();

    /** A named BroadcastChannel carrying short text messages between this origin's tabs. */
    public static final class Channel {
        private final JSObject channel;

        public Channel(String name) {
            this.channel = open(name);
        }

        public void post(String message) {
            post(channel, message);
        }

        /** Messages from other tabs; the listener runs on its own thread, so it may block. */
        public void listen(Consumer<String> listener) {
            listen(channel, message -> new Thread(() -> listener.accept(message)).start());
        }

        @JSBody(params = "name", script = "return typeof BroadcastChannel === 'undefined'"
                + " ? null : new BroadcastChannel(name);")
        private static native JSObject open(String name);

        @JSBody(params = {"channel", "message"}, script = "if (channel) { channel.postMessage(message); }")
        private static native void post(JSObject channel, String message);

        @JSBody(params = {"channel", "receiver"}, script = "if (channel) {"
                + " channel.onmessage = function(e) { receiver(String(e.data)); }; }")
        private static native void listen(JSObject channel, Receiver receiver);

        @JSFunctor
        interface Receiver extends JSObject {
            void receive(String message);
        }
    }
}
