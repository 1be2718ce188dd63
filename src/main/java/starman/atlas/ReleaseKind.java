package starman.atlas;

import java.util.List;

/** The atlas's sections, in the order shown: MusicBrainz's primary type, with Live and Compilation taking precedence. */
public enum ReleaseKind {
    STUDIO_ALBUM("Studio albums", "studio album"),
    EP("EPs", "EP"),
    SINGLE("Singles", "single"),
    LIVE("Live", "live release"),
    COMPILATION("Compilations", "compilation"),
    OTHER("Other releases", "other release");

    public final String heading;
    public final String noun;

    ReleaseKind(String heading, String noun) {
        this.heading = heading;
        this.noun = noun;
    }

    /**
     * A release group's kind: Live or Compilation among its secondary types first (a live album is no studio album),
     * any other secondary type (Soundtrack, Spokenword, Remix...) is other; then its primary type.
     */
    public static ReleaseKind of(String primaryType, List<String> secondaryTypes) {
        if (secondaryTypes.contains("Live")) {
            return LIVE;
        }
        if (secondaryTypes.contains("Compilation")) {
            return COMPILATION;
        }
        if (!secondaryTypes.isEmpty() || primaryType == null) {
            return OTHER;
        }
        return switch (primaryType) {
            case "Album" -> STUDIO_ALBUM;
            case "EP" -> EP;
            case "Single" -> SINGLE;
            default -> OTHER;
        };
    }
}
