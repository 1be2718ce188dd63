package starman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import starman.simulator.Fault;
import starman.simulator.FaultPlan;
import starman.simulator.ListenBrainzSimulator;

/**
 * {@code java starman.cli.Main sync} in its own JVM, on the real clock: killed for real mid-sync, or halted right
 * after a step of a fold, then run again.
 */
class SyncProcessTest {
    private static final Pattern REQUESTS = Pattern.compile(", (\\d+) requests in ");

    @TempDir
    Path dir;

    private static ProcessBuilder cli(ListenBrainzSimulator simulator, Path mirror) {
        return java(Main.class.getName(), "sync", "--user", SyncCommandTest.USER, "--api-root", simulator.baseUrl(),
                "--out", mirror.toString());
    }

    private static ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    @Test
    void killedMidSyncThenRunAgainEndsWithTheServersSetAndCountsEveryRequestTheServerSaw() throws Exception {
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().rateLimit(10, 1).demoUser(20_000, 3)
                .start()) {
            Path mirror = dir.resolve("demo.jsonl");
            Process first = cli(simulator, mirror).start();
            String line;
            try (BufferedReader progress = first.inputReader(StandardCharsets.UTF_8)) {
                do {
                    line = progress.readLine();
                } while (line != null && !line.startsWith("page 5:"));
                first.destroyForcibly().waitFor();
            }
            assertThat(line).as("killed mid-sync").isNotNull();
            assertThat(dir.resolve("demo.jsonl.sync")).as("the interrupted run's journal").exists();

            // a fresh JVM: only JdkTransport keeps java.net.http from re-sending the dropped requests
            simulator.setFaults(FaultPlan.random(3, 0.1, List.of(Fault.drop(), Fault.serverError(503, false))));
            long before = simulator.stats().requests();
            Process second = cli(simulator, mirror).redirectErrorStream(false).start();
            String stderr = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor()).as(stderr).isZero();
            assertThat(second.getInputStream().readAllBytes()).as("stdout stays clean").isEmpty();

            SyncCommandTest.assertMirrors(mirror, simulator.listens(SyncCommandTest.USER));
            assertThat(simulator.stats().faults()).isPositive();
            assertThat(requests(stderr)).isEqualTo(simulator.stats().requests() - before);
        }
    }

    /** Mid-run, each page outgrows a 50 kB budget and the runs the mirror, so the second fold comes after page 2. */
    @ParameterizedTest
    @EnumSource(JsonlMirrorStore.Step.class)
    void killedForRealAfterAStepOfAFoldThenRunAgainEndsWithTheServersSet(JsonlMirrorStore.Step step) throws Exception {
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().demoUser(3_500, 5).start()) {
            Path mirror = dir.resolve("demo.jsonl");
            Process halting = java(HaltingSync.class.getName(), step.name(), "2", "50000", "--user",
                    SyncCommandTest.USER, "--api-root", simulator.baseUrl(), "--out", mirror.toString()).start();
            String output = new String(halting.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(halting.waitFor()).as("halted after %s: %s", step, output).isEqualTo(HaltingSync.HALTED);

            Process again = cli(simulator, mirror).start();
            String stderr = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(again.waitFor()).as(stderr).isZero();
            SyncCommandTest.assertMirrors(mirror, simulator.listens(SyncCommandTest.USER));
        }
    }

    private static long requests(String stderr) {
        Matcher m = REQUESTS.matcher(stderr);
        assertThat(m.find()).as(stderr).isTrue();
        return Long.parseLong(m.group(1));
    }
}
