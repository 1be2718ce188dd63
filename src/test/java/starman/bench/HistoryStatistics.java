package starman.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import starman.simulator.HistoryShape;
import starman.simulator.RealisticHistory;

/**
 * Prints the shape of the realistic history (and of its worst case) at the sizes given: distinct submissions, bytes
 * per export line, David Bowie's share, the variants, and the export ZIP's size (written once into target/). Command
 * (BENCHMARKS.md): {@code mvn -B -q -DjvmOnly test-compile && mvn -B -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=starman.bench.HistoryStatistics -Dexec.args="100000 1000000"}
 */
public final class HistoryStatistics {
    public static void main(String[] args) throws Exception {
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
            }
        }
    }
}
