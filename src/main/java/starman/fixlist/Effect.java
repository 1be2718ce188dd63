package starman.fixlist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import starman.atlas.Atlas;
import starman.atlas.ReleaseKind;
import starman.metrics.ListenIndex;
import starman.normalize.CanonicalKeys;
import starman.normalize.TextKeys;
import starman.text.Format;

/**
 * How the all-time numbers would change once a group's listens are mapped to a candidate: they take its recording and
 * its release group (and those ListenBrainz mapped to another artist start to count), and when their release's album
 * has no release group yet, the other listens of that album join the candidate's (the mapped listens name it as an
 * alias, as {@link starman.normalize.AlbumClusters} groups them), where their titles can meet its track list. Worked
 * out from the index and the atlas as they are; an album that has another release group already keeps it here.
 *
 * @param albumName the candidate's release group, whose completion {@code albumHeard*} counts (of its atlas track list;
 *                  {@code albumTracks} 0 when the atlas does not know it)
 */
public record Effect(int songsBefore, int songsAfter, int albumsBefore, int albumsAfter, int tracksBefore,
                     int tracksAfter, int studioHeardBefore, int studioHeardAfter, int studioTracks, String albumName,
                     int albumHeardBefore, int albumHeardAfter, int albumTracks) {

    /** The change, plainly: one sentence per number. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(change("All-time songs", songsBefore, songsAfter,
                songsAfter > songsBefore ? " (listens mapped to another artist are not counted now)" : ""));
        lines.add(change("All-time albums", albumsBefore, albumsAfter, ""));
        lines.add(change("Distinct tracks", tracksBefore, tracksAfter, ""));
        if (studioTracks > 0) {
            lines.add("Atlas: " + (studioHeardBefore == studioHeardAfter ? "stays at " + studioHeardBefore
                    : studioHeardBefore + " -> " + studioHeardAfter) + " of " + studioTracks
                    + " studio-album tracks heard.");
        }
        if (albumTracks > 0) {
            lines.add(albumName + ": " + (albumHeardBefore == albumHeardAfter ? "stays at " + albumHeardBefore
                    : albumHeardBefore + " -> " + albumHeardAfter) + " of " + Format.count(albumTracks, "track", "tracks")
                    + " heard.");
        }
        return lines;
    }

    private static String change(String what, int before, int after, String why) {
        return before == after ? what + " stay at " + Format.count(before) + "."
                : what + ": " + Format.count(before) + " -> " + Format.count(after) + why + ".";
    }

    /**
     * The effect of mapping {@code group} to {@code candidate} over the index and its atlas (null: no discography; then
     * the atlas figures are 0). The caller holds the index's lock.
     */
    public static Effect of(FixList.Group group, Candidate candidate, ListenIndex index, Atlas atlas) {
        int[] rows = group.rowsIn(index);
        int notCounted = group.listens() - rows.length;
        int size = index.size();

        // albums: the canonical albums' listens with the group's moved to the candidate's release group
        int[] perAlbum = index.songsPerAlbum();
        int albumsBefore = positive(perAlbum);
        for (int row : rows) {
            int a = index.albumId(row);
            if (a >= 0) {
                perAlbum[a]--;
            }
        }
        int joining = joiningAlbum(group, index);
        // the titles of the joining album's other listens without a recording MBID: they may meet the track list
        Set<Integer> joiningTitles = new HashSet<>();
        if (joining >= 0) {
            for (int row = 0; row < size; row++) {
                if (index.albumId(row) == joining && Arrays.binarySearch(rows, row) < 0) {
                    perAlbum[joining]--;
                    if (CanonicalKeys.mbidOf(index.recordingKey(index.recordingId(row))) == null) {
                        joiningTitles.add(index.titleId(row));
                    }
                }
            }
        }
        int target = index.findAlbum(CanonicalKeys.mbidKey(candidate.releaseGroupMbid()));
        int albumsAfter = positive(perAlbum) + (target >= 0 && perAlbum[target] > 0 ? 0 : 1);

        // distinct recordings, the same way
        int[] perRecording = new int[16];
        for (int row = 0; row < size; row++) {
            int r = index.recordingId(row);
            if (r >= perRecording.length) {
                perRecording = Arrays.copyOf(perRecording, Math.max(r + 1, perRecording.length * 2));
            }
            perRecording[r]++;
        }
        int tracksBefore = positive(perRecording);
        for (int row : rows) {
            perRecording[index.recordingId(row)]--;
        }
        int recording = index.findRecording(CanonicalKeys.mbidKey(candidate.recordingMbid()));
        int tracksAfter = positive(perRecording)
                + (recording >= 0 && recording < perRecording.length && perRecording[recording] > 0 ? 0 : 1);

        int studioBefore = 0;
        int studioAfter = 0;
        int studioTracks = 0;
        int albumBefore = 0;
        int albumAfter = 0;
        int albumTracks = 0;
        String albumName = candidate.albumName();
        if (atlas != null) {
            for (Atlas.Section section : atlas.sections()) {
                for (Atlas.Album album : section.albums()) {
                    boolean studio = section.kind() == ReleaseKind.STUDIO_ALBUM;
                    boolean chosen = album.releaseGroupMbid().equals(candidate.releaseGroupMbid());
                    if (!album.tracksKnown() || !studio && !chosen) {
                        continue;
                    }
                    for (Atlas.Track track : album.tracks()) {
                        boolean before = track.heard();
                        boolean after = heardAfter(track, album, rows, index, candidate)
                                || chosen && joiningTitles.contains(index.findTitle(TextKeys.title(track.title())));
                        if (studio) {
                            studioTracks++;
                            studioBefore += before ? 1 : 0;
                            studioAfter += after ? 1 : 0;
                        }
                        if (chosen) {
                            albumTracks++;
                            albumBefore += before ? 1 : 0;
                            albumAfter += after ? 1 : 0;
                            albumName = album.name();
                        }
                    }
                }
            }
        }
        return new Effect(size, size + notCounted, albumsBefore, albumsAfter, tracksBefore, tracksAfter, studioBefore,
                studioAfter, studioTracks, albumName, albumBefore, albumAfter, albumTracks);
    }

    /** A track is heard after the mapping when it is the candidate's recording, or some of its plays are not the group's. */
    private static boolean heardAfter(Atlas.Track track, Atlas.Album album, int[] rows, ListenIndex index,
            Candidate candidate) {
        if (track.recordingMbid().equals(candidate.recordingMbid())) {
            return true;
        }
        if (!track.heard()) {
            return false;
        }
        IntPredicate plays = Atlas.plays(album, track).counting(index);
        int ofGroup = 0;
        for (int row : rows) {
            ofGroup += plays.test(row) ? 1 : 0;
        }
        return ofGroup < track.plays();
    }

    /**
     * The canonical album (a text key's) whose other listens join the candidate's release group once the group is
     * mapped, or -1 when the group names no release or its album has a release group already.
     */
    private static int joiningAlbum(FixList.Group group, ListenIndex index) {
        String text = group.releaseTextKey();
        int raw = text == null ? -1 : index.findAlbum(text);
        int canonical = raw < 0 ? -1 : index.canonicalAlbum(raw);
        return canonical >= 0 && CanonicalKeys.mbidOf(index.albumKey(canonical)) == null ? canonical : -1;
    }

    private static int positive(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c > 0 ? 1 : 0;
        }
        return n;
    }
}
