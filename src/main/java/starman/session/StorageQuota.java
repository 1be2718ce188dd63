package starman.session;

/** The device's storage for this site ({@code navigator.storage}): how full it is, and whether it is kept. */
public interface StorageQuota {
    /** Bytes used and allowed. */
    record Estimate(long usage, long quota) {
        public long free() {
            return quota - usage;
        }
    }

    /** What the device says now, or null when it does not say. */
    Estimate estimate();

    /** Asks that the data be kept when space runs low; true when it will be. */
    boolean persist();

    /** Whether the data is kept already (asks nothing). */
    boolean persisted();
}
