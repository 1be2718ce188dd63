package starman.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import starman.atlas.Discographies;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListenBrainzException;
import starman.time.Clock;

/**
 * The atlas's part of the metadata lane: an artist's release groups ({@code /1/metadata/artist/?inc=release_group})
 * at most once every {@link Discographies#REFRESH_MILLIS}, then the track lists of those the metadata cache lacks,
 * through the same polite client. A server without the artist endpoint (404) counts as an answer without a
 * discography, asked again a week later, and leaves the rest of the metadata lane alone.
 */
public final class DiscographySync {
    private final ListenBrainzClient api;
    private final Discographies discographies;
    private final MetadataSync metadata;
    private final Clock clock;

    public DiscographySync(ListenBrainzClient api, Discographies discographies, MetadataSync metadata, Clock clock) {
        this.api = api;
        this.discographies = discographies;
        this.metadata = metadata;
        this.clock = clock;
    }

    /** Fetches what the artist's atlas lacks; returns whether anything arrived (the caches then need saving). */
    public boolean run(String artistMbid) throws IOException {
        boolean arrived = false;
        if (discographies.isDue(artistMbid, clock.nowMillis())) {
            List<ArtistReleaseGroup> groups;
            try {
                groups = api.artistReleaseGroups(artistMbid);
            } catch (ListenBrainzException e) {
                if (e.kind() != ListenBrainzException.Kind.NOT_OFFERED) {
                    throw e;
                }
                groups = null;
            }
            discographies.put(artistMbid, groups, clock.nowMillis());
            arrived = true;
        }
        List<ArtistReleaseGroup> groups = discographies.get(artistMbid).groups();
        if (groups != null) {
            List<String> mbids = new ArrayList<>();
            for (ArtistReleaseGroup g : groups) {
                mbids.add(g.mbid());
            }
            arrived |= metadata.fetchTrackLists(mbids);
        }
        return arrived;
    }
}
