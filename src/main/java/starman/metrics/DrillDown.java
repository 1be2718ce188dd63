package starman.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import starman.model.Listen;
import starman.normalize.ArtistFilter;

/**
 * The listens behind one number of the dashboard (a period of the table, a day or an album of the pictures),
 * newest first, with the albums they make (the canonical albums the index counts) and their lengths.
 */
public final class DrillDown {
    private final ListenIndex index;
    private final Measure measure;
    private final List<Listen> listens;
    private final List<Album> albums;
    private final long knownMs;
    private final int unknownDuration;

    /** One canonical album and its listens in the period, newest first. */
    public record Album(String key, String name, List<Listen> listens) {
    }

    private DrillDown(ListenIndex index, Measure measure, List<Listen> listens, List<Album> albums,
                      long knownMs, int unknownDuration) {
        this.index = index;
        this.measure = measure;
        this.listens = listens;
        this.albums = albums;
        this.knownMs = knownMs;
        this.unknownDuration = unknownDuration;
    }

    /**
     * The listens behind a number of the table at {@code now}.
     *
     * @param candidates the stored listens of at least the period (others, and other artists', are ignored);
     *                   the index decides which count
     */
    public static DrillDown of(ListenIndex index, Period period, Measure measure, long now,
                               Collection<Listen> candidates) {
        return select(index, measure, period.start(index.periods(), now), now + 1, null, candidates);
    }

    /** The listens of one local day (an epoch day), as the calendar and the bars count them. */
    public static DrillDown ofDay(ListenIndex index, int epochDay, Collection<Listen> candidates) {
        Periods periods = index.periods();
        return select(index, Measure.SONGS, periods.startOfDay(epochDay), periods.startOfDay(epochDay + 1), null,
                candidates);
    }

    /** The listens of one canonical album (a key {@link ListenIndex#albumKey} gives), as top albums count them. */
    public static DrillDown ofAlbum(ListenIndex index, String albumKey, Collection<Listen> candidates) {
        return select(index, Measure.SONGS, Long.MIN_VALUE, Long.MAX_VALUE, albumKey, candidates);
    }

    /** The indexed listens with {@code from <= listened_at < to}, of {@code albumKey} unless it is null. */
    private static DrillDown select(ListenIndex index, Measure measure, long from, long to, String albumKey,
                                    Collection<Listen> candidates) {
        List<Listen> counted = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Listen listen : candidates) {
            int row = index.row(listen.key());
            int album = row < 0 ? -1 : index.albumId(row);
            if (row >= 0 && listen.listenedAt() >= from && listen.listenedAt() < to
                    && (albumKey == null || album >= 0 && albumKey.equals(index.albumKey(album)))) {
                counted.add(listen);
                rows.add(row);
            }
        }
        Integer[] order = new Integer[counted.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> rows.get(i)).reversed());
        List<Listen> newestFirst = new ArrayList<>(order.length);
        Map<Integer, List<Listen>> byAlbum = new LinkedHashMap<>();
        long known = 0;
        int unknown = 0;
        for (int i : order) {
            Listen listen = counted.get(i);
            int row = rows.get(i);
            newestFirst.add(listen);
            int ms = index.durationMs(row);
            if (ms >= 0) {
                known += ms;
            } else {
                unknown++;
            }
            int album = index.albumId(row);
            if (album >= 0) {
                byAlbum.computeIfAbsent(album, a -> new ArrayList<>()).add(listen);
            }
        }
        List<Album> albums = new ArrayList<>();
        byAlbum.forEach((id, listens) -> albums.add(new Album(index.albumKey(id), index.albumName(id), listens)));
        // most played first; equal counts keep the order of their newest listen
        albums.sort(Comparator.comparingInt((Album a) -> a.listens().size()).reversed());
        return new DrillDown(index, measure, newestFirst, albums, known, unknown);
    }

    public Measure measure() {
        return measure;
    }

    /** Whose listens these are. */
    public ArtistFilter artist() {
        return index.artist();
    }

    /** The counted listens, newest first. */
    public List<Listen> listens() {
        return listens;
    }

    /** The distinct canonical albums of those listens, most played first. */
    public List<Album> albums() {
        return albums;
    }

    /** The numbers these listens add up to: the table's row for the period. */
    public Totals totals() {
        return new Totals(listens.size(), albums.size(), knownMs, unknownDuration);
    }

    /** How a listen of this drill-down was counted. */
    public Resolution explain(Listen listen) {
        return index.explain(listen);
    }
}
