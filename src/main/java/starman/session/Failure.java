package starman.session;

import java.io.InterruptedIOException;
import starman.listenbrainz.ListenBrainzException;
import starman.store.StorageException;
import starman.sync.Problems;

/** Why the sync stopped: a sentence for the person, and a kind that says what happens next. */
record Failure(Kind kind, String sentence) {
    enum Kind {
        /** Offline, server trouble, rate limit, a garbled answer: tried again by itself. */
        PASSING,
        /** The store refused a write for lack of room: tried again once there is room, or on Retry. */
        STORAGE_FULL,
        /** The store refused a write otherwise: it is read again, then the sync tries again. */
        STORAGE,
        /** Something Starman did not expect: the store is read again, then the sync tries again. */
        UNEXPECTED,
        /** A wrong user name, token or request: only the person can change that (Settings, Retry). */
        ACCOUNT,
        /** A stored record cannot be read: Forget my data is the way out. */
        DAMAGED,
        /** A newer Starman in another tab took the database over: reloading is the way out. */
        REPLACED,
        /** The tab is closing: nothing to say. */
        INTERRUPTED
    }

    /** @param reach what the tab knows of its way to ListenBrainz, which names a failure without any answer */
    static Failure of(Exception failure, Problems.Reach reach, boolean replaced) {
        if (replaced) {
            return new Failure(Kind.REPLACED, Session.REPLACED);
        }
        if (failure instanceof InterruptedIOException) {
            return new Failure(Kind.INTERRUPTED, null);
        }
        if (failure instanceof DamagedStorageException) {
            return new Failure(Kind.DAMAGED, failure.getMessage());
        }
        String sentence = Problems.of(failure, reach);
        if (failure instanceof ListenBrainzException e) {
            return new Failure(e.isTransient() ? Kind.PASSING : Kind.ACCOUNT, sentence);
        }
        if (failure instanceof StorageException e) {
            return new Failure(e.isQuotaExceeded() ? Kind.STORAGE_FULL : Kind.STORAGE, sentence);
        }
        return new Failure(failure instanceof RuntimeException ? Kind.UNEXPECTED : Kind.PASSING, sentence);
    }

    /** Whether the store may hold less than this tab's copy of it (a write failed): read it again first. */
    boolean rereads() {
        return kind == Kind.STORAGE_FULL || kind == Kind.STORAGE || kind == Kind.UNEXPECTED;
    }
}
