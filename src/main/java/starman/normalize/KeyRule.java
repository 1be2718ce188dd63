package starman.normalize;

/** Which rule produced a canonical key, most trusted first. */
public enum KeyRule {
    MAPPING("ListenBrainz mbid_mapping"),
    MAPPED_RELEASE("release of ListenBrainz's mbid_mapping, resolved to its release group by a metadata look-up"),
    SUBMITTED("MBID submitted by the player in additional_info"),
    RESOLVED("release_mbid submitted by the player, resolved to its release group by a metadata look-up"),
    TEXT("detuned title text"),
    NONE("no release information");

    public final String description;

    KeyRule(String description) {
        this.description = description;
    }
}
