package starman.metrics;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import starman.bench.EngineWorkload;
import starman.coach.Message;

/**
 * The engine on the million-listen synthetic history of {@link EngineWorkload}, the same workload the
 * browser benchmark runs compiled. Command (BENCHMARKS.md): {@code mvn -B -q -DjvmOnly test-compile &&
 * mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.metrics.MetricsBenchmark}; main
 * prints the memory per listen first, then runs JMH with a short configuration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MetricsBenchmark {
    EngineWorkload workload;

    @Setup(Level.Trial)
    public void setUp() {
        workload = new EngineWorkload(EngineWorkload.DEFAULT_LISTENS);
        workload.build();
    }

    @Benchmark
    public Dashboard dashboardNow() {
        return workload.dashboardNow();
    }

    @Benchmark
    public Dashboard dashboardInThePast() {
        return workload.dashboardInThePast();
    }

    @Benchmark
    public List<Message> coachTrackEnded() {
        return workload.coachTrackEnded();
    }

    @Benchmark
    public boolean appendListen() {
        return workload.append();
    }

    @Benchmark
    public boolean insertLateListen() {
        return workload.insertLate();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ListenIndex buildIndex() {
        return workload.build();
    }

    public static void main(String[] args) throws Exception {
        printMemoryPerListen();
        System.setProperty("java.class.path", classPath()); // what JMH gives its forked JVM
        new Runner(new OptionsBuilder()
                .include(MetricsBenchmark.class.getName())
                .forks(1)
                .jvmArgs("-Xmx4g")
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .build()).run();
    }

    /** Heap growth from generating the history, then from indexing it, per listen. */
    static void printMemoryPerListen() {
        long start = usedHeap();
        EngineWorkload workload = new EngineWorkload(EngineWorkload.DEFAULT_LISTENS);
        long generated = usedHeap();
        ListenIndex index = workload.build();
        long indexed = usedHeap();
        int listens = workload.history().size();
        System.out.printf("history of %d listens: %.1f bytes per listen (Listen objects)%n", listens,
                (generated - start) / (double) listens);
        System.out.printf("index of %d listens by the artist: %.1f bytes per indexed listen%n", index.size(),
                (indexed - generated) / (double) index.size());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** exec:java runs this in a class loader of its own, not on java.class.path. */
    private static String classPath() throws URISyntaxException {
        if (!(MetricsBenchmark.class.getClassLoader() instanceof URLClassLoader loader)) {
            return System.getProperty("java.class.path");
        }
        List<String> entries = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            entries.add(Paths.get(url.toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
