package starman.fixlist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import starman.atlas.ReleaseKind;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.TrackLists;
import starman.normalize.OwnMappings;
import starman.normalize.TextKeys;

/**
 * A recording of the artist's discography that a group's listens could be: a track of a release group's track list
 * whose detuned title is the group's.
 */
public record Candidate(String recordingMbid, String title, String releaseGroupMbid, String albumName, String date,
                        ReleaseKind kind) {
    public OwnMappings.Mapping mapping() {
        return new OwnMappings.Mapping(recordingMbid, releaseGroupMbid);
    }

    /** "Sound and Vision on Low (studio album, 1977)". */
    public String label() {
        return title + " on " + albumName + " (" + kind.noun + (date == null || date.length() < 4 ? "" : ", "
                + date.substring(0, 4)) + ")";
    }

    /**
     * The candidates of a group, each recording on each release group once: those on a release group named as the
     * group's release first, then studio albums, EPs, singles and the rest, each oldest first. Release groups whose
     * track list is not known yet offer none.
     */
    public static List<Candidate> of(FixList.Group group, List<ArtistReleaseGroup> discography, TrackLists lists) {
        List<Candidate> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (ArtistReleaseGroup g : discography) {
            List<TrackLists.Track> tracks = lists.tracks(g.mbid());
            if (tracks == null) {
                continue;
            }
            for (TrackLists.Track t : tracks) {
                String pair = t.recordingMbid() + " " + g.mbid();
                if (TextKeys.title(t.title()).equals(group.titleKey()) && !seen.contains(pair)) {
                    seen.add(pair);
                    found.add(new Candidate(t.recordingMbid(), t.title(), g.mbid(), g.name(), g.date(),
                            ReleaseKind.of(g.type(), g.secondaryTypes())));
                }
            }
        }
        String release = group.releaseKey();
        found.sort(Comparator.comparing((Candidate c) -> release.isEmpty() || !TextKeys.title(c.albumName()).equals(release))
                .thenComparing(Candidate::kind)
                .thenComparing(c -> c.date() == null ? "\uffff" : c.date())
                .thenComparing(c -> c.albumName() == null ? "" : c.albumName())
                .thenComparing(Candidate::recordingMbid));
        return List.copyOf(found);
    }
}
