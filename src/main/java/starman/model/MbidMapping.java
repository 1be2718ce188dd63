package starman.model;

import java.util.List;

/** ListenBrainz's mapping of a listen to MusicBrainz; absent until its mapper matched the listen. */
public record MbidMapping(String recordingMbid, String recordingName, String releaseMbid, String releaseGroupMbid,
                          List<String> artistMbids, List<MappedArtist> artists, Long caaId, String caaReleaseMbid) {

    public MbidMapping {
        artistMbids = artistMbids == null ? List.of() : List.copyOf(artistMbids);
        artists = artists == null ? List.of() : List.copyOf(artists);
    }

    /**
     * The Cover Art Archive's front image of the mapped release at a thumbnail size (250, 500 or 1200 px),
     * or null when ListenBrainz named no cover.
     */
    public String coverUrl(int size) {
        return caaId == null || caaReleaseMbid == null ? null
                : "https://coverartarchive.org/release/" + caaReleaseMbid + "/" + caaId + "-" + size + ".jpg";
    }

    public record MappedArtist(String artistMbid, String artistCreditName, String joinPhrase) {
    }
}
