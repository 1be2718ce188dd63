package starman.sync;

import starman.listenbrainz.ListenBrainzException;
import starman.store.StorageException;

/** What the person reads when a sync cannot go on, or must wait: one plain sentence each. */
public final class Problems {
    public static final String OFFLINE = "You are offline. These are the listens stored in this browser; Starman"
            + " syncs again when you are back online.";
    public static final String STORAGE_FULL = "This device's storage for Starman is full. Free some space or allow"
            + " more storage: the sync goes on by itself once there is room, or press Retry.";

    private Problems() {
    }

    /** A long wait for the rate limit, rounded up to whole seconds. */
    public static String slowDown(long millis) {
        return "ListenBrainz asked Starman to slow down; resuming in " + (millis + 999) / 1000 + " s.";
    }

    /** How long a sync that met passing trouble or a refused write waits before it tries again. */
    public static final int RETRY_SECONDS = 30;
    /** What follows a write the syncing tab had refused: it reads the store again and goes on by itself. */
    public static final String TRIES_AGAIN = "Nothing saved is lost; Starman tries again in " + RETRY_SECONDS
            + " seconds.";

    /**
     * The sentence for a failed sync.
     *
     * @param online false when the device knows it has no network (then a network failure is "offline")
     */
    public static String of(Exception failure, boolean online) {
        if (failure instanceof ListenBrainzException e) {
            return e.kind() == ListenBrainzException.Kind.NETWORK && !online ? OFFLINE : e.getMessage();
        }
        if (failure instanceof StorageException e) {
            return e.isQuotaExceeded() ? STORAGE_FULL : e.getMessage();
        }
        if (failure instanceof RuntimeException) {
            return "Starman hit an unexpected error (" + failure + "); it will try again.";
        }
        return "Starman cannot reach ListenBrainz (" + failure.getMessage() + "); it will try again.";
    }
}
