package starman.sync;

/** Hears how a history sync run goes. */
public interface SyncListener {
    void onProgress(SyncProgress progress);
}
