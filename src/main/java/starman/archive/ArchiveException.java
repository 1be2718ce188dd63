package starman.archive;

import java.io.IOException;

/** A file that is not the archive it claims to be; the message is a sentence for the person. */
public class ArchiveException extends IOException {
    public ArchiveException(String message) {
        super(message);
    }
}
