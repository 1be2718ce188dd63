package starman.normalize;

/** Which rule produced a canonical key, most trusted first. */
public enum KeyRule {
    MAPPING("ListenBrainz mbid_mapping"),
    SUBMITTED("MBID submitted by the player in additional_info"),
    RESOLVED("release_mbid submitted by the player, resolved to its release group"),
    TEXT("detuned title text"),
    NONE("no release information");

    public final String description;

    KeyRule(String description) {
        this.description = description;
    }
}
