package starman.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.model.TrackMetadata;
import starman.normalize.AlbumClusters;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.KeyRule;
import starman.normalize.Normalizer;
import starman.normalize.TextKeys;
import starman.random.SplitMix64;

/**
 * The chosen artist's listens as columns (parallel primitive arrays sorted by time, keys interned), so a
 * million listens cost a few tens of bytes each and no object apiece. Listens of other artists are not
 * kept. Appends are O(1) amortised; a late listen is inserted in place and a removal closes the gap
 * (both O(n) array moves, rare). Adding a listen whose key is already present replaces it, which is how
 * a mapping that arrived later updates the keys. Not thread-safe.
 */
public final class ListenIndex {
    /** Marks a listen by another artist; compared by identity. */
    private static final CanonicalKeys NOT_BY_ARTIST = new CanonicalKeys(null, KeyRule.NONE, null, KeyRule.NONE,
            null, null);

    private final Normalizer normalizer;
    private final ArtistFilter artist;
    private final Periods periods;
    private final RecordingLengths lengths;

    private final Dictionary recordings = new Dictionary();
    private final Dictionary titles = new Dictionary();
    private final Dictionary albums = new Dictionary();
    /**
     * Per album id: the release name of its earliest listen (by time, then msid hash), so the name does not
     * depend on the order listens arrive in; with that listen's time and hash.
     */
    private final List<String> albumNames = new ArrayList<>();
    private long[] namedAt = new long[16];
    private long[] namedHash = new long[16];

    private int size;
    private long[] timestamp = new long[16];
    /** A 64-bit hash of the recording_msid: with the timestamp it identifies a listen. */
    private long[] msidHash = new long[16];
    private int[] recording = new int[16];
    private int[] title = new int[16];
    /** Album id or -1 when the listen names no release. */
    private int[] album = new int[16];
    /** For a listen with an MBID album key: the album id of its release name's text key (an alias), else -1. */
    private int[] alias = new int[16];
    /** Known duration or -1. */
    private int[] durationMs = new int[16];
    /** Local date in the user's zone, as an epoch day. */
    private int[] day = new int[16];

    private long totalKnownMs;
    private int totalUnknown;
    private int[] albumRefs = new int[16];
    /** Live listens per alias pair (text album id << 32 | MBID album id). */
    private final Map<Long, Integer> aliasRefs = new HashMap<>();

    /** Album id to the id of its canonical album (see AlbumClusters); stale after new albums or aliases. */
    private int[] canonical = new int[0];
    private boolean aliasesChanged;
    private int[] albumStamp = new int[0];
    private int stamp;

    public ListenIndex(Normalizer normalizer, ArtistFilter artist, Periods periods, RecordingLengths lengths) {
        this.normalizer = normalizer;
        this.artist = artist;
        this.periods = periods;
        this.lengths = lengths;
    }

    /** Adds many listens at once (a cold start): sorted first, so most take the append path. */
    public void addAll(Collection<Listen> listens) {
        Listen[] sorted = listens.toArray(new Listen[0]);
        Arrays.sort(sorted, Comparator.comparingLong(Listen::listenedAt)
                .thenComparingLong(l -> hash(l.recordingMsid())));
        ensureCapacity(size + sorted.length); // one allocation instead of repeated growth
        // listens of one track usually share one metadata object (see DayBlock.Tracks): judge it once
        Map<TrackMetadata, CanonicalKeys> judged = new IdentityHashMap<>();
        for (Listen l : sorted) {
            add(l, judged.computeIfAbsent(l.track(), this::keysIfByArtist));
        }
    }

    /** Adds or replaces a listen; returns whether the index changed. */
    public boolean add(Listen listen) {
        return add(listen, keysIfByArtist(listen.track()));
    }

    /** The listen's keys, or {@link #NOT_BY_ARTIST} when the listen is by another artist. */
    private CanonicalKeys keysIfByArtist(TrackMetadata track) {
        return artist.matches(track) ? normalizer.keys(track) : NOT_BY_ARTIST;
    }

    private boolean add(Listen listen, CanonicalKeys keys) {
        long t = listen.listenedAt();
        long h = hash(listen.recordingMsid());
        int existing = find(t, h);
        if (existing >= 0) {
            removeRow(existing);
        }
        if (keys == NOT_BY_ARTIST) {
            return existing >= 0;
        }
        int row = insertionPoint(t, h);
        ensureCapacity(size + 1);
        if (row < size) {
            shift(row, row + 1, size - row);
        }
        size++;
        timestamp[row] = t;
        msidHash[row] = h;
        recording[row] = recordings.id(keys.recordingKey());
        title[row] = titles.id(keys.titleKey());
        String releaseName = listen.track().releaseName();
        album[row] = keys.albumKey() == null ? -1 : internAlbum(keys.albumKey(), releaseName, t, h);
        boolean aliased = keys.albumKey() != null && keys.releaseTextKey() != null
                && !keys.albumKey().equals(keys.releaseTextKey());
        alias[row] = aliased ? internAlbum(keys.releaseTextKey(), releaseName, t, h) : -1;
        durationMs[row] = ListenLength.of(listen, keys, lengths).ms();
        day[row] = periods.epochDay(t);
        count(row, 1);
        return true;
    }

