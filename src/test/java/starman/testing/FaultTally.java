package starman.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.testing.ReliabilityReport.count;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.model.Listen;
import starman.simulator.Fault;
import starman.simulator.SimulatorStats;

/** What a fault suite saw over its schedules, and its RELIABILITY.md section. */
public final class FaultTally {
    int schedules;
    int schedulesWithFaults;
    long listensCompared;
    long losses;
    long requests;
    long overLimit;
    long tooManyRequests;
    final Map<Fault.Kind, Long> faults = new EnumMap<>(Fault.Kind.class);
    final Map<StorageFault, Long> storageFaults = new EnumMap<>(StorageFault.class);
    final StringBuilder lossReport = new StringBuilder();

    /**
     * Compares the client's listens with the server's record for record; each listen missing, extra,
     * duplicated or changed is one loss. Returns the losses found.
     */
    public long compare(long seed, String when, List<Listen> stored, List<Listen> server) {
        listensCompared += server.size();
        long found = differences(stored, server);
        if (found > 0) {
            losses += found;
            lossReport.append("seed ").append(seed).append(", ").append(when).append(": ").append(found)
                    .append(" listens differ\n");
        }
        return found;
    }

    /** Listens in one list and not the other, counted with multiplicity. */
    public static long differences(List<Listen> stored, List<Listen> server) {
        return balance(stored, server).values().stream().mapToLong(Math::abs).sum();
    }

    /**
     * Stored listens that are not the server's, counted with multiplicity (a duplicate or a changed listen is
     * one): zero while a client holds part of the history and nothing wrong.
     */
    public static long extras(List<Listen> stored, List<Listen> server) {
        return balance(stored, server).values().stream().filter(n -> n < 0).mapToLong(n -> -n).sum();
    }

    /** Per listen, how many times the server has it minus how many times it is stored. */
    private static Map<Listen, Integer> balance(List<Listen> stored, List<Listen> server) {
        Map<Listen, Integer> balance = new HashMap<>();
        server.forEach(l -> balance.merge(l, 1, Integer::sum));
        stored.forEach(l -> balance.merge(l, -1, Integer::sum));
        return balance;
    }

    /** Adds one finished schedule's server-side counts. */
    public void record(SimulatorStats stats) {
        schedules++;
        if (stats.faults() > 0) {
            schedulesWithFaults++;
        }
        requests += stats.requests();
        overLimit += stats.rateLimited();
        tooManyRequests += stats.answered(429);
        for (Fault.Kind kind : Fault.Kind.values()) {
            long n = stats.faults(kind);
            if (n > 0) {
                faults.merge(kind, n, Long::sum);
            }
        }
    }

    public Map<Fault.Kind, Long> faults() {
        return faults;
    }

    /** What a store can do to a sync, beside the network's faults. */
    public enum StorageFault {
        /** The transaction aborted (a closed database, an I/O error). */
        FAILED_COMMIT,
        /** The transaction aborted for lack of room (QuotaExceededError). */
        STORAGE_FULL
    }

    /** Adds storage faults one schedule injected. */
    public void recordStorage(StorageFault kind, long n) {
        if (n > 0) {
            storageFaults.merge(kind, n, Long::sum);
        }
    }

    public Map<StorageFault, Long> storageFaults() {
        return storageFaults;
    }

    /**
     * The section for a suite on real time (a browser), whose request and fault counts vary with timing:
     * only the figures a rerun reproduces.
     */
    public String markdownOnRealTime(String title, long firstSeed, int schedulesAsked, String command) {
        assertThat(schedules).isEqualTo(schedulesAsked);
        StringBuilder md = new StringBuilder("## " + title + "\n\n`" + command + "`\n\n"
                + "| Figure | Count |\n|---|---:|\n"
                + "| Seeds | " + firstSeed + " to " + (firstSeed + schedules - 1) + " |\n"
                + "| Schedules run | " + count(schedules) + " |\n"
                + "| Listens compared (after backfill and after catch-up) | " + count(listensCompared) + " |\n"
                + "| Schedules with faults injected (how many varies with timing) | " + count(schedulesWithFaults)
                + " |\n");
        storageRows(md);
        return md.append("| Requests beyond the rate limit | ").append(count(overLimit)).append(" |\n")
                .append("| Losses found | ").append(count(losses)).append(" |\n").toString();
    }

