package starman.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * RELIABILITY.md at the repository root, written by the fault suites: each suite owns one section between
 * markers and replaces only that, so the JVM suite and the browser suite regenerate the file independently.
 * Sections hold counts only (no dates, no timings), so a rerun leaves the file byte for byte unchanged.
 */
public final class ReliabilityReport {
    static final String HEADER = """
            # Reliability

            The fault suites regenerate this file on every run; it holds counts only, so a rerun leaves it
            unchanged unless the figures change. Each schedule is one seed: a seeded history on the simulator,
            a seeded mix of faults (dropped connections, connections reset mid-body, 500/502/503/504 with and
            without rate-limit headers, a proxy's 502 without CORS headers, 429 storms, slow answers, JSON cut
            in half, 200 answers that are not JSON),
            a full sync until done, then deletions, late and same-second listens inside the re-scan window, new
            listens, and a catch-up. The session suite adds storage faults beside the network's (commits that fail,
            a storage that fills up until room is made) and two tabs, the syncing one closing mid-sync; the browser
            storage suite refuses the compiled bundle's IndexedDB commits, once and for good, in a sync and in
            imports, then reloads the page without the faults. After each run the client's listens are compared
            with the server's (or an imported file's), record for record (a listen missing, extra, duplicated or
            changed is a loss), and the simulator counts every request beyond the rate limit. A suite fails when
            either is above zero.
            """;

    private ReliabilityReport() {
    }

    /** Replaces (or appends) the section {@code name} of RELIABILITY.md with {@code markdown}. */
    public static void writeSection(String name, String markdown) {
        Path file = Paths.get(System.getProperty("starman.basedir", ".")).resolve("RELIABILITY.md");
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
            Files.writeString(file, replaceSection(text, name, markdown), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String replaceSection(String text, String name, String markdown) {
        String begin = "<!-- begin " + name + " -->\n";
        String end = "<!-- end " + name + " -->\n";
        String section = begin + markdown.strip() + "\n" + end;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            return text.strip() + "\n\n" + section;
        }
        return text.substring(0, from) + section + text.substring(to + end.length());
    }

    /** 12345 → "12,345", the same on every machine. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
