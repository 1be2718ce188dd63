package starman.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;
import starman.json.JsonWriter;
import starman.normalize.ArtistFilter;

/**
 * The CLI against its yardstick (issue 13, item 5): {@code java -jar target/starman-cli.jar stats}, the same with
 * HotSpot's first compiler only ({@code -XX:TieredStopAtLevel=1}, as the README suggests for big files) and DuckDB's
 * one query ({@link DuckDbStats}, in a child JVM of its own) over the same JSONL of export lines, each a separate
 * process measured from outside (wall time with the JVM's start, peak RSS: {@link MeasuredProcess}), twice each in turns;
 * then both tables side by side, cell by cell. The history is {@code -Dstarman.history} (realistic unless told),
 * its JSONL written once into target/bench-histories/; the table is Bowie's, Europe/London, ten minutes after his
 * last listen (so the last hour has some). Writes its rows into BENCHMARKS.md ({@link BenchReport}).
 * Command: {@code mvn -B -q package -DskipTests -DjvmOnly && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.StatsBenchmark -Dexec.args="100000 1000000"}
 */
public final class StatsBenchmark {
    private static final String ZONE = "Europe/London";
    private static final int RUNS = 2;
    private static final List<String> PERIODS = List.of("pace", "today", "week", "month", "all_time");
    private static final List<String> MEASURES = List.of("songs", "albums", "minutes");

    public static void main(String[] args) throws Exception {
        BenchHistory history = BenchHistory.chosen(BenchHistory.REALISTIC);
        Path jar = Path.of(System.getProperty("starman.target", "target"), "starman-cli.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run `mvn package -DskipTests -DjvmOnly` first");
        }
        BenchReport report = new BenchReport("bench-stats", "mvn -B -q package -DskipTests -DjvmOnly",
                StatsBenchmark.class, args, "history", "stats wall (" + RUNS + " runs)", "stats peak RSS",
                "stats, C1 only: wall", "C1 peak RSS", "DuckDB wall", "DuckDB peak RSS", "answers");
        for (String arg : args.length > 0 ? args : new String[] {"100000", "1000000"}) {
            int listens = Integer.parseInt(arg);
            Path file = history.jsonl(listens);
            String now = tenMinutesAfterTheLastBowieListen(history, listens).toString();
            System.out.printf("%s history, %,d listens: %s, %,d bytes; --now %s --tz %s%n", history.label(), listens,
                    file, Files.size(file), now, ZONE);
            List<String> stats = MeasuredProcess.java("-jar", jar.toString(), "stats", "--listens", file.toString(),
                    "--now", now, "--tz", ZONE);
            List<String> c1 = MeasuredProcess.java("-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "stats",
                    "--listens", file.toString(), "--now", now, "--tz", ZONE);
            List<String> duckdb = MeasuredProcess.java("-cp", duckDbClassPath(), DuckDbStats.class.getName(),
                    file.toString(), now, ZONE);
            List<MeasuredProcess.Result> statsRuns = new ArrayList<>();
            List<MeasuredProcess.Result> c1Runs = new ArrayList<>();
            List<MeasuredProcess.Result> duckRuns = new ArrayList<>();
            for (int run = 1; run <= RUNS; run++) {
                statsRuns.add(print("starman stats", run, MeasuredProcess.run(stats)));
                c1Runs.add(print("stats, C1   ", run, MeasuredProcess.run(c1)));
                duckRuns.add(print("DuckDB 1.5.6 ", run, MeasuredProcess.run(duckdb)));
            }
            String answers = compare(statsRuns.get(RUNS - 1), duckRuns.get(RUNS - 1));
            if (!c1Runs.get(RUNS - 1).stdout().equals(statsRuns.get(RUNS - 1).stdout())) {
                answers += "; C1 only answered otherwise";
            }
            report.row(history.label() + " " + BenchReport.size(listens), walls(statsRuns), peaks(statsRuns),
                    walls(c1Runs), peaks(c1Runs), walls(duckRuns), peaks(duckRuns), answers);
        }
        report.write();
    }

    private static String walls(List<MeasuredProcess.Result> runs) {
        return runs.stream().map(r -> String.format(Locale.ROOT, "%.2f s", r.wallSeconds()))
                .collect(Collectors.joining(", "));
    }

    private static String peaks(List<MeasuredProcess.Result> runs) {
        return BenchReport.range(runs.stream().mapToLong(r -> Math.round(r.peakRssBytes() / 1e6)), " MB");
    }

    /** An instant at which every row of the table has listens: ten minutes after his last one. */
    private static Instant tenMinutesAfterTheLastBowieListen(BenchHistory history, int listens) {
        long[] last = {BenchHistory.END};
        history.forEach(listens, l -> {
            if (ArtistFilter.DAVID_BOWIE.matches(l.track())) {
                last[0] = l.listenedAt();
            }
        });
        return Instant.ofEpochSecond(last[0] + 600);
    }

    private static MeasuredProcess.Result print(String tool, int run, MeasuredProcess.Result r) {
        System.out.printf("  %s run %d: %.2f s wall, peak RSS %,.0f MB%s%n", tool, run, r.wallSeconds(),
                r.peakRssBytes() / 1e6, r.exitCode() == 0 ? "" : ", exit " + r.exitCode() + ": " + firstLines(r.stderr()));
        return r;
    }

    /** Both tables cell by cell (stats prints no albums for the last hour); returns whether they agree. */
    private static String compare(MeasuredProcess.Result stats, MeasuredProcess.Result duckdb) throws Exception {
        if (stats.exitCode() != 0 || duckdb.exitCode() != 0) {
            System.out.println("  no comparison: a run failed");
            return "a run failed";
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode s = json.readTree(stats.stdout());
        JsonNode d = json.readTree(duckdb.stdout());
        List<String> differences = new ArrayList<>();
        System.out.printf("  %-9s %-8s %12s %12s%n", "period", "measure", "stats", "DuckDB");
        for (String period : PERIODS) {
            for (String measure : MEASURES) {
                JsonNode a = s.path(period).path(measure);
                JsonNode b = d.path(period).path(measure);
                boolean same = a.isMissingNode() || a.asDouble() == b.asDouble();
                if (!same) {
                    differences.add(period + " " + measure);
                }
                System.out.printf("  %-9s %-8s %12s %12s%s%n", period, measure, a.isMissingNode() ? "-" : a.asText(),
                        b.asText(), same ? "" : "   <- differs");
            }
        }
        System.out.printf("  unknown-duration songs: stats %s, DuckDB %s%n", s.path("unknown_duration_songs").asText(),
                d.path("unknown_duration_songs").asText());
        String answers = differences.isEmpty() ? "agree in every cell" : "differ in: " + String.join(", ", differences);
        System.out.println("  the answers " + answers);
        return answers;
    }

    /** DuckDbStats' own classes, the JSON writer it prints with, and DuckDB's JDBC jar. */
    private static String duckDbClassPath() throws Exception {
        return Stream.of(DuckDbStats.class, JsonWriter.class, DuckDBDriver.class)
                .map(c -> {
                    try {
                        return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static String firstLines(String text) {
        return text.strip().lines().limit(2).collect(Collectors.joining(" / "));
    }
}
