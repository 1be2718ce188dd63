package starman.fixlist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.normalize.OwnMappings;

/**
 * The chosen artist's listens to fix, grouped by submitted text (artist, title and release, each detuned; see
 * {@link OwnMappings#key}), biggest group first: listens the index counts without a recording MBID (neither
 * ListenBrainz's mapping nor the player gave one), and listens ListenBrainz mapped to another artist while the credit
 * names ours (the index leaves those out). Groups the person mapped already are listed apart, to undo. One pass over
 * the stored rows; each distinct track is judged once.
 */
public final class FixList {
    /** Why a listen is on the list. */
    public enum Why {
        UNMAPPED, OTHER_ARTIST, MAPPED_BY_YOU
    }

    /** One group: its listens' keys sorted by time, the spelling most of them carry, the tracks it holds. */
    public static final class Group {
        private final String key;
        private final Why why;
        private final String artist;
        private final String title;
        private final String release;
        private final long[] at;
        private final long[] msidHashes;
        private final int counted;
        private final int[] tracks;
        private final String otherArtist;

        Group(String key, Why why, String[] spelling, long[] at, long[] msidHashes, int counted, int[] tracks,
              String otherArtist) {
            this.key = key;
            this.why = why;
            this.artist = spelling[0];
            this.title = spelling[1];
            this.release = spelling[2];
            this.at = at;
            this.msidHashes = msidHashes;
            this.counted = counted;
            this.tracks = tracks;
            this.otherArtist = otherArtist;
        }

        /** The submitted-text key a mapping of the group is kept under. */
        public String key() {
            return key;
        }

        /** {@link Why#OTHER_ARTIST} when any of its listens is mapped to another artist; mapped by you over both. */
        public Why why() {
            return why;
        }

        public String artist() {
            return artist;
        }

        public String title() {
            return title;
        }

        /** The release as submitted, or null when none was. */
        public String release() {
            return release;
        }

        public int listens() {
            return at.length;
        }

        /** How many of its listens the index counts now (those mapped to another artist it does not). */
        public int counted() {
            return counted;
        }

        /** The artist ListenBrainz mapped some of its listens to, or null. */
        public String otherArtist() {
            return otherArtist;
        }

        /** Its detuned title, as a track list's titles are matched. */
        public String titleKey() {
            return key.substring(key.indexOf('|') + 1, key.lastIndexOf('|'));
        }

        /** Its detuned release ("" when none). */
        public String releaseKey() {
            return key.substring(key.lastIndexOf('|') + 1);
        }

        /** The store's track numbers of its listens, each once. */
        public int[] tracks() {
            return tracks.clone();
        }

        /** Its listens' times (unix seconds, ascending) and msid hashes, by position: what the store reads them by. */
        public long[] listenedAt() {
            return at.clone();
        }

        public long[] msidHashes() {
            return msidHashes.clone();
        }

        /** Whether the listen (listened_at, msid hash) is one of the group's. */
        public boolean contains(long listenedAt, long msidHash) {
            int lo = 0;
            int hi = at.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (at[mid] < listenedAt) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < at.length && at[i] == listenedAt; i++) {
                if (msidHashes[i] == msidHash) {
                    return true;
                }
            }
            return false;
        }

        /** The index's rows of its listens (those it counts), as the drill-down reads them. */
        public DrillDown.Rows rows() {
            return index -> row -> contains(index.timestamp(row), index.msidHash(row));
        }

        /** The text album key of its release, or null when none was submitted. */
        String releaseTextKey() {
            return releaseKey().isEmpty() ? null : CanonicalKeys.textKey(key.substring(0, key.indexOf('|')), releaseKey());
        }

