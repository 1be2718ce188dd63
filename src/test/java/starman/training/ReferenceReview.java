package starman.training;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import starman.javatime.JavaTime;
import starman.metrics.ListenIndex;
import starman.metrics.RecordingLengths;
import starman.metrics.ReferenceAlbums;
import starman.metrics.Totals;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

/**
 * Comparisons and years in review the slow, obvious way: every listen of the artist walked and counted, local dates
 * from java.time, canonical albums worked out from scratch.
 */
final class ReferenceReview {
    static final Normalizer NORMALIZER = new Normalizer(ReleaseGroupResolver.NONE);

    /** One listen of the artist as the reference counts it. */
    record Heard(Listen listen, LocalDate date, String recording, String album, long ms, long hash) {
    }

    final List<Heard> heard = new ArrayList<>();
    private final ZoneId zone;
    private final DayOfWeek weekStart;

    ReferenceReview(Collection<Listen> listens, RecordingLengths lengths, ZoneId zone, DayOfWeek weekStart) {
        this.zone = zone;
        this.weekStart = weekStart;
        List<Listen> kept = new ArrayList<>();
        List<CanonicalKeys> keys = new ArrayList<>();
        for (Listen l : listens) {
            if (ArtistFilter.DAVID_BOWIE.matches(l.track())) {
                kept.add(l);
                keys.add(NORMALIZER.keys(l.track()));
            }
        }
        List<String> albums = ReferenceAlbums.canonical(keys);
        for (int i = 0; i < kept.size(); i++) {
            Listen l = kept.get(i);
            CanonicalKeys k = keys.get(i);
            long ms = l.track().additionalInfo().effectiveDurationMs();
            if (ms < 0 && k.recordingKey().startsWith("mb:")) {
                ms = lengths.lengthMs(k.recordingKey().substring(3));
            }
            heard.add(new Heard(l, date(l.listenedAt()), k.recordingKey(), albums.get(i), ms,
                    ListenIndex.hash(l.recordingMsid())));
        }
        // the index's order: by time, then by msid hash
        heard.sort(Comparator.comparingLong((Heard h) -> h.listen().listenedAt()).thenComparingLong(Heard::hash));
    }

    /** Zones with DST changes either way, one far east of UTC (its year starts on 31 December UTC), and UTC. */
    static Arbitrary<String> zones() {
        return Arbitraries.of("Europe/Berlin", "America/New_York", "Pacific/Auckland", "Asia/Kolkata", "UTC");
    }

    static ListenIndex index(Collection<Listen> listens, RecordingLengths lengths, ZoneId zone, DayOfWeek weekStart) {
        ListenIndex index = new ListenIndex(NORMALIZER, ArtistFilter.DAVID_BOWIE, JavaTime.periods(zone, weekStart),
                lengths);
        index.addAll(listens);
        return index;
    }

    LocalDate date(long t) {
        return Instant.ofEpochSecond(t).atZone(zone).toLocalDate();
    }

    long startOf(LocalDate d) {
        return d.atStartOfDay(zone).toEpochSecond();
    }

    Totals totals(Predicate<Heard> when) {
        int songs = 0;
        long known = 0;
        int unknown = 0;
        Set<String> albums = new HashSet<>();
        for (Heard h : heard) {
            if (!when.test(h)) {
                continue;
            }
            songs++;
            if (h.ms() >= 0) {
                known += h.ms();
            } else {
                unknown++;
            }
            if (h.album() != null) {
                albums.add(h.album());
            }
        }
        return new Totals(songs, albums.size(), known, unknown);
    }

