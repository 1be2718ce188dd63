package starman.browser;

import starman.http.RateBudget;
import starman.http.Transport;
import starman.session.Network;
import starman.time.Clock;

/** The session's transport port: fetch with a timeout, leaving the rate-limit count to the next page and tab. */
final class BrowserNetwork implements Network {
    private final SharedRateWindow shared = new SharedRateWindow(new FetchTransport(), Clock.SYSTEM);

    @Override
    public Transport transport() {
        return shared;
    }

    @Override
    public void share(RateBudget budget) {
        shared.share(budget);
    }

    @Override
    public boolean online() {
        return Page.isOnline();
    }
}
