package starman.session;

import java.io.IOException;
import starman.importer.ImportResult;
import starman.store.ListenStore;

/** An import's work (in the browser: reading the chosen file), run by the session when this tab may write. */
public interface ImportJob {
    /** @param user the synced user whose listens these should be, or null before the first connect */
    ImportResult run(ListenStore listens, String user) throws IOException;
}
