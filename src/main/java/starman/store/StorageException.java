package starman.store;

/** The device's storage refused a write (quota, a blocked upgrade, a closed database); nothing was written. */
public class StorageException extends RuntimeException {
    private final boolean quotaExceeded;

    public StorageException(String message, boolean quotaExceeded, Throwable cause) {
        super(message, cause);
        this.quotaExceeded = quotaExceeded;
    }

    public boolean isQuotaExceeded() {
        return quotaExceeded;
    }
}
