package starman.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;

/**
 * Which listens belong to the chosen artist: by artist MBID when the listen carries any (mapping first,
 * then what the player sent), else by the folded name of any artist in the credit.
 */
public final class ArtistFilter {
    public static final ArtistFilter DAVID_BOWIE = new ArtistFilter("David Bowie", "5441c29d-3602-4898-b1a1-b77fa23b8e50");

    private final String name;
    private final String mbid;
    /** The name as the credit's artists are compared with it, folded once (every new track asks). */
    private final String folded;

    /** @param mbid may be null: then only names are compared */
    public ArtistFilter(String name, String mbid) {
        this.name = name;
        this.mbid = mbid;
        this.folded = TextKeys.fold(name);
    }

    public String name() {
        return name;
    }

    public String mbid() {
        return mbid;
    }

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
        return namedIn(t) ? Match.NAME : null;
    }

    /** Whether an artist of the submitted credit has this artist's name, whatever the MBIDs say. */
    public boolean namedIn(TrackMetadata t) {
        String credit = t.artistName();
        // each artist's folded name is a piece of the whole credit's, so most credits are ruled out without a split
        if (credit == null || !TextKeys.fold(credit.toLowerCase(Locale.ROOT)).contains(folded)) {
            return false;
        }
        for (String artist : TextKeys.artists(credit)) {
            if (artist.equals(folded)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArtistFilter a && name.equals(a.name) && Objects.equals(mbid, a.mbid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mbid);
    }

    @Override
    public String toString() {
        return "ArtistFilter[name=" + name + ", mbid=" + mbid + "]";
    }

    /** The rule {@link #match} applied. */
    public enum Match {
        MAPPED_MBID("artist MBID from ListenBrainz's mbid_mapping"),
        SUBMITTED_MBID("artist MBID submitted by the player"),
        NAME("artist name in the credit"),
        /** Kept last: a store's facts hold the ordinal. */
        OWN_MAPPING("your own mapping of a listen whose credit names the artist");

        public final String description;

        Match(String description) {
            this.description = description;
        }
    }
}
