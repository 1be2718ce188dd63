package starman.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
import starman.normalize.Normalizer;
import starman.normalize.TextKeys;
import starman.store.DayBlockStore;
import starman.store.ListenDictionary;
import starman.store.TrackJudge;

/**
 * The chosen artist's listens as columns (parallel primitive arrays sorted by time, keys interned), so a
 * million listens cost a few tens of bytes each and no object apiece. Listens of other artists are not
 * kept. Appends are O(1) amortised; a late listen is inserted in place and a removal closes the gap
 * (both O(n) array moves, rare). Adding a listen whose key is already present replaces it, which is how
 * a mapping that arrived later updates the keys. Not thread-safe.
 */
public final class ListenIndex {
    /** Marks a track by another artist; compared by identity. */
    private static final Judged NOT_BY_ARTIST = new Judged(-1, -1, -1, -1, -1, -1, null, -1);

    /** What the index keeps of one track's metadata, worked out once for all its listens. */
    private record Judged(int recording, int title, int album, int alias, int pair, int durationMs,
                          String releaseName, int submission) {
    }

    private final Normalizer normalizer;
    private final ArtistFilter artist;
    private final Periods periods;
    private final RecordingLengths lengths;

    private final Dictionary recordings = new Dictionary();
    private final Dictionary titles = new Dictionary();
    private final Dictionary albums = new Dictionary();
    /** Per submission id, the submission (see {@link Submission}); interned by its key. */
    private final Dictionary submissionKeys = new Dictionary();
    private final List<Submission> submissions = new ArrayList<>();
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
    /** The {@link Submission} id of the row: the recording as its player named it. */
    private int[] submission = new int[16];
    /** Album id or -1 when the listen names no release. */
    private int[] album = new int[16];
    /**
     * For a listen with an MBID album key and a release name whose text key differs: the id of that alias pair
     * (the text key's album and the MBID album), else -1.
     */
    private int[] pair = new int[16];
    /** Known duration or -1. */
    private int[] durationMs = new int[16];
    /** Local date in the user's zone, as an epoch day. */
    private int[] day = new int[16];

    private long totalKnownMs;
    private int totalUnknown;
    private int[] albumRefs = new int[16];
    /** Alias pair ids by (text album id << 32 | MBID album id); per pair id its two albums and live listens. */
    private final Map<Long, Integer> pairIds = new HashMap<>();
    private int[] pairText = new int[16];
    private int[] pairAlbum = new int[16];
    private int[] pairRefs = new int[16];

    /** Album id to the id of its canonical album (see AlbumClusters); stale after new albums or aliases. */
    private int[] canonical = new int[0];
    private boolean aliasesChanged;
    private int[] albumStamp = new int[0];
    private int stamp;
    /** See {@link #reshapes()}. */
    private int reshapes;

    public ListenIndex(Normalizer normalizer, ArtistFilter artist, Periods periods, RecordingLengths lengths) {
        this.normalizer = normalizer;
        this.artist = artist;
        this.periods = periods;
        this.lengths = lengths;
    }

    /** Adds many listens at once: sorted first, so most take the append path. */
    public void addAll(Collection<Listen> listens) {
        Listen[] sorted = listens.toArray(new Listen[0]);
        Arrays.sort(sorted, (a, b) -> a.listenedAt() != b.listenedAt() ? Long.compare(a.listenedAt(), b.listenedAt())
                : Long.compare(hash(a.recordingMsid()), hash(b.recordingMsid())));
        ensureCapacity(size + sorted.length); // one allocation instead of repeated growth
        // listens of one track usually share one metadata object: judge it once
        Map<TrackMetadata, Judged> judged = new IdentityHashMap<>();
        for (Listen l : sorted) {
            add(l.listenedAt(), hash(l.recordingMsid()), judged.computeIfAbsent(l.track(), this::judge));
        }
    }

