package starman.browser;

import java.io.IOException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import starman.time.Breather;

/**
 * The page's {@link Breather}: once a slice of work has run {@value #SLICE_MILLIS} ms, the Java thread waits for
 * one task of the event loop (a MessageChannel message, which unlike a timer is not clamped), so input and
 * painting get their turn and no block of work freezes the page for long.
 */
final class EventLoop implements Breather {
    static final double SLICE_MILLIS = 30;
    static final EventLoop PAGE = new EventLoop();

    private double sliceStart = now();

    private EventLoop() {
    }

    @Override
    public void breathe() {
        if (now() - sliceStart < SLICE_MILLIS) {
            return;
        }
        try {
            Promises.await(nextTask());
        } catch (IOException cannotHappen) {
            // the promise only resolves
        }
        sliceStart = now();
    }

    @JSBody(script = "return performance.now();")
    private static native double now();

    @JSBody(script = "return new Promise(function(resolve) {"
            + "  var channel = new MessageChannel();"
            + "  channel.port1.onmessage = function() { resolve(null); };"
            + "  channel.port2.postMessage(null);"
            + "});")
    private static native JSObject nextTask();
}
