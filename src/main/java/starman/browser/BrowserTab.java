package starman.browser;

import java.time.ZoneId;
import java.time.ZoneOffset;
import starman.session.Tab;

/** The session's page port: visibility, the device's zone, reloading, and the marks tests wait for. */
final class BrowserTab implements Tab {
    @Override
    public boolean visible() {
        return Tabs.isVisible();
    }

    @Override
    public ZoneId zone() {
        try {
            return ZoneId.of(Page.timeZone());
        } catch (RuntimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }

    @Override
    public void reload() {
        Page.reload();
    }

    @Override
    public void marked(String step) {
        if (LOOKED_UP.equals(step)) {
            Page.markLookedUp();
        } else {
            Page.markStep(step);
        }
    }
}
