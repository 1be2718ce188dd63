package starman.listenbrainz;

/**
 * A ListenBrainz user name as a person types it, checked before any request is made. ListenBrainz users are
 * MusicBrainz accounts, whose names are at most 64 characters of any kind (spaces, accents, slashes
 * included), with no white space at either end and single spaces inside. A name that passes may still be
 * unknown to ListenBrainz; only the server can say that.
 */
public final class UserName {
    public static final int MAX_LENGTH = 64;

    /** The name to use (tidied), and a sentence for the person when it cannot be a user name (else null). */
    public record Checked(String name, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private UserName() {
    }

    public static Checked check(String typed) {
        String name = tidy(typed);
        if (name.isEmpty()) {
            return new Checked(name, "Enter your ListenBrainz user name.");
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_LENGTH) {
            return new Checked(name, "A ListenBrainz user name has at most " + MAX_LENGTH
                    + " characters; this one has " + length + ".");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return new Checked(name, "A ListenBrainz user name has no control characters; type it again.");
            }
        }
        return new Checked(name, null);
    }

    /** Without white space at the ends, each run of it inside one space (as MusicBrainz stores names). */
    static String tidy(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(typed.length());
        boolean space = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
