package starman.session;

import java.io.IOException;

/** A stored record cannot be read (damaged, or written by something else): only forgetting the data helps. */
public class DamagedStorageException extends IOException {
    public DamagedStorageException(String detail, Throwable cause) {
        super("Starman's data in this browser is damaged (" + detail + "). Forget my data deletes it; your"
                + " listens then sync again from ListenBrainz.", cause);
    }
}