    /**
     * Adds every listen of a day-block store (the cold start) straight from its columns, with the same result
     * as adding its listens: no object per listen, and no text work per track when the store keeps the facts
     * {@link #judge()} made of it (a track without is judged here).
     */
    public void addAll(DayBlockStore store) {
        // no room made for every stored listen: most are other artists', which the index does not keep
        Map<Integer, String> keys = new HashMap<>();
        store.forEachHashedRow(new DayBlockStore.HashedRowVisitor() {
            private Judged[] byTrack = new Judged[256];

            @Override
            public void row(long listenedAt, long msidHash, int track) {
                if (track >= byTrack.length) {
                    byTrack = Arrays.copyOf(byTrack, Math.max(track + 1, byTrack.length * 2));
                }
                Judged judged = byTrack[track];
                if (judged == null) {
                    int[] facts = store.facts(track);
                    judged = facts == null ? judge(store.judgedTrack(track))
                            : judged(Verdict.of(facts, id -> keys.computeIfAbsent(id, store::string)));
                    byTrack[track] = judged;
                }
                if (judged != NOT_BY_ARTIST) {
                    add(listenedAt, msidHash, judged);
                }
            }
        });
    }

    /**
     * What this index makes of a track, as a number for {@link #addJudged}, or -1 when it is another artist's (a
     * listen of it would not be kept): a reader that never makes listen objects judges each distinct track once.
     */
    public int judgement(TrackMetadata track) {
        Judged judged = judge(track);
        if (judged == NOT_BY_ARTIST) {
            return -1;
        }
        judgements.add(judged);
        return judgements.size() - 1;
    }

    /** Judgements handed out by {@link #judgement}. */
    private final List<Judged> judgements = new ArrayList<>();

