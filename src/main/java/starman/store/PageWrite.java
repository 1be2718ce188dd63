package starman.store;

import java.util.List;
import starman.model.Listen;

/**
 * One sync page to apply atomically: put {@link #listens} (idempotent on (listened_at,
 * recording_msid)), remove every stored listen with listened_at in [{@link #reconcileFrom},
 * {@link #reconcileTo}] that is not among them (the server no longer has it), and store
 * {@link #checkpoint}. An empty range ({@code from > to}) removes nothing.
 */
public record PageWrite(List<Listen> listens, long reconcileFrom, long reconcileTo, SyncCheckpoint checkpoint) {
    public PageWrite {
        listens = List.copyOf(listens);
    }
}
