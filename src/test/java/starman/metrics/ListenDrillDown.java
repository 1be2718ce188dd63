package starman.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import starman.model.Listen;

/**
 * The drill-down as it was made before it read the index alone (issue 13), the reference {@link DrillDown} must agree
 * with: every stored listen of the period decoded, matched to the index by key and sorted by row, newest first.
 */
public final class ListenDrillDown {
    private final ListenIndex index;
    private final List<Listen> listens;
    private final List<Album> albums;
    private final Totals totals;

    /** One canonical album and its listens in the period, newest first. */
    public record Album(String key, String name, List<Listen> listens) {
    }

    private ListenDrillDown(ListenIndex index, List<Listen> listens, List<Album> albums, Totals totals) {
        this.index = index;
        this.listens = listens;
        this.albums = albums;
        this.totals = totals;
    }

    /** A store of these listens, read back by key (listened_at and {@link ListenIndex#hash msid hash}). */
    public static DrillDown.Source source(Collection<Listen> listens) {
        Map<String, Listen> byKey = new HashMap<>();
        listens.forEach(l -> byKey.put(l.listenedAt() + "/" + ListenIndex.hash(l.recordingMsid()), l));
        return (at, hashes, n) -> {
            Listen[] found = new Listen[n];
            for (int i = 0; i < n; i++) {
                found[i] = byKey.get(at[i] + "/" + hashes[i]);
            }
            return found;
        };
    }

    /** The listens behind a period of the table at {@code now}, among {@code candidates} (any order). */
    public static ListenDrillDown of(ListenIndex index, Period period, long now, Collection<Listen> candidates) {
        return select(index, period.start(index.periods(), now), now + 1, null, candidates);
    }

    /** The listens of one local day (an epoch day). */
    public static ListenDrillDown ofDay(ListenIndex index, int epochDay, Collection<Listen> candidates) {
        Periods periods = index.periods();
        return select(index, periods.startOfDay(epochDay), periods.startOfDay(epochDay + 1), null, candidates);
    }

    /** The listens of one canonical album (a key {@link ListenIndex#albumKey} gives). */
    public static ListenDrillDown ofAlbum(ListenIndex index, String albumKey, Collection<Listen> candidates) {
        return select(index, Long.MIN_VALUE, Long.MAX_VALUE, albumKey, candidates);
    }

    /** The listens on a weekday and in an hour of the clock in {@code zone}, as java.time reads their instants. */
    public static ListenDrillDown ofClock(ListenIndex index, ZoneId zone, DayOfWeek day, int hour,
                                          Collection<Listen> candidates) {
        List<Listen> inTheHour = new ArrayList<>();
        for (Listen listen : candidates) {
            ZonedDateTime at = Instant.ofEpochSecond(listen.listenedAt()).atZone(zone);
            if (at.getDayOfWeek() == day && at.getHour() == hour) {
                inTheHour.add(listen);
            }
        }
        return select(index, Long.MIN_VALUE, Long.MAX_VALUE, null, inTheHour);
    }

    /** The indexed listens with {@code from <= listened_at < to}, of {@code albumKey} unless it is null. */
    private static ListenDrillDown select(ListenIndex index, long from, long to, String albumKey,
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
        return new ListenDrillDown(index, newestFirst, albums, new Totals(newestFirst.size(), albums.size(), known,
                unknown));
    }

    /** The counted listens, newest first. */
    public List<Listen> listens() {
        return listens;
    }

    /** The distinct canonical albums of those listens, most played first. */
    public List<Album> albums() {
        return albums;
    }

    public Totals totals() {
        return totals;
    }

    /** How a listen was counted. */
    public Resolution explain(Listen listen) {
        return index.explain(listen);
    }
}
