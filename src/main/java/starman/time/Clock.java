package starman.time;

/** Time as the core sees it: the browser, the JVM and tests (virtual time) each provide one. */
public interface Clock {
    long nowMillis();

    /** Blocks the calling (green) thread; a virtual clock just advances. */
    void sleep(long millis) throws InterruptedException;

    Clock SYSTEM = new Clock() {
        @Override
        public long nowMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
            if (millis > 0) {
                Thread.sleep(millis);
            }
        }
    };
}
