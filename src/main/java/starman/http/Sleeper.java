package starman.http;

import java.io.InterruptedIOException;
import starman.time.Clock;

/** Sleeps on the clock from I/O code paths, where an interrupt must surface as an IOException. */
final class Sleeper {
    private Sleeper() {
    }

    static void sleep(Clock clock, long millis) throws InterruptedIOException {
        if (millis <= 0) {
            return;
        }
        try {
            clock.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to call ListenBrainz");
        }
    }
}
