package starman.atlas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.Periods;
import starman.metrics.RecordingLengths;
import starman.metrics.TrackLists;
import starman.metrics.Windows;
import starman.normalize.CanonicalKeys;
import starman.normalize.TextKeys;

/**
 * One artist's discography against the artist's listens: every release group by {@link ReleaseKind}, each ordered by
 * first release date, each track of its canonical track list heard or never heard. A listen plays a track when its
 * recording is the track's recording (on whichever release it was heard: a single's track is the album's recording),
 * or, for a listen without a recording MBID, when its album is the release group and its detuned title the track's.
 * One pass over the index's rows counts every track's plays, minutes (the listen's length, else the track's) and first
 * listen, and every album's front-to-back plays: its whole track list in order, listen after listen, in one session
 * (a gap of at most {@link Windows#SESSION_GAP_S} after each listen's end, as the album progress counts sessions).
 */
public final class Atlas {
    /** One track of a release group's track list. {@code firstListen} is unix seconds, -1 when never heard. */
    public record Track(int position, String recordingMbid, String title, long lengthMs, int plays, long playedMs,
                        long firstListen) {
        public boolean heard() {
            return plays > 0;
        }
    }

    /**
     * One release group; {@code tracks} is null while its track list is not known (not fetched yet, or ListenBrainz
     * has none). {@code heardMs} and {@code totalMs} add the lengths of its heard and of all its tracks of known length.
     */
    public record Album(String releaseGroupMbid, String name, String date, ReleaseKind kind, List<Track> tracks,
                        int heard, long heardMs, long totalMs, int plays, int frontToBack, long firstListen) {
        public boolean tracksKnown() {
            return tracks != null;
        }

        public int total() {
            return tracks == null ? 0 : tracks.size();
        }

        /** The share of its tracks heard, 0..1 (0 without a track list). */
        public double trackShare() {
            return total() == 0 ? 0 : heard / (double) total();
        }

        /** The share of its running time heard, 0..1 (0 when no length is known). */
        public double timeShare() {
            return totalMs == 0 ? 0 : heardMs / (double) totalMs;
        }

        /** The year of its first release, or "" when MusicBrainz has no date. */
        public String year() {
            return date == null || date.length() < 4 ? "" : date.substring(0, 4);
        }
    }

    /** The release groups of one kind, oldest first. */
    public record Section(ReleaseKind kind, List<Album> albums) {
    }

    /** A studio-album track never heard. */
    public record DeepCut(Album album, Track track) {
    }

    private final String artistMbid;
    private final Periods periods;
    private final List<Section> sections;
    private final int studioHeard;
    private final int studioTracks;
    private final List<DeepCut> deepCuts;

    private Atlas(String artistMbid, Periods periods, List<Section> sections) {
        this.artistMbid = artistMbid;
        this.periods = periods;
        this.sections = List.copyOf(sections);
        int heard = 0;
        int total = 0;
        List<DeepCut> cuts = new ArrayList<>();
        for (Section section : sections) {
            if (section.kind() != ReleaseKind.STUDIO_ALBUM) {
                continue;
            }
            for (Album album : section.albums()) {
                heard += album.heard();
                total += album.total();
                if (album.tracksKnown()) {
                    for (Track track : album.tracks()) {
                        if (!track.heard()) {
                            cuts.add(new DeepCut(album, track));
                        }
                    }
                }
            }
        }
        this.studioHeard = heard;
        this.studioTracks = total;
        this.deepCuts = List.copyOf(cuts);
    }

    public String artistMbid() {
        return artistMbid;
    }

    /** The local day (an epoch day, in the person's zone) of a unix time such as a first listen. */
    public int epochDay(long unixSeconds) {
        return periods.epochDay(unixSeconds);
    }

    /** The kinds that have release groups, in {@link ReleaseKind} order. */
    public List<Section> sections() {
        return sections;
    }

    /** Studio-album tracks heard at least once (of the albums whose track list is known). */
    public int studioHeard() {
        return studioHeard;
    }

    public int studioTracks() {
        return studioTracks;
    }

