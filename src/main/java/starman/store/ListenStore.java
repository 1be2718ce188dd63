package starman.store;

import java.util.List;
import starman.model.Listen;

/**
 * The listen history as sync and metrics need it. Each {@link #apply} is one transaction: data and
 * checkpoint land together or not at all, so a crash between pages loses nothing.
 */
public interface ListenStore {
    /** The newest stored listened_at, 0 when empty. */
    long newestListenedAt();

    /** The oldest stored listened_at, 0 when empty. */
    long oldestListenedAt();

    SyncCheckpoint checkpoint();

    void apply(PageWrite page);

    /**
     * Adds the listens whose key is not stored yet, in one transaction; stored listens and the checkpoint
     * stay as they are (an import must neither overwrite what the sync keeps nor move the sync's cursor).
     *
     * @return how many listens were new
     */
    int merge(List<Listen> listens);

    int count();

    /** Every listen, oldest first (ties by msid). */
    List<Listen> all();
}