    /** Removes a listen (deleted on ListenBrainz); returns whether it was present. */
    public boolean remove(ListenKey key) {
        int row = find(key.listenedAt(), hash(key.recordingMsid()));
        if (row >= 0) {
            removeRow(row);
        }
        return row >= 0;
    }

    /** The totals of the listens with {@code from <= listened_at < to}. */
    public Totals totals(long from, long to) {
        int lo = lowerBound(from);
        int hi = lowerBound(to);
        int[] canon = canonicalAlbums();
        stamp++;
        if (lo == 0 && hi == size) {
            return new Totals(size, distinctAlbumsOfAll(canon), totalKnownMs, totalUnknown);
        }
        int albumCount = 0;
        long known = 0;
        int unknown = 0;
        for (int i = lo; i < hi; i++) {
            if (durationMs[i] >= 0) {
                known += durationMs[i];
            } else {
                unknown++;
            }
            int a = album[i];
            if (a >= 0 && albumStamp[canon[a]] != stamp) {
                albumStamp[canon[a]] = stamp;
                albumCount++;
            }
        }
        return new Totals(hi - lo, albumCount, known, unknown);
    }

    private int distinctAlbumsOfAll(int[] canon) {
        int albumCount = 0;
        for (int a = 0; a < canon.length; a++) {
            if (albumRefs[a] > 0 && albumStamp[canon[a]] != stamp) {
                albumStamp[canon[a]] = stamp;
                albumCount++;
            }
        }
        return albumCount;
    }

    /** The whole table at {@code now} (unix seconds); listens after now are ignored. */
    public Dashboard dashboard(long now) {
        return new Dashboard(now, totals(Period.PACE, now), totals(Period.TODAY, now), totals(Period.WEEK, now),
                totals(Period.MONTH, now), totals(Period.ALL_TIME, now), sprintPerHour(now));
    }

    /** One row of the table at {@code now}. */
    public Totals totals(Period period, long now) {
        return totals(period.start(periods, now), now + 1);
    }

    /** Listens in the 15 minutes up to now, projected to an hourly rate. */
    public double sprintPerHour(long now) {
        return songsIn(now - Windows.SPRINT_S + 1, now + 1) * (3600.0 / Windows.SPRINT_S);
    }

    public int songsIn(long from, long to) {
        return lowerBound(to) - lowerBound(from);
    }

    /** Songs per local day for {@code days} days from {@code firstDay} (an epoch day); rows are in day order. */
    public int[] songsPerDay(int firstDay, int days) {
        int[] counts = new int[days];
        for (int i = lowerBound(periods.startOfDay(firstDay)); i < size && day[i] < firstDay + days; i++) {
            counts[day[i] - firstDay]++;
        }
        return counts;
    }

    /** Songs per canonical album id (indexes as {@link #albumId(int)} returns them), over all rows. */
    public int[] songsPerAlbum() {
        int[] canon = canonicalAlbums();
        int[] counts = new int[canon.length];
        for (int a = 0; a < canon.length; a++) {
            counts[canon[a]] += albumRefs[a];
        }
        return counts;
    }

    // Row access, for session, completion and coach logic. Rows are ordered by time.

    public int size() {
        return size;
    }

    /** The number of rows with listened_at <= now, i.e. the row after the last listen up to now. */
    public int rowsUpTo(long now) {
        return lowerBound(now + 1);
    }

    /** The row of a listen, or -1. */
    public int row(ListenKey key) {
        return find(key.listenedAt(), hash(key.recordingMsid()));
    }

    public long timestamp(int row) {
        return timestamp[row];
    }

    public int durationMs(int row) {
        return durationMs[row];
    }

    public int epochDay(int row) {
        return day[row];
    }

    public int recordingId(int row) {
        return recording[row];
    }

    public int titleId(int row) {
        return title[row];
    }

    /** The canonical album id of a row, or -1. */
    public int albumId(int row) {
        return album[row] < 0 ? -1 : canonicalAlbums()[album[row]];
    }

    public String albumKey(int albumId) {
        return albums.value(albumId);
    }

    public String albumName(int albumId) {
        return albumNames.get(albumId);
    }

    /**
     * How an indexed listen was counted: the rules its keys and length came from, worked out again by the
     * same normaliser, filter and length ports the index used, and the canonical album the index put it in.
     * Null when the listen is not in the index.
     */
    public Resolution explain(Listen listen) {
        int row = row(listen.key());
        if (row < 0) {
            return null;
        }
        TrackMetadata track = listen.track();
        CanonicalKeys keys = normalizer.keys(track);
        int albumId = albumId(row);
        return new Resolution(artist, artist.match(track), keys, recordings.value(recording[row]),
                albumId < 0 ? null : albumKey(albumId), albumId < 0 ? null : albumName(albumId),
                ListenLength.of(listen, keys, lengths), TextKeys.cutOff(track.trackName()),
                TextKeys.cutOff(track.releaseName()));
    }

