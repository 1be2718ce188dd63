package starman.time;

/**
 * Lets long work give the page back now and then: in the browser, work in Java runs on the page's one thread, so a
 * loop over a million listens calls this between slices and the page yields to its event loop (input, painting)
 * when a slice has run long enough; on the JVM nothing needs to happen.
 */
public interface Breather {
    /** Called often (every few thousand rows); cheap unless it is time to yield. */
    void breathe();

    Breather NONE = () -> { };
}
