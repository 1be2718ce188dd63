package starman.browser;

import starman.session.Timer;

/**
 * The session's timer port on green threads: each task sleeps on a thread of its own, then runs holding one
 * lock, so the session's tasks never overlap (one may wait for a request while another waits its turn).
 */
final class BrowserTimer implements Timer {
    private final Object serial = new Object();

    @Override
    public Scheduled after(long millis, Runnable task) {
        Task scheduled = new Task();
        new Thread(() -> {
            try {
                if (millis > 0) {
                    Thread.sleep(millis);
                }
            } catch (InterruptedException e) {
                return;
            }
            synchronized (serial) {
                if (!scheduled.cancelled) {
                    task.run();
                }
            }
        }).start();
        return scheduled;
    }

    private static final class Task implements Scheduled {
        private volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
