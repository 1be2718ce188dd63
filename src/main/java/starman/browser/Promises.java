package starman.browser;

import java.io.IOException;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * Blocks a Java (green) thread on a JS promise. The promise is settled on the JS side into one result
 * object first: awaiting a rejected promise from wasm-gc hangs the thread, and an @Async error poisons the
 * thread's next suspension (TEAVM.md traps 1 and 2).
 */
public final class Promises {
    private Promises() {
    }

    /** The promise's value; a rejection becomes an IOException whose message starts with the error's name. */
    @SuppressWarnings("unchecked")
    public static <T extends JSObject> T await(JSObject promise) throws IOException {
        Settled settled = settle(promise);
        if (!settled.isOk()) {
            throw new IOException(settled.getError());
        }
        return (T) settled.getValue();
    }

    @Async
    private static native Settled settle(JSObject promise);

    private static void settle(JSObject promise, AsyncCallback<Settled> callback) {
        whenSettled(promise, callback::complete);
    }

    @JSBody(params = {"promise", "done"}, script = ""
            + "Promise.resolve(promise).then("
            + "  function(v) { done({ok: true, value: v, error: null}); },"
            + "  function(e) { done({ok: false, value: null,"
            + "    error: (e && e.name ? e.name + ': ' : '') + (e && e.message ? e.message : String(e))}); });")
    private static native void whenSettled(JSObject promise, Done done);

    @JSFunctor
    interface Done extends JSObject {
        void complete(Settled settled);
    }

    interface Settled extends JSObject {
        @JSProperty
        boolean isOk();

        @JSProperty
        JSObject getValue();

        @JSProperty
        String getError();
    }
}
