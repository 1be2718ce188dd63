package starman.time;

import java.util.concurrent.atomic.AtomicLong;

/** A clock whose sleeps advance time instantly: JVM tests run hours of pacing in milliseconds. */
public final class VirtualClock implements Clock {
    private final AtomicLong now;

    public VirtualClock(long startMillis) {
        this.now = new AtomicLong(startMillis);
    }

    @Override
    public long nowMillis() {
        return now.get();
    }

    @Override
    public void sleep(long millis) {
        if (millis > 0) {
            now.addAndGet(millis);
        }
    }

    public void advance(long millis) {
        sleep(millis);
    }
}
