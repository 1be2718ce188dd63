package starman.browser;

import java.io.IOException;
import starman.session.Ports;
import starman.session.Session;
import starman.time.Clock;

/** A tab's {@link Session} on this browser: its ports are the JSO adapters of this package. */
public final class BrowserSession {
    static final String LOCK = "starman-sync";
    static final String CHANNEL = "starman";

    private BrowserSession() {
    }

    /**
     * Opens this browser's store and a session over it (not started: see {@link Session#start}). {@code blocked}
     * runs while a tab of an older Starman holds the database's upgrade up; a record that cannot be read throws
     * {@link starman.session.DamagedStorageException}.
     */
    public static Session open(Runnable changed, Runnable blocked) throws IOException {
        return new Session(BrowserStorage.open(blocked), new Ports(new Tabs.WebLock(LOCK),
                new Tabs.Channel(CHANNEL), new BrowserTimer(), Clock.SYSTEM, new BrowserNetwork(), new BrowserQuota(),
                new BrowserTab()), changed);
    }

    /** Deletes this browser's data when it is too damaged to open a session over; the page should then reload. */
    public static void forgetUnreadable() throws IOException {
        BrowserStorage.forgetUnreadable();
    }
}
