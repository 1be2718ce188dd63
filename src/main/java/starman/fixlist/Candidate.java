package starman.fixlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        return finder(discography, lists).of(group);
    }

    /** The discography's tracks by detuned title, detuned once for all the groups. */
    public static Finder finder(List<ArtistReleaseGroup> discography, TrackLists lists) {
        Map<String, List<Candidate>> byTitle = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ArtistReleaseGroup g : discography) {
            List<TrackLists.Track> tracks = lists.tracks(g.mbid());
            if (tracks == null) {
                continue;
            }
            for (TrackLists.Track t : tracks) {
                if (seen.add(t.recordingMbid() + " " + g.mbid())) {
                    byTitle.computeIfAbsent(TextKeys.title(t.title()), k -> new ArrayList<>()).add(new Candidate(
                            t.recordingMbid(), t.title(), g.mbid(), g.name(), g.date(),
                            ReleaseKind.of(g.type(), g.secondaryTypes())));
                }
            }
        }
        return group -> {
            List<Candidate> found = new ArrayList<>(byTitle.getOrDefault(group.titleKey(), List.of()));
            String release = group.releaseKey();
            found.sort((a, b) -> {
                int c = Boolean.compare(otherRelease(a, release), otherRelease(b, release));
                c = c != 0 ? c : a.kind().compareTo(b.kind());
                c = c != 0 ? c : (a.date() == null ? "\uffff" : a.date())
                        .compareTo(b.date() == null ? "\uffff" : b.date());
                c = c != 0 ? c : (a.albumName() == null ? "" : a.albumName())
                        .compareTo(b.albumName() == null ? "" : b.albumName());
                return c != 0 ? c : a.recordingMbid().compareTo(b.recordingMbid());
            });
            return List.copyOf(found);
        };
    }

    /** Whether the candidate is not on the group's release ({@code release} its title key, "" when none). */
    private static boolean otherRelease(Candidate c, String release) {
        return release.isEmpty() || !TextKeys.title(c.albumName()).equals(release);
    }

    /** A group's candidates. */
    public interface Finder {
        List<Candidate> of(FixList.Group group);
    }
}