    /**
     * Adds {@code n} listens given as their times, msid hashes ({@link #hash}) and {@link #judgement}s, as
     * {@link #addAll(Collection)} adds listens: sorted first, so most take the append path.
     */
    public void addJudged(long[] times, long[] msidHashes, int[] judged, int n) {
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = times[i] << 24 | i; // times fit in 40 bits until the year 36812
        }
        if (n >= 1 << 24) {
            throw new IllegalArgumentException("at most 16M listens at once, not " + n);
        }
        Arrays.sort(order);
        ensureCapacity(size + n);
        for (int k = 0; k < n; k++) {
            // within one second, by hash as the index orders them: a short insertion step
            int i = (int) (order[k] & 0xFFFFFF);
            int j = k;
            while (j > 0 && times[(int) (order[j - 1] & 0xFFFFFF)] == times[i]
                    && msidHashes[(int) (order[j - 1] & 0xFFFFFF)] > msidHashes[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = (long) times[i] << 24 | i;
        }
        for (int k = 0; k < n; k++) {
            int i = (int) (order[k] & 0xFFFFFF);
            add(times[i], msidHashes[i], judgements.get(judged[i]));
        }
    }

    /** The hash of an msid given as UTF-8 bytes, for {@link #addJudged}. */
    public static long hash(byte[] utf8, int offset, int length) {
        return ListenDictionary.hash64(utf8, offset, length);
    }

    /** Adds or replaces a listen; returns whether the index changed. */
    public boolean add(Listen listen) {
        return add(listen.listenedAt(), hash(listen.recordingMsid()), judge(listen.track()));
    }

    /**
     * The judge a store keeps facts from (see {@link DayBlockStore#setJudge}): what {@link #add} works out of a
     * track, by this index's artist filter, normaliser and lengths, so that the cold start reads it back.
     */
    public TrackJudge judge() {
        return new TrackJudge() {
            @Override
            public String rules() {
                return Verdict.RULES + "|" + artist.name() + "|" + artist.mbid();
            }

            @Override
            public int[] judge(TrackMetadata track, ListenDictionary strings) {
                return verdict(track).facts(strings);
            }
        };
    }

    /** What the index keeps of a track, as strings: the same whether worked out now or read from facts. */
    private Verdict verdict(TrackMetadata track) {
        ArtistFilter.Match match = match(track);
        if (match == null) {
            return Verdict.NOT_BY_ARTIST;
        }
        CanonicalKeys keys = normalizer.keys(track, match == ArtistFilter.Match.OWN_MAPPING);
        return new Verdict(match, keys.recordingKey(), keys.recordingRule(), keys.titleKey(), keys.albumKey(),
                keys.releaseTextKey(), ListenLength.of(track, keys, lengths).ms(), track.releaseName(),
                track.trackName() == null ? "" : track.trackName());
    }

    /**
     * How a track matched the artist: by the filter, or (a track ListenBrainz mapped to another artist while its credit
     * names ours) by the person's own mapping of it; null when it is another artist's.
     */
    private ArtistFilter.Match match(TrackMetadata track) {
        ArtistFilter.Match match = artist.match(track);
        return match == null && normalizer.ownMapping(track) != null && artist.namedIn(track)
                ? ArtistFilter.Match.OWN_MAPPING : match;
    }

    /** A track's keys interned and its duration, or {@link #NOT_BY_ARTIST} when it is by another artist. */
    private Judged judge(TrackMetadata track) {
        return judged(verdict(track));
    }

    private Judged judged(Verdict v) {
        if (v.match() == null) {
            return NOT_BY_ARTIST;
        }
        boolean aliased = v.albumKey() != null && v.releaseTextKey() != null && !v.albumKey().equals(v.releaseTextKey());
        int album = v.albumKey() == null ? -1 : albumId(v.albumKey());
        int alias = aliased ? albumId(v.releaseTextKey()) : -1;
        return new Judged(recordings.id(v.recordingKey()), titles.id(v.titleKey()), album, alias,
                aliased ? pairId(alias, album) : -1, v.durationMs(), v.releaseName(),
                submissionId(new Submission(v.recordingKey(), v.recordingRule(), v.trackName(), v.releaseName())));
    }

    private boolean add(long t, long h, Judged track) {
        // appends, the common case, cannot replace a listen
        int existing = size > 0 && t > timestamp[size - 1] ? -1 : find(t, h);
        if (existing >= 0) {
            removeRow(existing);
        }
        if (track == NOT_BY_ARTIST) {
            return existing >= 0;
        }
        int row = rowsBefore(t, h);
        ensureCapacity(size + 1);
        if (row < size) {
            shift(row, row + 1, size - row);
            reshapes++;
        }
        size++;
        timestamp[row] = t;
        msidHash[row] = h;
        recording[row] = track.recording();
        title[row] = track.title();
        submission[row] = track.submission();
        album[row] = track.album();
        pair[row] = track.pair();
        if (track.album() >= 0) {
            name(track.album(), track.releaseName(), t, h);
        }
        if (track.alias() >= 0) {
            name(track.alias(), track.releaseName(), t, h);
        }
        durationMs[row] = track.durationMs();
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

    /** The {@link #hash} of a row's msid: with its timestamp, the listen's key in a store. */
    public long msidHash(int row) {
        return msidHash[row];
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

    /** The {@link #submission} id of a row. */
    public int submissionId(int row) {
        return submission[row];
    }

    /** Submission ids are below this. */
    public int submissionCount() {
        return submissions.size();
    }

    public Submission submission(int submissionId) {
        return submissions.get(submissionId);
    }

    /** The id of a submission, or -1 when no listen had it. */
    public int findSubmission(Submission s) {
        return submissionKeys.find(s.key());
    }

    /** The canonical album id of a row, or -1. */
    public int albumId(int row) {
        return album[row] < 0 ? -1 : canonicalAlbums()[album[row]];
    }

    /** The canonical album id of an album id {@link #findAlbum} gives. */
    public int canonicalAlbum(int albumId) {
        return canonicalAlbums()[albumId];
    }

    /** Album ids are below this. */
    public int albumCount() {
        return albums.size();
    }

    /** The id of an album key (see {@link #albumKey}), or -1 when no listen has it. */
    public int findAlbum(String key) {
        return albums.find(key);
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
        ArtistFilter.Match match = match(track);
        CanonicalKeys keys = normalizer.keys(track, match == ArtistFilter.Match.OWN_MAPPING);
        int albumId = albumId(row);
        return new Resolution(artist, match, keys, recordings.value(recording[row]),
                albumId < 0 ? null : albumKey(albumId), albumId < 0 ? null : albumName(albumId),
                ListenLength.of(track, keys, lengths), TextKeys.cutOff(track.trackName()),
                TextKeys.cutOff(track.releaseName()));
    }

    /** The recording key of an id {@link #recordingId} gives. */
    public String recordingKey(int recordingId) {
        return recordings.value(recordingId);
    }

    /** The id of a recording key such as {@code mb:<mbid>}, or -1 when no listen has it. */
    public int findRecording(String key) {
        return recordings.find(key);
    }

    /** The id of a title key (see TextKeys.title), or -1 when no listen has it. */
    public int findTitle(String titleKey) {
        return titles.find(titleKey);
    }

    /**
     * Counts the changes that a cache of facts about rows [0, n) cannot follow by reading only the rows added
     * after n: a listen inserted before the last row, a removal (a replaced listen too), albums regrouped
     * (canonical ids changed). Appends at the end leave it as it is.
     */
    public int reshapes() {
        canonicalAlbums();
        return reshapes;
    }

    public Periods periods() {
        return periods;
    }

    public ArtistFilter artist() {
        return artist;
    }

    private int albumId(String key) {
        int id = albums.id(key);
        if (id == albumNames.size()) {
            albumNames.add(null);
            if (id == albumRefs.length) {
                albumRefs = Arrays.copyOf(albumRefs, id * 2);
                namedAt = Arrays.copyOf(namedAt, id * 2);
                namedHash = Arrays.copyOf(namedHash, id * 2);
            }
        }
        return id;
    }

    private int submissionId(Submission s) {
        int id = submissionKeys.id(s.key());
        if (id == submissions.size()) {
            submissions.add(s);
        }
        return id;
    }

    private int pairId(int textAlbum, int mbidAlbum) {
        return pairIds.computeIfAbsent((long) textAlbum << 32 | mbidAlbum, key -> {
            int id = pairIds.size();
            if (id == pairRefs.length) {
                pairText = Arrays.copyOf(pairText, id * 2);
                pairAlbum = Arrays.copyOf(pairAlbum, id * 2);
                pairRefs = Arrays.copyOf(pairRefs, id * 2);
            }
            pairText[id] = textAlbum;
            pairAlbum[id] = mbidAlbum;
            return id;
        });
    }

    /** Names an album after the release name of its earliest listen (the key when that names none). */
    private void name(int id, String releaseName, long t, long h) {
        if (albumNames.get(id) == null || t < namedAt[id] || t == namedAt[id] && h < namedHash[id]) {
            albumNames.set(id, releaseName == null ? albums.value(id) : releaseName);
            namedAt[id] = t;
            namedHash[id] = h;
        }
    }


    private int[] canonicalAlbums() {
        if (canonical.length != albums.size() || aliasesChanged) {
            List<int[]> pairs = new ArrayList<>();
            for (int p = 0; p < pairIds.size(); p++) {
                if (pairRefs[p] > 0) {
                    pairs.add(new int[]{pairText[p], pairAlbum[p]});
                }
            }
            canonical = AlbumClusters.resolve(albums.values(), pairs);
            reshapes++;
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
        int p = pair[row];
        if (p >= 0) {
            pairRefs[p] += sign;
            aliasesChanged |= pairRefs[p] == 0 || pairRefs[p] == 1 && sign > 0;
        }
    }

    private void removeRow(int row) {
        reshapes++;
        count(row, -1);
        shift(row + 1, row, size - row - 1);
        size--;
    }

    private void shift(int from, int to, int n) {
        System.arraycopy(timestamp, from, timestamp, to, n);
        System.arraycopy(msidHash, from, msidHash, to, n);
        System.arraycopy(recording, from, recording, to, n);
        System.arraycopy(title, from, title, to, n);
        System.arraycopy(submission, from, submission, to, n);
        System.arraycopy(album, from, album, to, n);
        System.arraycopy(pair, from, pair, to, n);
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
        submission = Arrays.copyOf(submission, capacity);
        album = Arrays.copyOf(album, capacity);
        pair = Arrays.copyOf(pair, capacity);
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

    /**
     * The number of rows ordered before the listen (listened_at, {@link #hash msid hash}): its row when indexed, else
     * the row it would take. Appends take the first branch.
     */
    public int rowsBefore(long t, long h) {
        if (size == 0 || timestamp[size - 1] < t || timestamp[size - 1] == t && msidHash[size - 1] < h) {
            return size;
        }
        int i = lowerBound(t);
        while (i < size && timestamp[i] == t && msidHash[i] < h) {
            i++;
        }
        return i;
    }

    /** The msid's hash as a store computes it from its bytes ({@link DayBlockStore#msidHash}). */
    public static long hash(String msid) {
        return ListenDictionary.hash64(msid);
    }
}
