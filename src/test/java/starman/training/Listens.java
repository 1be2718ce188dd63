package starman.training;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import starman.javatime.JavaTime;
import starman.metrics.Periods;

/** Generated rows for the training figures: listens in bursts across DST changes, some albums, some lengths. */
record Listens(long[] times, int[] days, int[] albums, int[] durations) implements Rows {
    /** 2024-03-25T00:00Z, a Monday after London's spring change; the autumn one lies within the spans below. */
    static final long START = 1_711_324_800L;
    static final Periods LONDON = JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY);

    static Listens of(List<Long> offsets, List<Integer> albums, List<Integer> durations) {
        long[] times = offsets.stream().mapToLong(o -> START + o).sorted().toArray();
        int[] days = Arrays.stream(times).mapToInt(LONDON::epochDay).toArray();
        int n = times.length;
        return new Listens(times, days, albums.stream().limit(n).mapToInt(Integer::intValue).toArray(),
                durations.stream().limit(n).mapToInt(Integer::intValue).toArray());
    }

    /** Up to {@code most} listens over {@code days} days: a day's listens cluster into a few minutes or hours. */
    static Arbitrary<Listens> arbitrary(int most, int days) {
        Arbitrary<Long> offset = Arbitraries.oneOf(
                Arbitraries.longs().between(0, days * 86_400L),
                Arbitraries.integers().between(0, days).flatMap(day -> Arbitraries.longs().between(0, 3_000)
                        .map(s -> day * 86_400L + 20 * 3_600 + s)));
        Arbitrary<Integer> album = Arbitraries.integers().between(-1, 20);
        Arbitrary<Integer> duration = Arbitraries.oneOf(Arbitraries.just(-1),
                Arbitraries.integers().between(60_000, 2_400_000));
        return Combinators.combine(offset.list().ofMaxSize(most), album.list().ofSize(most),
                duration.list().ofSize(most)).as(Listens::of);
    }

    /** The first {@code n} listens: the rows as they were before the others were appended. */
    Listens first(int n) {
        return new Listens(Arrays.copyOf(times, n), Arrays.copyOf(days, n), Arrays.copyOf(albums, n),
                Arrays.copyOf(durations, n));
    }

    @Override
    public int size() {
        return times.length;
    }

    @Override
    public long timestamp(int row) {
        return times[row];
    }

    @Override
    public int epochDay(int row) {
        return days[row];
    }

    @Override
    public int albumId(int row) {
        return albums[row];
    }

    @Override
    public int durationMs(int row) {
        return durations[row];
    }

    @Override
    public String albumName(int albumId) {
        return "Album " + albumId;
    }
}
