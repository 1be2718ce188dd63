package starman.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import starman.testing.MarkedSections;

/**
 * A benchmark program's table in BENCHMARKS.md, in a section of its own ({@link MarkedSections}), so the figures
 * there are the ones a run printed. A row per kind of run (its history and size, say), so a run with other
 * arguments keeps the other rows; each row says when it ran, the machine's 1-minute load average (/proc/loadavg)
 * at the run's start and end, and the arguments; the line above the table gives the command. A table whose
 * columns changed is replaced whole.
 */
public final class BenchReport {
    /** The system properties that choose what a benchmark runs, so a row's command names them. */
    private static final List<String> OPTIONS = List.of("starman.history", "starman.baselineSite");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private final String section;
    private final String command;
    private final String arguments;
    private final String header;
    private final String started = ZonedDateTime.now(ZoneOffset.UTC).format(WHEN);
    private final String loadAtStart = load();
    private final Map<String, String> rows = new LinkedHashMap<>();

    /**
     * @param section the name of its section in BENCHMARKS.md
     * @param build   the build the program needs first, such as {@code mvn -B -q package -DskipTests}
     * @param columns the table's column headings, the first naming the rows
     */
    public BenchReport(String section, String build, Class<?> program, String[] args, String... columns) {
        this.section = section;
        this.command = build + " && mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=" + program.getName();
        List<String> given = new ArrayList<>();
        if (args.length > 0) {
            given.add("-Dexec.args=\"" + String.join(" ", args) + "\"");
        }
        for (String option : OPTIONS) {
            if (System.getProperty(option) != null) {
                given.add("-D" + option + "=" + System.getProperty(option));
            }
        }
        this.arguments = given.isEmpty() ? "no arguments" : "`" + String.join(" ", given) + "`";
        List<String> all = new ArrayList<>(Arrays.asList(columns));
        all.add("run");
        this.header = "| " + String.join(" | ", all) + " |";
    }

    /** A row named {@code name} (it replaces the table's row of that name), with one cell per column after the first. */
    public BenchReport row(String name, Object... cells) {
        rows.put(name, "| " + name + " | " + Arrays.stream(cells).map(String::valueOf).collect(Collectors.joining(" | "))
                + " | " + started + ", load " + loadAtStart + " → " + load() + ", " + arguments + " |");
        return this;
    }

    /** Rewrites the section in BENCHMARKS.md and prints it. */
    public void write() {
        Path file = MarkedSections.file("BENCHMARKS.md");
        String markdown = markdown(MarkedSections.read(file, section));
        MarkedSections.write(file, "# Benchmarks\n", section, markdown);
        System.out.println(markdown);
    }

    /** The section: the command line, then the table, the rows of {@code previous} kept unless replaced. */
    String markdown(String previous) {
        Map<String, String> table = new LinkedHashMap<>();
        List<String> lines = previous.lines().filter(l -> l.startsWith("|")).toList();
        if (lines.size() > 2 && lines.get(0).equals(header)) {
            for (String line : lines.subList(2, lines.size())) {
                table.put(name(line), line);
            }
        }
        table.putAll(rows);
        String alignment = "|---" + "|---:".repeat(header.split(" \\| ").length - 2) + "|---|"; // run: left
        return "Written by `" + command + "` (each row's arguments in its last cell), the load being the 1-minute"
                + " average of /proc/loadavg when the run started and ended.\n\n" + header + "\n" + alignment + "\n"
                + String.join("\n", table.values()) + "\n";
    }

    private static String name(String row) {
        return row.substring(2, row.indexOf(" | "));
    }

    /** The 1-minute load average, or "n/a" where /proc/loadavg cannot be read. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** "100k", "1M", or the count with separators. */
    static String size(int listens) {
        return listens % 1_000_000 == 0 ? listens / 1_000_000 + "M"
                : listens % 1_000 == 0 ? listens / 1_000 + "k" : String.format(Locale.ROOT, "%,d", listens);
    }

    /** Median, least and greatest of {@code values} (not empty). */
    static double[] medianMinMax(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new double[] {sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1)};
    }

    /** "183 ms (174-201)": the median, then the range. */
    static String medianMs(List<Double> millis) {
        double[] m = medianMinMax(millis);
        return String.format(Locale.ROOT, "%,.0f ms (%,.0f-%,.0f)", m[0], m[1], m[2]);
    }

    /** "67-135 ms": the least and the greatest. */
    static String range(LongStream values, String unit) {
        LongSummaryStatistics s = values.summaryStatistics();
        return s.getMin() == s.getMax() ? String.format(Locale.ROOT, "%,d%s", s.getMin(), unit)
                : String.format(Locale.ROOT, "%,d-%,d%s", s.getMin(), s.getMax(), unit);
    }

    /** Whole milliseconds, or tenths below 10 ms (the browser's clock has 0.1 ms steps). */
    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%,.0f ms", millis);
    }

    static String bytes(long bytes) {
        return String.format(Locale.ROOT, "%,d B", bytes);
    }
}
