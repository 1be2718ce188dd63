package starman.session;

/** The lock port: the one lock (a Web Lock in the browser) that elects the one tab that writes the store. */
public interface SyncLock {
    /** What runs once this tab holds the lock; {@code waited}: another tab held it first. */
    interface Granted {
        void granted(boolean waited);
    }

    /** Asks for the lock for the rest of this tab's life (it goes when the tab closes); returns at once. */
    void hold(Granted granted);

    /**
     * The lock for a while, if no tab holds it now: returns the release (run it when done), or null when a tab
     * holds it. May block briefly.
     */
    Runnable tryHold();
}
