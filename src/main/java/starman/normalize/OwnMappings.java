package starman.normalize;

import starman.model.TrackMetadata;

/**
 * Port: the recordings the person chose in the fix-list for listens ListenBrainz left unmapped (or mapped to another
 * artist), by their submitted text detuned ({@link #key}); the normaliser gives such a listen the chosen recording and
 * release group ({@link KeyRule#OWN}). A listen of the same text that ListenBrainz or the player mapped keeps its
 * recording.
 */
public interface OwnMappings {
    /** The chosen recording and the release group it is counted in. */
    record Mapping(String recordingMbid, String releaseGroupMbid) {
    }

    /** The mapping of a submitted-text key, or null. */
    Mapping of(String key);

    /** Whether there is no mapping at all (most people): the normaliser then works out no key. */
    boolean isEmpty();

    OwnMappings NONE = new OwnMappings() {
        @Override
        public Mapping of(String key) {
            return null;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    };

    /** The submitted artist (the first credited), title and release, each detuned as {@link TextKeys} does. */
    static String key(TrackMetadata t) {
        return TextKeys.primaryArtist(t.artistName()) + "|" + TextKeys.title(t.trackName()) + "|"
                + TextKeys.title(t.releaseName());
    }
}
