package starman.browser;

import starman.session.Tab;
import starman.time.ZoneOffsets;

/** The session's page port: visibility, the device's zone, reloading, and the marks tests wait for. */
final class BrowserTab implements Tab {
    @Override
    public boolean visible() {
        return Tabs.isVisible();
    }

    @Override
    public String zoneId() {
        return Page.timeZone();
    }

    @Override
    public ZoneOffsets offsets(String zoneId) {
        return IntlZones.offsets(zoneId);
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
