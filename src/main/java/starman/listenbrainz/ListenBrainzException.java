package starman.listenbrainz;

import java.io.IOException;

/** A failure the UI can name to a person; {@link #kind()} says which. */
public class ListenBrainzException extends IOException {
    public enum Kind {
        /** 404: no such user. */
        UNKNOWN_USER,
        /** 401: the token is wrong. */
        BAD_TOKEN,
        /** 400: the request itself was refused (bad parameters). */
        BAD_REQUEST,
        /** Still rate limited after the retries. */
        RATE_LIMITED,
        /** 5xx after the retries. */
        SERVER_ERROR,
        /** No response after the retries (offline, refused, dropped). */
        NETWORK,
        /** A response arrived that is not the JSON ListenBrainz sends. */
        MALFORMED,
        /** 404 from an optional endpoint (metadata): the server works, it just does not offer that. */
        NOT_OFFERED
    }

    private final Kind kind;

    public ListenBrainzException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ListenBrainzException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether trying again later may help (unlike a wrong user name, token or request). */
    public boolean isTransient() {
        return kind == Kind.NETWORK || kind == Kind.SERVER_ERROR || kind == Kind.RATE_LIMITED || kind == Kind.MALFORMED;
    }
}
