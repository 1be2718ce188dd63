package starman.normalize;

/**
 * The canonical keys of one listen. Keys are strings: {@code mb:<mbid>} for MusicBrainz ids and
 * {@code t:<artist>|<title key>} for text keys; the album key is null when the listen names no release.
 *
 * @param titleKey the text key of the track title, kept even when an MBID gave the recording key, so
 *                 a track list (which has names) can be matched against unmapped listens
 * @param releaseTextKey the text album key of the release name (null without one), kept even when an MBID
 *                       gave the album key, so unmapped listens of the same album can join that MBID
 */
public record CanonicalKeys(String recordingKey, KeyRule recordingRule, String albumKey, KeyRule albumRule,
                            String titleKey, String releaseTextKey) {

    static final String MBID = "mb:";
    static final String TEXT = "t:";

    public static String mbidKey(String mbid) {
        return MBID + mbid;
    }

    /** The MBID of an MBID key, or null for a text key. */
    public static String mbidOf(String key) {
        return key.startsWith(MBID) ? key.substring(MBID.length()) : null;
    }

    /** The text key of a detuned artist and title (or album title). */
    public static String textKey(String artist, String titleKey) {
        return TEXT + artist + "|" + titleKey;
    }
}
