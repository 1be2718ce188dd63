package starman.musicbrainz;

import java.io.IOException;

/** MusicBrainz gave no usable answer: unreachable, refused, or a body that is not its JSON. */
public final class MusicBrainzException extends IOException {
    public MusicBrainzException(String message, Throwable cause) {
        super(message, cause);
    }
}