    /** "38 of 61 studio-album tracks heard at least once". */
    public String overall() {
        return studioHeard + " of " + studioTracks + " studio-album tracks heard at least once";
    }

    /** The studio-album tracks never heard, album by album in release order, each in track-list order. */
    public List<DeepCut> deepCuts() {
        return deepCuts;
    }

    /** The order within a section: first release date (undated last), then name. */
    static final Comparator<ArtistReleaseGroup> RELEASE_ORDER = (a, b) -> {
        int c = (a.date() == null ? "\uffff" : a.date()).compareTo(b.date() == null ? "\uffff" : b.date());
        c = c != 0 ? c : (a.name() == null ? "" : a.name()).compareTo(b.name() == null ? "" : b.name());
        return c != 0 ? c : a.mbid().compareTo(b.mbid());
    };

    /**
     * The atlas of these release groups (each MBID once; a repeat is left out) over the artist's index, with the
     * track lists and lengths known now. The caller holds the index's lock.
     */
    public static Atlas of(String artistMbid, List<ArtistReleaseGroup> releaseGroups, TrackLists trackLists,
            RecordingLengths lengths, ListenIndex index) {
        List<ArtistReleaseGroup> groups = distinct(releaseGroups);
        Counter counter = new Counter(groups, trackLists, lengths, index);
        counter.run(0, index.size());
        List<Section> sections = new ArrayList<>();
        for (ReleaseKind kind : ReleaseKind.values()) {
            List<Album> albums = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                ArtistReleaseGroup group = groups.get(g);
                if (ReleaseKind.of(group.type(), group.secondaryTypes()) == kind) {
                    albums.add(counter.album(g, kind));
                }
            }
            if (!albums.isEmpty()) {
                sections.add(new Section(kind, albums));
            }
        }
        return new Atlas(artistMbid, index.periods(), sections);
    }

    /** The release groups in {@link #RELEASE_ORDER}, each MBID once. */
    private static List<ArtistReleaseGroup> distinct(List<ArtistReleaseGroup> releaseGroups) {
        List<ArtistReleaseGroup> groups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ArtistReleaseGroup> sorted = new ArrayList<>(releaseGroups);
        sorted.sort(RELEASE_ORDER);
        for (ArtistReleaseGroup g : sorted) {
            if (seen.add(g.mbid())) {
                groups.add(g);
            }
        }
        return groups;
    }

    /**
     * One studio album with a known track list and its front-to-back plays that lie wholly within a row range.
     *
     * @param completedAt the row that completed each such play, ascending
     */
    public record FrontToBack(String releaseGroupMbid, String name, int tracks, int[] completedAt) {
        public boolean played() {
            return completedAt.length > 0;
        }
    }

    /**
     * The studio albums of the discography whose track list is known, in release order, each with its front-to-back
     * plays begun and completed within rows [lo, hi): the atlas's pass over those rows only. The caller holds the
     * index's lock.
     */
    public static List<FrontToBack> studioFrontToBack(List<ArtistReleaseGroup> releaseGroups, TrackLists trackLists,
                                                      ListenIndex index, int lo, int hi) {
        List<ArtistReleaseGroup> studio = new ArrayList<>();
        for (ArtistReleaseGroup g : releaseGroups) {
            List<TrackLists.Track> tracks = trackLists.tracks(g.mbid());
            if (ReleaseKind.of(g.type(), g.secondaryTypes()) == ReleaseKind.STUDIO_ALBUM && tracks != null
                    && !tracks.isEmpty()) {
                studio.add(g);
            }
        }
        List<ArtistReleaseGroup> groups = distinct(studio);
        Counter counter = new Counter(groups, trackLists, RecordingLengths.NONE, index);
        counter.run(lo, hi);
        List<FrontToBack> albums = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            albums.add(new FrontToBack(groups.get(g).mbid(), groups.get(g).name(), counter.lists[g].size(),
                    counter.completedAt(g)));
        }
        return albums;
    }

    /** The rows of the index that play any of the album's tracks: its number's listens in the drill-down. */
    public static DrillDown.Rows plays(Album album) {
        return plays(album.releaseGroupMbid(), album.tracksKnown() ? album.tracks() : List.of());
    }

    /** The rows of the index that play this track of the album. */
    public static DrillDown.Rows plays(Album album, Track track) {
        return plays(album.releaseGroupMbid(), List.of(track));
    }

    /**
     * The rows that play these tracks of a release group (see the class comment), worked out again at every pass of
     * the drill-down, as ids move when the index changes.
     */
    private static DrillDown.Rows plays(String releaseGroupMbid, List<Track> tracks) {
        return index -> {
            boolean[] recordings = new boolean[0];
            List<Long> titles = new ArrayList<>();
            int album = index.findAlbum(CanonicalKeys.mbidKey(releaseGroupMbid));
            for (Track track : tracks) {
                int recording = index.findRecording(CanonicalKeys.mbidKey(track.recordingMbid()));
                if (recording >= 0) {
                    recordings = recording < recordings.length ? recordings : Arrays.copyOf(recordings, recording + 1);
                    recordings[recording] = true;
                }
                int title = index.findTitle(TextKeys.title(track.title()));
                if (album >= 0 && title >= 0) {
                    titles.add((long) album << 32 | title);
                }
            }
            boolean[] byRecording = recordings;
            Unmapped unmapped = new Unmapped(index);
            return row -> {
                int recording = index.recordingId(row);
                if (recording < byRecording.length && byRecording[recording]) {
                    return true;
                }
                int rowAlbum = index.albumId(row);
                return rowAlbum >= 0 && !titles.isEmpty() && unmapped.test(recording)
                        && titles.contains((long) rowAlbum << 32 | index.titleId(row));
            };
        };
    }

    /** Whether a recording id's key is a text key (its listens have no recording MBID), remembered per id. */
    private static final class Unmapped {
        private final ListenIndex index;
        /** Per recording id: 0 not looked at, 1 an MBID key, 2 a text key. */
        private byte[] state = new byte[256];

        Unmapped(ListenIndex index) {
            this.index = index;
        }

        boolean test(int recording) {
            if (recording >= state.length) {
                state = Arrays.copyOf(state, Math.max(recording + 1, state.length * 2));
            }
            if (state[recording] == 0) {
                state[recording] = CanonicalKeys.mbidOf(index.recordingKey(recording)) == null ? (byte) 2 : (byte) 1;
            }
            return state[recording] == 2;
        }
    }

    /** The one pass over the rows. Slots are the tracks of all known track lists, numbered in order. */
    private static final class Counter {
        private final List<ArtistReleaseGroup> groups;
        private final ListenIndex index;
        private final List<TrackLists.Track>[] lists;
        private final long[][] lengthMs;
        /** The first slot of each group, and of the group after the last. */
        private final int[] firstSlot;
        private final int[] plays;
        private final long[] playedMs;
        private final long[] first;
        private final int[] frontToBack;
        /** Per group: the rows that completed its front-to-back plays, the first {@code frontToBack[g]} of each. */
        private final int[][] completedAt;
        /** Per recording id of the index: the first slot of that recording, then {@link #nextByRecording} of each. */
        private final int[] slotByRecording;
        private final int[] nextByRecording;
        /** Per (group << 32 | title id): the slots of that title in the group, for listens without a recording MBID. */
        private final Map<Long, int[]> slotsByTitle = new HashMap<>();
        /** Per canonical album id of the index: its group, or -1. */
        private final int[] groupOfAlbum;
        private final int[] groupOfSlot;

        @SuppressWarnings("unchecked")
        Counter(List<ArtistReleaseGroup> groups, TrackLists trackLists,
                RecordingLengths lengths, ListenIndex index) {
            this.groups = groups;
            this.index = index;
            int n = groups.size();
            lists = new List[n];
            lengthMs = new long[n][];
            firstSlot = new int[n + 1];
            for (int g = 0; g < n; g++) {
                lists[g] = trackLists.tracks(groups.get(g).mbid());
                int size = lists[g] == null ? 0 : lists[g].size();
                lengthMs[g] = new long[size];
                for (int k = 0; k < size; k++) {
                    lengthMs[g][k] = lengths.lengthMs(lists[g].get(k).recordingMbid());
                }
                firstSlot[g + 1] = firstSlot[g] + size;
            }
            int slots = firstSlot[n];
            groupOfSlot = new int[slots];
            for (int g = 0; g < n; g++) {
                Arrays.fill(groupOfSlot, firstSlot[g], firstSlot[g + 1], g);
            }
            plays = new int[slots];
            playedMs = new long[slots];
            first = new long[slots];
            Arrays.fill(first, -1);
            frontToBack = new int[n];
            completedAt = new int[n][];
            nextByRecording = new int[slots];
            int maxRecording = -1;
            int[] recordingOfSlot = new int[slots];
            for (int g = 0; g < n; g++) {
                for (int k = 0; k < lengthMs[g].length; k++) {
                    TrackLists.Track track = lists[g].get(k);
                    int slot = firstSlot[g] + k;
                    recordingOfSlot[slot] = index.findRecording(CanonicalKeys.mbidKey(track.recordingMbid()));
                    maxRecording = Math.max(maxRecording, recordingOfSlot[slot]);
                    int title = index.findTitle(TextKeys.title(track.title()));
                    if (title >= 0) {
                        long key = (long) g << 32 | title;
                        int[] had = slotsByTitle.get(key);
                        int[] now = had == null ? new int[1] : Arrays.copyOf(had, had.length + 1);
                        now[now.length - 1] = slot;
                        slotsByTitle.put(key, now);
                    }
                }
            }
            slotByRecording = new int[maxRecording + 1];
            Arrays.fill(slotByRecording, -1);
            for (int slot = slots - 1; slot >= 0; slot--) { // chains in slot order
                int r = recordingOfSlot[slot];
                nextByRecording[slot] = r < 0 ? -1 : slotByRecording[r];
                if (r >= 0) {
                    slotByRecording[r] = slot;
                }
            }
            groupOfAlbum = new int[index.albumCount()];
            Arrays.fill(groupOfAlbum, -1);
            for (int g = 0; g < n; g++) { // a look-up per group, not a walk of the index's albums
                int album = index.findAlbum(CanonicalKeys.mbidKey(groups.get(g).mbid()));
                if (album >= 0) {
                    groupOfAlbum[album] = g;
                }
            }
        }

        /** The pass over rows [lo, hi): a front-to-back play counts only when begun and completed within them. */
        void run(int lo, int hi) {
            int n = groups.size();
            // per group: the runs in progress (each the number of its tracks played so far) and the row that continued them
            int[][] runs = new int[n][];
            int[] runCount = new int[n];
            int[] lastRow = new int[n];
            Arrays.fill(lastRow, -2);
            for (int g = 0; g < n; g++) {
                runs[g] = new int[2];
            }
            int[] hits = new int[16];
            Unmapped unmapped = new Unmapped(index);
            long previousEnd = Long.MIN_VALUE;
            for (int row = lo; row < hi; row++) {
                long t = index.timestamp(row);
                int ms = index.durationMs(row);
                boolean sameSession = row > lo && t - previousEnd <= Windows.SESSION_GAP_S;
                previousEnd = t + (ms > 0 ? ms / 1000 : 0);
                int hitCount = 0;
                int recording = index.recordingId(row);
                if (recording < slotByRecording.length) {
                    for (int slot = slotByRecording[recording]; slot >= 0; slot = nextByRecording[slot]) {
                        hits = add(hits, hitCount++, slot);
                    }
                }
                if (!slotsByTitle.isEmpty() && unmapped.test(recording)) {
                    int album = index.albumId(row);
                    int g = album < 0 ? -1 : groupOfAlbum[album];
                    int[] slots = g < 0 ? null : slotsByTitle.get((long) g << 32 | index.titleId(row));
                    if (slots != null) {
                        for (int slot : slots) {
                            hits = add(hits, hitCount++, slot);
                        }
                    }
                }
                for (int i = 0; i < hitCount; i++) {
                    int slot = hits[i];
                    plays[slot]++;
                    int g = groupOfSlot[slot];
                    long length = lengthMs[g][slot - firstSlot[g]];
                    playedMs[slot] += ms >= 0 ? ms : Math.max(length, 0);
                    if (first[slot] < 0) {
                        first[slot] = t;
                    }
                }
                // slots are in group order, so a group's hits are adjacent: advance its runs once per row
                for (int i = 0; i < hitCount; ) {
                    int g = groupOfSlot[hits[i]];
                    int j = i;
                    while (j < hitCount && groupOfSlot[hits[j]] == g) {
                        j++;
                    }
                    advance(g, row, i, j, hits, runs, runCount, lastRow[g] == row - 1 && sameSession);
                    lastRow[g] = row;
                    i = j;
                }
            }
        }

        /**
         * Moves group g's runs on by this row's hits [from, to) of it (a run that this row does not continue ends), and
         * starts one when it plays the first track; a run that reaches the last track is a front-to-back play.
         */
        private void advance(int g, int row, int from, int to, int[] hits, int[][] runs, int[] runCount,
                             boolean continues) {
            int length = firstSlot[g + 1] - firstSlot[g];
            int[] run = runs[g];
            int kept = 0;
            for (int r = 0; continues && r < runCount[g]; r++) {
                if (hitsPosition(hits, from, to, firstSlot[g] + run[r])) {
                    int played = run[r] + 1;
                    if (played == length) {
                        completed(g, row);
                    } else {
                        run[kept++] = played;
                    }
                }
            }
            if (hitsPosition(hits, from, to, firstSlot[g])) {
                if (length == 1) {
                    completed(g, row);
                } else {
                    if (kept == run.length) {
                        run = Arrays.copyOf(run, run.length * 2);
                        runs[g] = run;
                    }
                    run[kept++] = 1;
                }
            }
            runCount[g] = kept;
        }

        private void completed(int g, int row) {
            int[] rows = completedAt[g] == null ? new int[2] : completedAt[g];
            if (frontToBack[g] == rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[frontToBack[g]++] = row;
            completedAt[g] = rows;
        }

        int[] completedAt(int g) {
            return completedAt[g] == null ? new int[0] : Arrays.copyOf(completedAt[g], frontToBack[g]);
        }

        private static boolean hitsPosition(int[] hits, int from, int to, int slot) {
            for (int i = from; i < to; i++) {
                if (hits[i] == slot) {
                    return true;
                }
            }
            return false;
        }

        private static int[] add(int[] hits, int at, int slot) {
            int[] room = at < hits.length ? hits : Arrays.copyOf(hits, hits.length * 2);
            room[at] = slot;
            return room;
        }

        Album album(int g, ReleaseKind kind) {
            ArtistReleaseGroup group = groups.get(g);
            if (lists[g] == null) {
                return new Album(group.mbid(), group.name(), group.date(), kind, null, 0, 0, 0, 0, 0, -1);
            }
            List<Track> tracks = new ArrayList<>();
            int heard = 0;
            long heardMs = 0;
            long totalMs = 0;
            int albumPlays = 0;
            long albumFirst = -1;
            for (int k = 0; k < lists[g].size(); k++) {
                int slot = firstSlot[g] + k;
                TrackLists.Track t = lists[g].get(k);
                long length = lengthMs[g][k];
                tracks.add(new Track(k + 1, t.recordingMbid(), t.title(), length, plays[slot], playedMs[slot],
                        first[slot]));
                totalMs += Math.max(length, 0);
                albumPlays += plays[slot];
                if (plays[slot] > 0) {
                    heard++;
                    heardMs += Math.max(length, 0);
                    albumFirst = albumFirst < 0 ? first[slot] : Math.min(albumFirst, first[slot]);
                }
            }
            return new Album(group.mbid(), group.name(), group.date(), kind, List.copyOf(tracks), heard, heardMs,
                    totalMs, albumPlays, frontToBack[g], albumFirst);
        }
    }
}
