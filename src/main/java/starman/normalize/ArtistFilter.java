package starman.normalize;

import java.util.List;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;

/**
 * Which listens belong to the chosen artist: by artist MBID when the listen carries any (mapping first,
 * then what the player sent), else by the folded name of any artist in the credit.
 *
 * @param mbid may be null: then only names are compared
 */
public record ArtistFilter(String name, String mbid) {
    public static final ArtistFilter DAVID_BOWIE = new ArtistFilter("David Bowie", "5441c29d-3602-4898-b1a1-b77fa23b8e50");

    /** The filter for an artist given by name; Bowie gets his MBID, anyone else matches by name. */
    public static ArtistFilter byName(String name) {
        return TextKeys.fold(name).equals(TextKeys.fold(DAVID_BOWIE.name)) ? DAVID_BOWIE : new ArtistFilter(name, null);
    }

    public boolean matches(TrackMetadata t) {
        return match(t) != null;
    }

    /** How a listen was found to be this artist's, or null when it is not. */
    public Match match(TrackMetadata t) {
        MbidMapping m = t.mbidMapping();
        boolean mapped = m != null && !m.artistMbids().isEmpty();
        List<String> mbids = mapped ? m.artistMbids() : t.additionalInfo().artistMbids();
        if (mbid != null && !mbids.isEmpty()) {
            return !mbids.contains(mbid) ? null : mapped ? Match.MAPPED_MBID : Match.SUBMITTED_MBID;
        }
        String wanted = TextKeys.fold(name);
        for (String artist : TextKeys.artists(t.artistName())) {
            if (artist.equals(wanted)) {
                return Match.NAME;
            }
        }
        return null;
    }

    /** The rule {@link #match} applied. */
    public enum Match {
        MAPPED_MBID("artist MBID from ListenBrainz's mbid_mapping"),
        SUBMITTED_MBID("artist MBID submitted by the player"),
        NAME("artist name in the credit");

        public final String description;

        Match(String description) {
            this.description = description;
        }
    }
}
