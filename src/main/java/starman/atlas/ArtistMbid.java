package starman.atlas;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;

/** Which MusicBrainz artist the atlas asks ListenBrainz about. */
public final class ArtistMbid {
    private ArtistMbid() {
    }

    /** What the atlas says when {@link #of} finds none. */
    public static String needed(ArtistFilter artist) {
        return "The atlas needs " + artist.name() + "'s MusicBrainz artist ID to ask ListenBrainz for the"
                + " discography, and none of the stored listens of " + artist.name() + " is mapped by ListenBrainz"
                + " yet. Enter the ID (the UUID in the artist's musicbrainz.org address) as the artist in Settings,"
                + " or wait until ListenBrainz has mapped the listens.";
    }

    /**
     * The filter's own MBID when it has one; else the artist MBID most common among the ListenBrainz-mapped tracks
     * the filter matches (each distinct track once, read only then; a tie goes to the smaller MBID), or null when none is mapped.
     */
    public static String of(ArtistFilter artist, Supplier<? extends Collection<TrackMetadata>> tracks) {
        if (artist.mbid() != null) {
            return artist.mbid();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (TrackMetadata track : tracks.get()) {
            MbidMapping mapping = track.mbidMapping();
            if (mapping != null && artist.matches(track)) {
                for (String mbid : mapping.artistMbids()) {
                    counts.merge(mbid, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