    /**
     * The section for a suite of cases rather than seeds, each one simulator (see {@link #record}) whose commits
     * were refused on purpose: the commits each case refused ({@code refused}, by case, adding up to the failed
     * commits recorded), the listens compared, the losses.
     */
    public String markdownOfCases(String title, String command, Map<String, Long> refused) {
        long failed = storageFaults.getOrDefault(StorageFault.FAILED_COMMIT, 0L);
        assertThat(refused.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(failed);
        StringBuilder md = new StringBuilder("## " + title + "\n\n`" + command + "`\n\n"
                + "| Figure | Count |\n|---|---:|\n"
                + "| Cases run | " + count(schedules) + " |\n"
                + "| Commits refused (the transaction aborted) | " + count(failed) + " |\n");
        refused.forEach((kind, n) -> md.append("| - ").append(kind).append(" | ").append(count(n)).append(" |\n"));
        return md.append("| Listens compared (after the faults and after each reload) | ").append(count(listensCompared))
                .append(" |\n")
                .append("| Requests beyond the rate limit | ").append(count(overLimit)).append(" |\n")
                .append("| Losses found | ").append(count(losses)).append(" |\n").toString();
    }

    public void assertNoLossAndNoOverrun() {
        assertThat(lossReport.toString()).as("listens lost, extra, duplicated or changed").isEmpty();
        assertThat(losses).isZero();
        assertThat(overLimit).as("requests beyond the rate limit").isZero();
    }

    /** The section: the seeds, the counts, and the command that regenerates it. */
    public String markdown(String title, long firstSeed, int schedulesAsked, String slow, String command) {
        assertThat(schedules).isEqualTo(schedulesAsked);
        long injected = faults.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title).append("\n\n");
        md.append("`").append(command).append("`\n\n");
        md.append("| Figure | Count |\n|---|---:|\n");
        md.append("| Seeds | ").append(firstSeed).append(" to ").append(firstSeed + schedules - 1).append(" |\n");
        md.append("| Schedules run | ").append(count(schedules)).append(" |\n");
        md.append("| Listens compared (after backfill and after catch-up) | ").append(count(listensCompared))
                .append(" |\n");
        md.append("| API requests | ").append(count(requests)).append(" |\n");
        md.append("| Faults injected | ").append(count(injected)).append(" |\n");
        for (Fault.Kind kind : Fault.Kind.values()) {
            md.append("| - ").append(describe(kind, slow)).append(" | ")
                    .append(count(faults.getOrDefault(kind, 0L))).append(" |\n");
        }
        storageRows(md);
        md.append("| 429 answers (all from injected storms) | ").append(count(tooManyRequests)).append(" |\n");
        md.append("| Requests beyond the rate limit | ").append(count(overLimit)).append(" |\n");
        md.append("| Losses found | ").append(count(losses)).append(" |\n");
        return md.toString();
    }

    /** The storage faults' rows, once a suite recorded any (a browser suite does once its IndexedDB fails on purpose). */
    private void storageRows(StringBuilder md) {
        if (storageFaults.isEmpty()) {
            return;
        }
        md.append("| Storage faults injected | ")
                .append(count(storageFaults.values().stream().mapToLong(Long::longValue).sum())).append(" |\n");
        for (StorageFault kind : StorageFault.values()) {
            md.append("| - ").append(describe(kind)).append(" | ").append(count(storageFaults.getOrDefault(kind, 0L)))
                    .append(" |\n");
        }
    }

    private static String describe(StorageFault kind) {
        return switch (kind) {
            case FAILED_COMMIT -> "a commit refused (the transaction aborted)";
            case STORAGE_FULL -> "a commit refused for lack of room (the storage full until room is made)";
        };
    }

    private static String describe(Fault.Kind kind, String slow) {
        return switch (kind) {
            case DROP -> "connection closed without an answer";
            case RESET -> "connection reset half-way through the body";
            case SERVER_ERROR -> "500, 502, 503 or 504";
            case PROXY_ERROR -> "a proxy's 502 without CORS headers";
            case SLOW -> "slow answer (" + slow + ")";
            case TRUNCATED -> "JSON cut in half";
            case MALFORMED -> "200 with a body that is not JSON";
            case STORM -> "429 storm requests";
        };
    }
}
