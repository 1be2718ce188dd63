package starman.browser;

import java.io.IOException;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import starman.session.SyncLock;
import starman.session.TabChannel;

/**
 * Several open tabs share one store and one rate-limit budget: a Web Lock elects the one tab that writes (the
 * lock is released when that tab closes, so another takes over), and a BroadcastChannel tells the others that
 * new listens landed.
 */
public final class Tabs {
    private Tabs() {
    }

    /** Whether the page is visible (Lane A polls slower while hidden). */
    @JSBody(script = "return document.visibilityState !== 'hidden';")
    public static native boolean isVisible();

    /** The session's lock port over {@code navigator.locks}; without Web Locks (old browsers) every ask is granted. */
    static final class WebLock implements SyncLock {
        private final String name;

        WebLock(String name) {
            this.name = name;
        }

        @Override
        public void hold(Granted granted) {
            // a blocking task must not run on the lock's JS callback: it gets a thread of its own
            requestLock(name, waited -> new Thread(() -> granted.granted(waited)).start());
        }

        @Override
        public Runnable tryHold() {
            Attempt attempt;
            try {
                attempt = Promises.await(requestLockIfFree(name));
            } catch (IOException e) {
                return null;
            }
            if (!attempt.isHeld()) {
                return null;
            }
            JSObject release = attempt.getRelease();
            return () -> call(release);
        }

        /** Takes the lock at once when it is free, else queues for it; keeps it for the page's life. */
        @JSBody(params = {"name", "granted"}, script = ""
                + "if (!navigator.locks) { granted(false); return; }"
                + "function hold(waited) { granted(waited); return new Promise(function() {}); }"
                + "navigator.locks.request(name, {ifAvailable: true}, function(lock) {"
                + "  if (lock) { return hold(false); }"
                + "  navigator.locks.request(name, function() { return hold(true); });"
                + "  return null;"
                + "});")
        private static native void requestLock(String name, Acquired granted);

        @JSFunctor
        interface Acquired extends JSObject {
            void run(boolean waited);
        }

        /** Resolves to {held, release}: the lock until release() is called, if no tab holds it now. */
        @JSBody(params = "name", script = ""
                + "return new Promise(function(resolve) {"
                + "  if (!navigator.locks) { resolve({held: true, release: function() {}}); return; }"
                + "  navigator.locks.request(name, {ifAvailable: true}, function(lock) {"
                + "    if (!lock) { resolve({held: false, release: null}); return null; }"
                + "    return new Promise(function(release) { resolve({held: true, release: release}); });"
                + "  });"
                + "});")
        private static native JSObject requestLockIfFree(String name);

        interface Attempt extends JSObject {
            @JSProperty
            boolean isHeld();

            @JSProperty
            JSObject getRelease();
        }

        @JSBody(params = "release", script = "release();")
        private static native void call(JSObject release);
    }

    /** A named BroadcastChannel carrying short text messages between this origin's tabs. */
    static final class Channel implements TabChannel {
        private final JSObject channel;

        Channel(String name) {
            this.channel = open(name);
        }

        @Override
        public void post(String message) {
            post(channel, message);
        }

        /** Messages from other tabs; the receiver runs on its own thread, so it may block. */
        @Override
        public void listen(Consumer<String> receiver) {
            listen(channel, message -> new Thread(() -> receiver.accept(message)).start());
        }

        @JSBody(params = "name", script = "return typeof BroadcastChannel === 'undefined'"
                + " ? null : new BroadcastChannel(name);")
        private static native JSObject open(String name);

        @JSBody(params = {"channel", "message"}, script = "if (channel) { channel.postMessage(message); }")
        private static native void post(JSObject channel, String message);

        @JSBody(params = {"channel", "receiver"}, script = "if (channel) {"
                + " channel.addEventListener('message', function(e) { receiver(String(e.data)); }); }")
        private static native void listen(JSObject channel, Receiver receiver);

        @JSFunctor
        interface Receiver extends JSObject {
            void receive(String message);
        }
    }
}
