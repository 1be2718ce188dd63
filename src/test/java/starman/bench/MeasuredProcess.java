package starman.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import starman.testing.ProcStatus;

/**
 * Runs a command as a separate process and measures it from the outside: wall time (from start to exit, so a JVM's
 * start counts) and peak resident memory, from {@code /usr/bin/time -v} (the kernel's maximum RSS of the child)
 * when it is there, else by sampling the process's {@code VmHWM} every 20 ms.
 */
final class MeasuredProcess {
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    record Result(String stdout, String stderr, int exitCode, double wallSeconds, long peakRssBytes) {
    }

    private MeasuredProcess() {
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(TIME);
        List<String> line = new ArrayList<>();
        if (timed) {
            line.addAll(List.of(TIME.toString(), "-v"));
        }
        line.addAll(command);
        File out = File.createTempFile("starman-measured-", ".out");
        File err = File.createTempFile("starman-measured-", ".err");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(line).redirectOutput(out).redirectError(err).start();
            long sampledPeak = 0;
            while (!timed && process.isAlive()) {
                sampledPeak = Math.max(sampledPeak, ProcStatus.bytes(process.pid(), "VmHWM"));
                Thread.sleep(20);
            }
            int exit = process.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
            long peak = sampledPeak;
            if (timed) {
                Matcher m = MAX_RSS.matcher(stderr);
                peak = m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
            }
            return new Result(Files.readString(out.toPath(), StandardCharsets.UTF_8), stderr, exit, wall, peak);
        } finally {
            Files.deleteIfExists(out.toPath());
            Files.deleteIfExists(err.toPath());
        }
    }

    /** The command that starts this JVM's own java with {@code args}. */
    static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(List.of(args));
        return command;
    }
}
