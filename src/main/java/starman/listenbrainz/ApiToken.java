package starman.listenbrainz;

/**
 * A ListenBrainz user token as a person pastes it: optional (the read API needs none), one word. Whether
 * ListenBrainz accepts it is {@link ListenBrainzClient#validateToken}'s to say.
 */
public final class ApiToken {
    /** Long enough for any token ListenBrainz issues (UUIDs); longer is a paste of something else. */
    static final int MAX_LENGTH = 100;

    /** The token to use (trimmed; empty: none), and a sentence for the person when it cannot be one (else null). */
    public record Checked(String token, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private ApiToken() {
    }

    public static Checked check(String typed) {
        String token = UserName.tidy(typed);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c > '~') {
                return new Checked(token, "A ListenBrainz token is one word of letters, digits and dashes; "
                        + "copy it again from your ListenBrainz settings page.");
            }
        }
        if (token.length() > MAX_LENGTH) {
            return new Checked(token, "That is too long for a ListenBrainz token; "
                    + "copy it again from your ListenBrainz settings page.");
        }
        return new Checked(token, null);
    }
}
