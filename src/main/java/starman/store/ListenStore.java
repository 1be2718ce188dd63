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

    SyncCheckpoint checkpoint();

    void apply(PageWrite page);

    int count();

    /** Every listen, oldest first (ties by msid). */
    List<Listen> all();
}
