package starman.metrics;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import starman.coach.Coach;
import starman.coach.CoachEvent;
import starman.coach.Message;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

/**
 * The engine on a million synthetic listens (about ten years of heavy listening, 90 % by the artist).
 * Run: {@code mvn -o -DjvmOnly test-compile} then {@code java -cp <test classpath> starman.metrics.MetricsBenchmark};
 * main prints the memory per listen first, then runs JMH with a short configuration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MetricsBenchmark {
    static final int LISTENS = 1_000_000;
    static final long ANCHOR = 1_743_328_800L; // 2025-03-30T10:00:00Z

    List<Listen> history;
    ListenIndex index;
    long now;
    long middle;
    Listen next;
    Listen late;
    Coach coach;
    ListenKey newest;

    @Setup(Level.Trial)
    public void setUp() {
        history = Histories.random(new Random(42), ANCHOR, 1825, LISTENS);
        index = build(history);
        now = history.get(history.size() - 1).listenedAt();
        middle = history.get(history.size() / 2).listenedAt();
        Random rnd = new Random(7);
        next = Histories.listen(rnd, now + 1, "bench-next");
        late = Histories.listen(rnd, middle + 1, "bench-late");
        coach = new Coach(index, Histories.TRACK_LISTS, Coach.DEFAULT_FOCUS_THRESHOLD);
        newest = history.get(history.size() - 1).key();
    }

    static ListenIndex build(List<Listen> listens) {
        ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
                new Periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), Histories.LENGTHS);
        index.addAll(listens);
        return index;
    }

    /** All dashboards at the newest listen (all time comes from running totals). */
    @Benchmark
    public Dashboard dashboardNow() {
        return index.dashboard(now);
    }

    /** All dashboards at an instant in the middle: all time scans half the columns. */
    @Benchmark
    public Dashboard dashboardInThePast() {
        return index.dashboard(middle);
    }

    /** The coach's reaction to the newest listen ending: sessions, completion, sprint, day records over all rows. */
    @Benchmark
    public List<Message> coachTrackEnded() {
        return coach.react(CoachEvent.trackEnded(now + 240, newest));
    }

    /** A new listen arrives and is taken back (so the index stays the same size). */
    @Benchmark
    public boolean appendListen() {
        index.add(next);
        return index.remove(next.key());
    }

    /** A late listen lands in the middle of the history and is deleted again: two array moves. */
    @Benchmark
    public boolean insertLateListen() {
        index.add(late);
        return index.remove(late.key());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ListenIndex buildIndex() {
        return build(history);
    }

    public static void main(String[] args) throws RunnerException {
        printMemoryPerListen();
        new Runner(new OptionsBuilder()
                .include(MetricsBenchmark.class.getName())
                .forks(1)
                .jvmArgs("-Xmx4g")
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .build()).run();
    }

    /** Heap growth from building the index while the listens stay referenced, per indexed listen. */
    static void printMemoryPerListen() {
        List<Listen> listens = Histories.random(new Random(42), ANCHOR, 1825, LISTENS);
        long before = usedHeap();
        ListenIndex index = build(listens);
        long after = usedHeap();
        System.out.printf("index of %d listens (%d by the artist): %.1f bytes per indexed listen%n",
                listens.size(), index.size(), (after - before) / (double) index.size());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
