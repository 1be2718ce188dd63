package starman.cli;

import java.io.IOException;

/** The file given as a mirror holds something else; the message names the file and line. */
public final class NotAMirrorException extends IOException {
    public NotAMirrorException(String message) {
        super(message);
    }
}
