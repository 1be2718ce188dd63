package starman.listenbrainz;

/** The answer of {@code /1/validate-token}; {@code userName} is null for an invalid token. */
public record TokenStatus(boolean valid, String userName) {
}