        /** Its index rows, ascending. */
        int[] rowsIn(ListenIndex index) {
            int[] rows = new int[at.length];
            int n = 0;
            for (int i = 0; i < at.length; i++) {
                int row = index.rowsBefore(at[i], msidHashes[i]);
                if (row < index.size() && index.timestamp(row) == at[i] && index.msidHash(row) == msidHashes[i]) {
                    rows[n++] = row;
                }
            }
            rows = Arrays.copyOf(rows, n);
            Arrays.sort(rows);
            return rows;
        }
    }

    private final List<Group> toFix;
    private final List<Group> mapped;

    private FixList(List<Group> toFix, List<Group> mapped) {
        this.toFix = List.copyOf(toFix);
        this.mapped = List.copyOf(mapped);
    }

    /** The groups still to fix, most listens first (then by key). */
    public List<Group> groups() {
        return toFix;
    }

    /** The groups the person mapped, most listens first: each can be undone. */
    public List<Group> mappedByYou() {
        return mapped;
    }

    /** The group of this key, to fix or mapped, or null. */
    public Group group(String key) {
        for (Group g : toFix) {
            if (g.key().equals(key)) {
                return g;
            }
        }
        for (Group g : mapped) {
            if (g.key().equals(key)) {
                return g;
            }
        }
        return null;
    }

    /** Per track number: not looked at yet, or not listed; else the {@link Why} ordinal + 2. */
    private static final byte UNSEEN = 0;
    private static final byte NOT_LISTED = 1;

    /** The artist's listens to fix among the stored rows, by the artist filter and normaliser the index uses. */
    public static FixList of(ArtistFilter artist, Normalizer normalizer, StoredRows stored) {
        Map<String, Building> byKey = new HashMap<>();
        List<Building> building = new ArrayList<>();
        byte[][] kind = {new byte[1024]};
        Building[][] of = {new Building[1024]};
        stored.forEachRow((listenedAt, msidHash, track) -> {
            if (track >= kind[0].length) {
                int size = Math.max(track + 1, kind[0].length * 2);
                kind[0] = Arrays.copyOf(kind[0], size);
                of[0] = Arrays.copyOf(of[0], size);
            }
            byte k = kind[0][track];
            if (k == UNSEEN) {
                TrackMetadata t = stored.track(track);
                Why why = why(artist, normalizer, t);
                k = why == null ? NOT_LISTED : (byte) (why.ordinal() + 2);
                kind[0][track] = k;
                if (why != null) {
                    Building b = byKey.computeIfAbsent(OwnMappings.key(t), key -> {
                        Building made = new Building(key);
                        building.add(made);
                        return made;
                    });
                    b.addTrack(track, t, why);
                    of[0][track] = b;
                }
            }
            if (k != NOT_LISTED) {
                of[0][track].add(listenedAt, msidHash, track, k - 2 != Why.OTHER_ARTIST.ordinal());
            }
        });
        List<Group> toFix = new ArrayList<>();
        List<Group> mapped = new ArrayList<>();
        for (Building b : building) {
            Group g = b.group();
            (g.why() == Why.MAPPED_BY_YOU ? mapped : toFix).add(g);
        }
        Comparator<Group> order = (a, b) -> a.listens() != b.listens() ? Integer.compare(b.listens(), a.listens())
                : a.key().compareTo(b.key());
        toFix.sort(order);
        mapped.sort(order);
        return new FixList(toFix, mapped);
    }

    /** Why a track's listens are listed, or null when they are not. */
    static Why why(ArtistFilter artist, Normalizer normalizer, TrackMetadata t) {
        Why why;
        if (artist.matches(t)) {
            why = Normalizer.namesRecording(t) ? null : Why.UNMAPPED;
        } else {
            MbidMapping m = t.mbidMapping();
            boolean mappedElsewhere = artist.mbid() != null && m != null && !m.artistMbids().isEmpty();
            why = mappedElsewhere && artist.namedIn(t) ? Why.OTHER_ARTIST : null;
        }
        return why != null && normalizer.ownMapping(t) != null ? Why.MAPPED_BY_YOU : why;
    }

    /** A group as the pass finds it. */
    private static final class Building {
        final String key;
        long[] at = new long[8];
        long[] hashes = new long[8];
        int size;
        int counted;
        final List<Integer> tracks = new ArrayList<>();
        final Map<Integer, Integer> listensOfTrack = new HashMap<>();
        final List<TrackMetadata> metadata = new ArrayList<>();
        Why why = Why.UNMAPPED;
        String otherArtist;

        Building(String key) {
            this.key = key;
        }

        void addTrack(int track, TrackMetadata t, Why trackWhy) {
            tracks.add(track);
            metadata.add(t);
            if (trackWhy == Why.MAPPED_BY_YOU || why != Why.MAPPED_BY_YOU && trackWhy == Why.OTHER_ARTIST) {
                why = trackWhy;
            }
            if (trackWhy == Why.OTHER_ARTIST && otherArtist == null) {
                otherArtist = credit(t.mbidMapping());
            }
        }

        void add(long listenedAt, long msidHash, int track, boolean countedNow) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            at[size] = listenedAt;
            hashes[size] = msidHash;
            size++;
            counted += countedNow ? 1 : 0;
            listensOfTrack.merge(track, 1, Integer::sum);
        }

        private static String credit(MbidMapping m) {
            StringBuilder name = new StringBuilder();
            for (MbidMapping.MappedArtist a : m.artists()) {
                name.append(a.artistCreditName()).append(a.joinPhrase() == null ? "" : a.joinPhrase());
            }
            return name.length() == 0 ? null : name.toString();
        }

        Group group() {
            // the spelling most listens carry; a tie goes to the alphabetically first
            Map<String, Integer> spellings = new HashMap<>();
            Map<String, String[]> parts = new HashMap<>();
            for (int i = 0; i < tracks.size(); i++) {
                TrackMetadata t = metadata.get(i);
                String[] p = {t.artistName(), t.trackName(), t.releaseName()};
                String s = p[0] + "\u0000" + p[1] + "\u0000" + p[2];
                spellings.merge(s, listensOfTrack.get(tracks.get(i)), Integer::sum);
                parts.putIfAbsent(s, p);
            }
            String best = null;
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                int c = best == null ? 1 : Integer.compare(e.getValue(), spellings.get(best));
                if (c > 0 || c == 0 && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                }
            }
            long[] t = Arrays.copyOf(at, size);
            long[] h = Arrays.copyOf(hashes, size);
            Integer[] byTime = new Integer[size];
            for (int i = 0; i < size; i++) {
                byTime[i] = i;
            }
            Arrays.sort(byTime, (a, b) -> t[a] != t[b] ? Long.compare(t[a], t[b]) : Long.compare(h[a], h[b]));
            long[] sortedAt = new long[size];
            long[] sortedHash = new long[size];
            for (int i = 0; i < size; i++) {
                sortedAt[i] = t[byTime[i]];
                sortedHash[i] = h[byTime[i]];
            }
            int[] trackNumbers = new int[tracks.size()];
            for (int i = 0; i < trackNumbers.length; i++) {
                trackNumbers[i] = tracks.get(i);
            }
            return new Group(key, why, parts.get(best), sortedAt, sortedHash, counted, trackNumbers, otherArtist);
        }
    }
}
