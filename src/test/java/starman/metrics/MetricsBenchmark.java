package starman.metrics;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import starman.bench.BenchReport;
import starman.bench.BrowserEngineBenchmark;
import starman.bench.EngineWorkload;
import starman.coach.Message;

/**
 * The engine on the million-listen synthetic history of {@link EngineWorkload}, the same workload the
 * browser benchmark runs compiled. Command (BENCHMARKS.md): {@code mvn -B -q -DjvmOnly test-compile &&
 * mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.metrics.MetricsBenchmark}; main
 * prints the memory per listen first, then runs JMH with a short configuration, and writes its table into
 * BENCHMARKS.md ({@link BenchReport}).
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
    public boolean append() {
        return workload.append();
    }

    @Benchmark
    public boolean insertLate() {
        return workload.insertLate();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ListenIndex build() {
        return workload.build();
    }

    public static void main(String[] args) throws Exception {
        double[] memory = printMemoryPerListen();
        System.setProperty("java.class.path", classPath()); // what JMH gives its forked JVM
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(MetricsBenchmark.class.getName())
                .forks(1)
                .jvmArgs("-Xmx4g")
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .build()).run();
        BenchReport report = new BenchReport("bench-engine-jvm", "mvn -B -q -DjvmOnly test-compile",
                MetricsBenchmark.class, args, String.format(Locale.ROOT, "operation (%,d listens)", (long) memory[2]),
                "JVM " + Runtime.version().feature() + " (JMH mean)", "JMH error (99.9 %)");
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(MetricsBenchmark.class.getName().length() + 1);
            Result<?> score = r.getPrimaryResult();
            report.row(BrowserEngineBenchmark.OPERATIONS.get(method),
                    String.format(Locale.ROOT, "%,.1f %s", score.getScore(), score.getScoreUnit()),
                    String.format(Locale.ROOT, "± %,.1f %s", score.getScoreError(), score.getScoreUnit()));
        }
        report.row("memory per indexed listen (the index's columns and dictionaries)",
                String.format(Locale.ROOT, "%.1f B", memory[1]), "-");
        report.row("memory per generated listen (the `Listen` objects, for comparison)",
                String.format(Locale.ROOT, "%.1f B", memory[0]), "-");
        report.write();
    }

    /** Heap growth from generating the history, then from indexing it, per listen; and how many listens. */
    static double[] printMemoryPerListen() {
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
        return new double[] {(generated - start) / (double) listens, (indexed - generated) / (double) index.size(),
            listens};
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
