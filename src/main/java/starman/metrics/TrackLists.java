package starman.metrics;

import java.util.List;

/** Port: the canonical track list of a release group ({@code /1/metadata/release_group/?inc=recording}). */
public interface TrackLists {
    /** The tracks, or null when not (yet) known. */
    List<Track> tracks(String releaseGroupMbid);

    TrackLists NONE = mbid -> null;

    record Track(String recordingMbid, String title) {
    }
}
