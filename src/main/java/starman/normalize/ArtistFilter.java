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
        List<String> mbids = artistMbids(t);
        if (mbid != null && !mbids.isEmpty()) {
            return mbids.contains(mbid);
        }
        String wanted = TextKeys.fold(name);
        for (String artist : TextKeys.artists(t.artistName())) {
            if (artist.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> artistMbids(TrackMetadata t) {
        MbidMapping m = t.mbidMapping();
        return m != null && !m.artistMbids().isEmpty() ? m.artistMbids() : t.additionalInfo().artistMbids();
    }
}
