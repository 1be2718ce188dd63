package starman.testing;

import java.util.Locale;

/**
 * RELIABILITY.md at the repository root, written by the fault suites: each suite owns one section between
 * markers ({@link MarkedSections}) and replaces only that, so the JVM suite and the browser suite regenerate the
 * file independently.
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
        MarkedSections.write(MarkedSections.file("RELIABILITY.md"), HEADER, name, markdown);
    }

    /** 12345 → "12,345", the same on every machine. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
