package starman.http;

import java.util.ArrayList;
import java.util.List;
import starman.time.Clock;
import starman.time.VirtualClock;

/** Virtual time that also remembers every sleep asked of it. */
final class RecordingClock implements Clock {
    private final VirtualClock time = new VirtualClock(1_700_000_000_000L);
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public long nowMillis() {
        return time.nowMillis();
    }

    @Override
    public void sleep(long millis) {
        sleeps.add(millis);
        time.sleep(millis);
    }
}
