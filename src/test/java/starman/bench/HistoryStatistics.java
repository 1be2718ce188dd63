package starman.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import starman.simulator.HistoryShape;
import starman.simulator.RealisticHistory;

/**
 * Prints the shape of the realistic history (and of its worst case) at the sizes given: distinct submissions, bytes
 * per export line, David Bowie's share, the variants, and the export ZIP's size (written once into target/); writes
 * its rows into BENCHMARKS.md ({@link BenchReport}). Command: {@code mvn -B -q -DjvmOnly test-compile && mvn -B -q
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.HistoryStatistics -Dexec.args="100000 1000000"}
 */
public final class HistoryStatistics {
    public static void main(String[] args) throws Exception {
        BenchReport report = new BenchReport("bench-history-statistics", "mvn -B -q -DjvmOnly test-compile",
                HistoryStatistics.class, args, "history", "distinct submissions", "per listen", "msids", "bytes a line",
                "JSONL", "export ZIP", "Bowie", "mapped (no release group)", "duration unknown / in seconds",
                "upper-case credit");
        for (String arg : args.length > 0 ? args : new String[] {"100000", "1000000"}) {
            int listens = Integer.parseInt(arg);
            for (BenchHistory kind : new BenchHistory[] {BenchHistory.REALISTIC, BenchHistory.WORST}) {
                RealisticHistory history = kind.realistic(listens);
                long start = System.nanoTime();
                HistoryShape shape = HistoryShape.of(history);
                System.out.printf("%s %,d (generated and measured in %.1f s): %s%n", kind.label(), listens,
                        (System.nanoTime() - start) / 1e9, shape);
                Path zip = kind.exportZip(listens);
                System.out.printf("  export ZIP %s: %,d bytes%n", zip, Files.size(zip));
                report.row(kind.label() + " " + BenchReport.size(listens),
                        String.format(Locale.ROOT, "%,d", shape.submissions()),
                        String.format(Locale.ROOT, "%.3f", shape.submissions() / (double) listens),
                        String.format(Locale.ROOT, "%,d", shape.msids()),
                        String.format(Locale.ROOT, "%,.0f", shape.bytesPerLine()), BenchReport.bytes(shape.bytes()),
                        BenchReport.bytes(Files.size(zip)), percent(shape.bowieShare()),
                        percent(shape.mappedShare()) + " (" + percent(shape.noReleaseGroupShare()) + ")",
                        percent(shape.unknownDurationShare()) + " / " + percent(shape.secondsDurationShare()),
                        percent(shape.upperCaseShare()));
            }
        }
        report.write();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
