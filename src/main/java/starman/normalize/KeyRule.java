package starman.normalize;

/** Which rule produced a canonical key, most trusted first. */
public enum KeyRule {
    OWN("from your own mapping, confirmed in the fix-list"),
    MAPPING("from ListenBrainz's mbid_mapping"),
    MAPPED_RELEASE("of the mapping's release, from a metadata look-up"),
    SUBMITTED("submitted by the player"),
    RESOLVED("of the release the player submitted, from a metadata look-up"),
    TEXT("by detuned title text"),
    NONE("the listen names no release");

    /** How the key was found: follows "Recording MBID x", "Release group x", "matched" or "No album:". */
    public final String description;

    KeyRule(String description) {
        this.description = description;
    }
}
