package starman.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
    @TempDir
    Path dir;

    private static BenchReport report(String... args) {
        return new BenchReport("bench-x", "mvn -B -q package", BenchReport.class, args, "history", "wall");
    }

    @Test
    void writesTheCommandTheArgumentsTheDateAndTheLoadWithEachRow() {
        String markdown = report("100000", "2").row("realistic 100k", "1.2 s").markdown("");

        assertThat(markdown).startsWith("Written by `mvn -B -q package && mvn -B -q exec:java -Dexec.classpathScope=test"
                + " -Dexec.mainClass=starman.bench.BenchReport`");
        assertThat(markdown).contains("| history | wall | run |\n|---|---:|---|\n");
        assertThat(markdown).containsPattern("\\| realistic 100k \\| 1\\.2 s \\| 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC,"
                + " load [0-9.]+ → [0-9.]+, `-Dexec.args=\"100000 2\"` \\|");
    }

    @Test
    void aRunReplacesItsOwnRowsAndKeepsTheOthers() {
        String first = report().row("realistic 100k", "1 s").row("realistic 1M", "10 s").markdown("");
        String second = report().row("realistic 1M", "9 s").row("worst 1M", "20 s").markdown(first);

        List<String> rows = second.lines().filter(l -> l.startsWith("| realistic") || l.startsWith("| worst")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("| realistic 100k | 1 s |");
        assertThat(rows.get(1)).startsWith("| realistic 1M | 9 s |");
        assertThat(rows.get(2)).startsWith("| worst 1M | 20 s |");
    }

    @Test
    void aTableOfOtherColumnsIsReplacedWhole() {
        String handWritten = "Measured by hand.\n\n| history | wall (2 runs) |\n|---|---:|\n| realistic 1M | 3.6 s |\n";

        String markdown = report().row("worst 1M", "7 s").markdown(handWritten);

        assertThat(markdown).doesNotContain("Measured by hand", "3.6 s").contains("| worst 1M | 7 s |");
    }

    @Test
    void rewritesOnlyItsSectionOfTheFile() throws Exception {
        Path file = dir.resolve("BENCHMARKS.md");
        Files.writeString(file, "# Benchmarks\n\nProse.\n\n<!-- begin bench-x -->\nold\n<!-- end bench-x -->\n\nMore prose.\n");
        String basedir = System.getProperty("starman.basedir");
        System.setProperty("starman.basedir", dir.toString());
        try {
            report().row("simulator 100k", "2 s").write();
        } finally {
            if (basedir == null) {
                System.clearProperty("starman.basedir");
            } else {
                System.setProperty("starman.basedir", basedir);
            }
        }
        String text = Files.readString(file);
        assertThat(text).startsWith("# Benchmarks\n\nProse.\n\n<!-- begin bench-x -->\nWritten by ")
                .contains("| simulator 100k | 2 s |").doesNotContain("old").endsWith("<!-- end bench-x -->\n\nMore prose.\n");
    }
}