    /** The id of a recording key such as {@code mb:<mbid>}, or -1 when no listen has it. */
    public int findRecording(String key) {
        return recordings.find(key);
    }

    /** The id of a title key (see TextKeys.title), or -1 when no listen has it. */
    public int findTitle(String titleKey) {
        return titles.find(titleKey);
    }

    public Periods periods() {
        return periods;
    }

    public ArtistFilter artist() {
        return artist;
    }

    private int internAlbum(String key, String releaseName, long t, long h) {
        int id = albums.id(key);
        if (id == albumNames.size()) {
            albumNames.add(null);
            if (id == albumRefs.length) {
                albumRefs = Arrays.copyOf(albumRefs, id * 2);
                namedAt = Arrays.copyOf(namedAt, id * 2);
                namedHash = Arrays.copyOf(namedHash, id * 2);
            }
        }
        if (albumNames.get(id) == null || t < namedAt[id] || t == namedAt[id] && h < namedHash[id]) {
            albumNames.set(id, releaseName == null ? key : releaseName);
            namedAt[id] = t;
            namedHash[id] = h;
        }
        return id;
    }

    private int[] canonicalAlbums() {
        if (canonical.length != albums.size() || aliasesChanged) {
            List<int[]> pairs = new ArrayList<>();
            for (long pair : aliasRefs.keySet()) {
                pairs.add(new int[]{(int) (pair >>> 32), (int) pair});
            }
            canonical = AlbumClusters.resolve(albums.values(), pairs);
            aliasesChanged = false;
            albumStamp = new int[albums.size()];
            stamp = 0;
        }
        return canonical;
    }

    /** Adds (+1) or takes away (-1) a row from the all-time totals. */
    private void count(int row, int sign) {
        if (durationMs[row] >= 0) {
            totalKnownMs += sign * (long) durationMs[row];
        } else {
            totalUnknown += sign;
        }
        int a = album[row];
        if (a >= 0) {
            albumRefs[a] += sign;
        }
        if (alias[row] >= 0) {
            long pair = (long) alias[row] << 32 | a;
            int refs = aliasRefs.getOrDefault(pair, 0) + sign;
            if (refs == 0) {
                aliasRefs.remove(pair);
            } else {
                aliasRefs.put(pair, refs);
            }
            aliasesChanged |= refs == 0 || refs == 1 && sign > 0;
        }
    }

    private void removeRow(int row) {
        count(row, -1);
        shift(row + 1, row, size - row - 1);
        size--;
    }

    private void shift(int from, int to, int n) {
        System.arraycopy(timestamp, from, timestamp, to, n);
        System.arraycopy(msidHash, from, msidHash, to, n);
        System.arraycopy(recording, from, recording, to, n);
        System.arraycopy(title, from, title, to, n);
        System.arraycopy(album, from, album, to, n);
        System.arraycopy(alias, from, alias, to, n);
        System.arraycopy(durationMs, from, durationMs, to, n);
        System.arraycopy(day, from, day, to, n);
    }

    private void ensureCapacity(int n) {
        if (n <= timestamp.length) {
            return;
        }
        int capacity = Math.max(n, timestamp.length + (timestamp.length >> 1));
        timestamp = Arrays.copyOf(timestamp, capacity);
        msidHash = Arrays.copyOf(msidHash, capacity);
        recording = Arrays.copyOf(recording, capacity);
        title = Arrays.copyOf(title, capacity);
        album = Arrays.copyOf(album, capacity);
        alias = Arrays.copyOf(alias, capacity);
        durationMs = Arrays.copyOf(durationMs, capacity);
        day = Arrays.copyOf(day, capacity);
    }

    private int find(long t, long h) {
        for (int i = lowerBound(t); i < size && timestamp[i] == t; i++) {
            if (msidHash[i] == h) {
                return i;
            }
        }
        return -1;
    }

    /** The first row with listened_at >= t. */
    private int lowerBound(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timestamp[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Where (t, h) goes to keep rows ordered by time then msid hash; appends take the first branch. */
    private int insertionPoint(long t, long h) {
        if (size == 0 || timestamp[size - 1] < t || timestamp[size - 1] == t && msidHash[size - 1] < h) {
            return size;
        }
        int i = lowerBound(t);
        while (i < size && timestamp[i] == t && msidHash[i] < h) {
            i++;
        }
        return i;
    }

    /** FNV-1a over the chars, then SplitMix64's finaliser to spread the bits. */
    static long hash(String msid) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < msid.length(); i++) {
            h = (h ^ msid.charAt(i)) * 0x100000001b3L;
        }
        return SplitMix64.mix(h);
    }
}