    /** Current so far, the other period to the same day and time into it, the other whole: songs of each. */
    Totals[] comparison(Comparison.Kind kind, long now) {
        LocalDate today = date(now);
        LocalDate first = switch (kind) {
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(weekStart));
            case MONTH -> today.withDayOfMonth(1);
            case YEAR -> today.withDayOfYear(1);
        };
        LocalDate otherFirst = kind == Comparison.Kind.WEEK ? first.minusDays(7) : first.minusYears(1);
        LocalDate otherEnd = switch (kind) {
            case WEEK, YEAR -> first;
            case MONTH -> otherFirst.plusMonths(1);
        };
        LocalDate sameDay = otherFirst.plusDays(today.toEpochDay() - first.toEpochDay());
        long intoToday = now - startOf(today);
        Predicate<Heard> other = h -> !h.date().isBefore(otherFirst) && h.date().isBefore(otherEnd);
        return new Totals[] {
            totals(h -> !h.date().isBefore(first) && h.listen().listenedAt() <= now),
            totals(other.and(h -> h.date().isBefore(sameDay)
                    || h.date().equals(sameDay) && h.listen().listenedAt() - startOf(sameDay) <= intoToday)),
            totals(other)};
    }

    List<Integer> years() {
        return heard.stream().map(h -> h.date().getYear()).distinct().sorted().toList();
    }

    /** The year's listens up to now, oldest first. */
    List<Heard> year(int year, long now) {
        return heard.stream().filter(h -> h.date().getYear() == year && h.listen().listenedAt() <= now).toList();
    }

    /**
     * Top keys by songs (or by known milliseconds, of the keys with any), then by the first listen of the listens:
     * key → [songs, ms], in order.
     */
    static Map<String, List<Long>> top(List<Heard> year, java.util.function.Function<Heard, String> key,
                                       boolean byMinutes) {
        Map<String, long[]> all = new LinkedHashMap<>(); // in first-heard order
        for (Heard h : year) {
            String k = key.apply(h);
            if (k == null) {
                continue;
            }
            long[] c = all.computeIfAbsent(k, x -> new long[2]);
            c[0]++;
            c[1] += Math.max(0, h.ms());
        }
        List<String> keys = new ArrayList<>(all.keySet());
        int by = byMinutes ? 1 : 0;
        keys.removeIf(k -> all.get(k)[by] == 0);
        keys.sort(Comparator.comparingLong(k -> -all.get(k)[by])); // stable: ties keep first-heard order
        Map<String, List<Long>> top = new LinkedHashMap<>();
        for (String k : keys.subList(0, Math.min(YearReview.TOP, keys.size()))) {
            top.put(k, List.of(all.get(k)[0], all.get(k)[1]));
        }
        return top;
    }

    /** Songs per period, by the period's first date; the first of the most. */
    static Map.Entry<LocalDate, Integer> busiest(List<Heard> year, java.util.function.Function<LocalDate, LocalDate> period) {
        TreeMap<LocalDate, Integer> counts = new TreeMap<>();
        for (Heard h : year) {
            counts.merge(period.apply(h.date()), 1, Integer::sum);
        }
        Map.Entry<LocalDate, Integer> best = null;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        return best;
    }

    LocalDate weekOf(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(weekStart));
    }

    /** The longest run of consecutive listening dates in the year: {first day, last day, days}. */
    static int[] longestRun(List<Heard> year) {
        TreeSet<Long> days = new TreeSet<>();
        year.forEach(h -> days.add(h.date().toEpochDay()));
        int[] best = {0, 0, 0};
        long start = 0;
        long previous = Long.MIN_VALUE;
        for (long d : days) {
            if (d != previous + 1) {
                start = d;
            }
            previous = d;
            if (d - start + 1 > best[2]) {
                best = new int[] {(int) start, (int) d, (int) (d - start + 1)};
            }
        }
        return best;
    }

    /** The albums whose first listen ever is in the year, by that listen: key → its date. */
    Map<String, LocalDate> firsts(int year, long now) {
        Map<String, LocalDate> first = new LinkedHashMap<>();
        for (Heard h : heard) {
            if (h.album() != null && !first.containsKey(h.album())) {
                first.put(h.album(), h.date());
            }
        }
        Map<String, LocalDate> inYear = new LinkedHashMap<>();
        Set<String> heardInYear = new HashSet<>();
        year(year, now).forEach(h -> heardInYear.add(h.album()));
        first.forEach((k, d) -> {
            if (d.getYear() == year && heardInYear.contains(k)) {
                inYear.put(k, d);
            }
        });
        return inYear;
    }
}
