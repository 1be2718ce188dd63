package starman.session;

import starman.http.RateBudget;
import starman.http.Transport;

/** The transport port: how this tab reaches ListenBrainz. */
public interface Network {
    /** Where the polite client sends its requests (in the browser: fetch with a timeout). */
    Transport transport();

    /** The new client's rate-limit budget: the browser shares it with its other tabs and its next page. */
    void share(RateBudget budget);

    /** False when the device knows it has no network at all (a failure then reads "offline"). */
    boolean online();
}
