package starman.musicbrainz;

import java.util.List;

/** A recording as MusicBrainz's browse gives it with {@code inc=work-rels}: the works it performs, in its order. */
public record BrowsedRecording(String mbid, String title, List<Performance> performances) {
    public BrowsedRecording {
        performances = List.copyOf(performances);
    }
}
