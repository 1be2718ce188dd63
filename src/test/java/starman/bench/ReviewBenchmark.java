package starman.bench;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import starman.javatime.JavaTime;
import starman.metrics.ListenIndex;
import starman.metrics.RecordingLengths;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;
import starman.training.Comparison;
import starman.training.YearReview;

/**
 * The comparisons and the year in review on the JVM over the artist's index of N listens of the history
 * {@code -Dstarman.history} (realistic unless told, see {@link BenchHistory}), Europe/Berlin, weeks from Monday, at
 * the history's end: each figure computed {@value #RUNS} times after {@value #WARM_UP} to warm up. A review's top
 * tracks are named by the store in the page; here nothing is read (a store that has none), so the figure is the pass
 * over the index. Command (BENCHMARKS.md): {@code mvn -B -q -DjvmOnly test-compile && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.ReviewBenchmark -Dexec.args=1000000
 * -Dstarman.history=realistic}; writes its rows into BENCHMARKS.md ({@link BenchReport}).
 */
public final class ReviewBenchmark {
    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    public static void main(String[] args) throws Exception {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        BenchHistory history = BenchHistory.chosen(BenchHistory.REALISTIC);
        ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY), RecordingLengths.NONE);
        long built = System.nanoTime();
        history.forEach(listens, index::add);
        System.out.printf("%s %,d: %,d listens of the artist indexed in %.1f s%n", history.label(), listens,
                index.size(), (System.nanoTime() - built) / 1e9);
        long now = BenchHistory.END;
        List<Integer> years = YearReview.years(index);
        int busiest = years.get(0);
        for (int year : years) {
            if (YearReview.of(index, year, now).totals().songs() > YearReview.of(index, busiest, now).totals().songs()) {
                busiest = year;
            }
        }
        int current = years.get(years.size() - 1);
        int busiestYear = busiest;
        BenchReport report = new BenchReport("bench-review", "mvn -B -q -DjvmOnly test-compile", ReviewBenchmark.class,
                args, "history: figure", "what it counted", "median", "min", "max");
        String of = history.label() + " " + BenchReport.size(listens) + ": ";
        YearReview review = YearReview.of(index, busiestYear, now);
        time(report, of + "year in review, the busiest year", busiestYear + ", " + review.totals().songs() + " songs of "
                + index.size() + " rows", () -> YearReview.of(index, busiestYear, now));
        time(report, of + "year in review, the current year so far", current + " so far, "
                + YearReview.of(index, current, now).totals().songs() + " songs", () -> YearReview.of(index, current, now));
        time(report, of + "the year picker", years.size() + " years", () -> YearReview.years(index));
        time(report, of + "comparisons: week, month and year", "3 comparisons, 9 totals",
                () -> Comparison.at(index, now));
        int today = index.periods().epochDay(now);
        time(report, of + "a custom range of 365 days", "days " + (today - 364) + " to " + today,
                () -> Comparison.range(index, today - 364, today));
        report.write();
    }

    private static void time(BenchReport report, String name, String counted, Supplier<Object> figure) {
        for (int i = 0; i < WARM_UP; i++) {
            figure.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            figure.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] m = BenchReport.medianMinMax(millis);
        System.out.printf("%s (%s): %s%n", name, counted, BenchReport.medianMs(millis));
        report.row(name, counted, ms(m[0]), ms(m[1]), ms(m[2]));
    }

    /** Milliseconds to a tenth: these figures are small. */
    private static String ms(double millis) {
        return String.format(java.util.Locale.ROOT, "%,.1f ms", millis);
    }
}
