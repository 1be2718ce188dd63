package starman.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import starman.simulator.ListenBrainzSimulator;

/**
 * The packaged CLI jar holds only its side (the core, cli and simulator) and runs on its own: {@code java -jar}
 * with nothing else on the class path, for --help, sync, stats and demo.
 */
class CliJarIT {
    private static final Path TARGET = Path.of(System.getProperty("starman.target", "target"));
    private static final Path JAR = TARGET.resolve("starman-cli.jar");

    @TempDir
    Path dir;

    @Test
    void holdsNoBrowserSideBenchOrBuildClasses() throws IOException {
        List<String> names;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            names = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
        }
        assertThat(names).contains("starman/cli/Main.class", "starman/simulator/ListenBrainzSimulator.class",
                "starman/metrics/ListenIndex.class", "starman/session/Session.class");
        assertThat(names).noneMatch(n -> n.startsWith("org/teavm") || n.startsWith("starman/ui/")
                || n.startsWith("starman/browser/") || n.startsWith("starman/bench/") || n.startsWith("starman/build/")
                || n.startsWith("templates/") || n.startsWith("META-INF/flavour/"));
    }

    @Test
    void printsItsUsage() throws Exception {
        Run help = run("--help");
        assertThat(help.status()).as(help.err()).isZero();
        assertThat(help.out()).contains("usage: starman <command>", "demo", "stats", "sync");
    }

    @Test
    void mirrorsAHistoryThenCountsIt() throws Exception {
        Path mirror = dir.resolve("demo.jsonl");
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().demoUser(2_000, 5).start()) {
            Run sync = run("sync", "--user", ListenBrainzSimulator.DEMO_USER, "--api-root", simulator.baseUrl(),
                    "--out", mirror.toString());
            assertThat(sync.status()).as(sync.err()).isZero();
            assertThat(Files.readAllLines(mirror)).hasSize(simulator.listens(ListenBrainzSimulator.DEMO_USER).size());
        }
        Run stats = run("stats", "--listens", mirror.toString(), "--tz", "UTC");
        assertThat(stats.status()).as(stats.err()).isZero();
        assertThat(stats.out()).startsWith("{").contains("\"all_time\"");
    }

    @Test
    void servesTheBuiltSiteBesideItWithTheSimulator() throws Exception {
        assumeTrue(Files.isRegularFile(TARGET.resolve("site").resolve("starman.wasm")), "no site built (-DjvmOnly)");
        Process demo = new ProcessBuilder(java(), "-jar", JAR.toString(), "demo", "--port", "0", "--listens", "100")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = demo.inputReader(StandardCharsets.UTF_8)) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.contains("http://127.0.0.1:"));
            assertThat(line).as("the address the demo prints").isNotNull();
            String base = line.strip().substring(0, line.strip().indexOf("/?"));
            HttpClient http = HttpClient.newHttpClient();
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("starman.wasm-runtime.js");
            HttpResponse<byte[]> wasm = http.send(HttpRequest.newBuilder(URI.create(base + "/starman.wasm")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(wasm.body()).isEqualTo(Files.readAllBytes(TARGET.resolve("site").resolve("starman.wasm")));
        } finally {
            demo.destroyForcibly().waitFor();
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("starman-cli", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
            return new Run(p.exitValue(), out, Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
