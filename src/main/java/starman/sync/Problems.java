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
     * No answer while the device is online and this page's earlier requests were answered: the service, not the
     * connection (a front proxy's 502 or 504 carries no CORS header, so the browser cannot read it either).
     */
    public static final String NOT_ANSWERING = "ListenBrainz is not answering (it may be down); retrying in "
            + RETRY_SECONDS + " s.";

    /** What a page knows of its way to ListenBrainz, which names a request that got no answer. */
    public enum Reach {
        /** The device reports no network at all: "offline". */
        OFFLINE,
        /** Online, but no request of this page was answered yet: the connection may be what fails. */
        NO_ANSWER_YET,
        /** Online, and earlier requests of this page were answered: ListenBrainz is what does not answer. */
        ANSWERED_BEFORE;

        public static Reach of(boolean online, boolean answeredBefore) {
            return !online ? OFFLINE : answeredBefore ? ANSWERED_BEFORE : NO_ANSWER_YET;
        }
    }

    /** The sentence for a failed sync; {@code reach} names a failure without any answer. */
    public static String of(Exception failure, Reach reach) {
        if (failure instanceof ListenBrainzException e) {
            if (e.kind() != ListenBrainzException.Kind.NETWORK) {
                return e.getMessage();
            }
            return switch (reach) {
                case OFFLINE -> OFFLINE;
                case ANSWERED_BEFORE -> NOT_ANSWERING;
                case NO_ANSWER_YET -> e.getMessage();
            };
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
