package starman.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux's per-process memory figures from {@code /proc/<pid>/status}, for the benchmarks' peak-memory columns. */
public final class ProcStatus {
    private ProcStatus() {
    }

    /**
     * A field of {@code /proc/<pid>/status} in bytes ({@code VmRSS}: resident now, {@code VmHWM}: the resident
     * peak), or -1 when the process is gone or has no such field.
     */
    public static long bytes(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone between the listing and the read
        }
        return -1;
    }

    /** Starts {@code VmHWM} again from the current resident size (Linux 4.0+; needs the right to write it). */
    public static boolean resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
