package starman.session;

/** The timer port: runs the session's work later, one task at a time (so tasks never overlap). */
public interface Timer {
    /** A task not run yet. */
    interface Scheduled {
        /** It will not run (a no-op once it ran). */
        void cancel();
    }

    /** Runs {@code task} after {@code millis} (0: as soon as no other task of this timer runs). */
    Scheduled after(long millis, Runnable task);
}
