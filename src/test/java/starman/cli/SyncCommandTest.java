package starman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import starman.http.Request;
import starman.importer.ExportZip;
import starman.http.Response;
import starman.http.Transport;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.simulator.Fault;
import starman.simulator.FaultPlan;
import starman.simulator.ListenBrainzSimulator;
import starman.time.VirtualClock;

/** {@code starman sync} against the simulator over real HTTP, on virtual time. */
class SyncCommandTest {
    static final String USER = ListenBrainzSimulator.DEMO_USER;
    static final List<Fault> FAULTS = List.of(Fault.drop(), Fault.serverError(500, true),
            Fault.serverError(503, false), Fault.storm(3), Fault.slow(5), Fault.truncated());
    private static final long DAY = 86_400;
    private static final JdkTransport TRANSPORT = new JdkTransport(Duration.ofSeconds(10));

    @TempDir
    Path dir;

    private final VirtualClock clock = new VirtualClock(1_764_000_000_000L);
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ListenBrainzSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private ListenBrainzSimulator start(int listens, FaultPlan faults) throws IOException {
        simulator = ListenBrainzSimulator.builder().clock(clock).demoUser(listens, 11).faults(faults).start();
        return simulator;
    }

    private SyncCommand command(Transport transport) {
        return new SyncCommand(transport, clock, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private SyncCommand.Options options(String... more) {
        List<String> args = new ArrayList<>(List.of("--user", USER, "--api-root", simulator.baseUrl(),
                "--out", mirror().toString()));
        args.addAll(List.of(more));
        return SyncCommand.Options.parse(args);
    }

    private Path mirror() {
        return dir.resolve("demo.jsonl");
    }

    static List<Listen> read(Path mirror) throws IOException {
        return Files.readAllLines(mirror).stream().map(ListenJson::parse).toList();
    }

    /** The mirror holds exactly the server's listens, in order; keys first, for a readable failure. */
    static void assertMirrors(Path mirror, List<Listen> server) throws IOException {
        List<Listen> mirrored = read(mirror);
        assertThat(mirrored.stream().map(Listen::key).toList()).isEqualTo(server.stream().map(Listen::key).toList());
        assertThat(mirrored).isEqualTo(server);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void mirrorsTheServersSetThenTakesInLateListensAndDropsDeletedOnesInTheWindow() throws IOException {
        start(3_000, FaultPlan.random(7, 0.3, FAULTS));

        SyncCommand.Summary first = command(TRANSPORT).sync(options());

        assertMirrors(mirror(), simulator.listens(USER));
        assertThat(first.listens()).isEqualTo(3_000);
        assertThat(first.requests()).isEqualTo(simulator.stats().requests());

        List<Listen> server = simulator.listens(USER);
        Listen newest = server.get(server.size() - 1);
        simulator.addListen(USER, copy(newest, newest.listenedAt() - DAY, "late-import"));
        simulator.addListen(USER, copy(newest, newest.listenedAt(), "same-second"));
        simulator.addListen(USER, copy(newest, newest.listenedAt() + 300, "new"));
        simulator.deleteListen(USER, newest.listenedAt(), newest.recordingMsid());
        clock.advance(60_000);
        long requestsBefore = simulator.stats().requests();

        SyncCommand.Summary second = command(TRANSPORT).sync(options("--rescan-days", "3"));

        assertMirrors(mirror(), simulator.listens(USER));
        assertThat(second.added()).isEqualTo(3);
        assertThat(second.removed()).isEqualTo(1);
        assertThat(second.requests()).isEqualTo(simulator.stats().requests() - requestsBefore);
        assertThat(simulator.stats().faults()).isPositive();
        assertThat(simulator.stats().rateLimited()).isZero();
        assertThat(dir.resolve("demo.jsonl.sync")).doesNotExist();
    }

    @Test
    void interruptedBeforeEachOfItsRequestsAndRunAgainEndsWithTheServersSet() throws IOException {
        start(2_500, FaultPlan.random(6, 0.1, FAULTS));
        long requests = 0;
        for (int killAt = 1; ; killAt++) {
            Files.deleteIfExists(mirror());
            Files.deleteIfExists(dir.resolve("demo.jsonl.sync"));
            try {
                command(new KillingTransport(TRANSPORT, killAt)).sync(options());
                break; // ran to the end before request killAt: every page boundary has been tried
            } catch (Killed expected) {
                tearJournal();
            }
            long before = simulator.stats().requests();
            SyncCommand.Summary resumed = command(TRANSPORT).sync(options());

            assertMirrors(mirror(), simulator.listens(USER));
            assertThat(resumed.requests()).isEqualTo(simulator.stats().requests() - before);
            requests = killAt;
        }
        assertThat(requests).as("requests of one sync").isGreaterThan(3);
        assertThat(simulator.stats().rateLimited()).isZero();
    }

    /** A kill can land in the middle of a journal write. */
    private void tearJournal() throws IOException {
        Path journal = dir.resolve("demo.jsonl.sync");
        if (Files.exists(journal)) {
            Files.writeString(journal, "{\"from\":1,\"to\":", StandardOpenOption.APPEND);
        }
    }

    @Test
    void anExportWithAGapImportedIntoTheMirrorIsFilledInByTheNextSync() throws IOException {
        start(3_000, FaultPlan.NONE);
        List<Listen> server = simulator.listens(USER);
        List<Listen> exported = new ArrayList<>(server.subList(0, 800));
        exported.addAll(server.subList(2_200, 3_000));
        Path export = ExportZip.write(USER, exported, dir.resolve("export.zip"));
        PrintStream quiet = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"import", "--listens", export.toString(), "--out", mirror().toString()},
                quiet, quiet)).as(stderr()).isZero();

        SyncCommand.Summary summary = command(TRANSPORT).sync(options());

        assertMirrors(mirror(), simulator.listens(USER));
        assertThat(summary.added()).isEqualTo(1_400);
    }

    @Test
    void anUnknownUserIsAOneLineError() throws IOException {
        start(10, FaultPlan.NONE);

        int status = command(TRANSPORT).execute(List.of("--user", "nobody", "--api-root", simulator.baseUrl(),
                "--out", mirror().toString()));

        assertThat(status).isEqualTo(1);
        assertThat(stderr()).isEqualTo("starman sync: ListenBrainz has no user called 'nobody'."
                + System.lineSeparator());
    }

    @Test
    void aBadTokenIsRefusedBeforeAnyListenIsFetched() throws IOException {
        start(10, FaultPlan.NONE);

        int status = command(TRANSPORT).execute(List.of("--user", USER, "--api-root", simulator.baseUrl(),
                "--token", "not-the-token", "--out", mirror().toString()));

        assertThat(status).isEqualTo(1);
        assertThat(stderr()).startsWith("starman sync: ListenBrainz says the token is not valid");
        assertThat(simulator.stats().requests("listens")).isZero();
        assertThat(mirror()).doesNotExist();
    }

    @Test
    void aGoodTokenIsAccepted() throws IOException {
        start(10, FaultPlan.NONE);

        int status = command(TRANSPORT).execute(List.of("--user", USER, "--api-root", simulator.baseUrl(),
                "--token", ListenBrainzSimulator.DEMO_TOKEN, "--out", mirror().toString()));

        assertThat(status).isZero();
        assertThat(stderr()).startsWith("synced demo into " + mirror() + ": 10 listens (+10 new, -0 removed)");
    }

    @Test
    void anUnreachableApiRootIsAOneLineError() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        int status = command(TRANSPORT).execute(List.of("--user", USER, "--api-root", "http://127.0.0.1:" + port,
                "--out", mirror().toString()));

        assertThat(status).isEqualTo(1);
        assertThat(stderr()).isEqualTo("starman sync: Cannot reach ListenBrainz (cannot connect to 127.0.0.1:" + port
                + "); check the connection. Run again to resume." + System.lineSeparator());
        assertThat(stderr().lines()).hasSize(1);
    }

    @Test
    void aFileThatIsNotAMirrorIsLeftAlone() throws IOException {
        start(10, FaultPlan.NONE);
        Files.writeString(mirror(), "id,artist,title\n");

        int status = command(TRANSPORT).execute(List.of("--user", USER, "--api-root", simulator.baseUrl(),
                "--out", mirror().toString()));

        assertThat(status).isEqualTo(1);
        assertThat(stderr()).startsWith("starman sync: " + mirror() + ":1: not a ListenBrainz listen");
        assertThat(Files.readString(mirror())).isEqualTo("id,artist,title\n");
        assertThat(simulator.stats().requests()).isZero();
    }

    @Test
    void anotherUsersMirrorIsLeftAlone() throws IOException {
        start(10, FaultPlan.NONE);
        command(TRANSPORT).sync(options());
        long requests = simulator.stats().requests();

        int status = command(TRANSPORT).execute(List.of("--user", "someone-else", "--api-root", simulator.baseUrl(),
                "--out", mirror().toString()));

        assertThat(status).isEqualTo(1);
        assertThat(stderr()).endsWith(mirror() + " mirrors demo's listens, not someone-else's." + System.lineSeparator());
        assertThat(simulator.stats().requests()).isEqualTo(requests);
        assertMirrors(mirror(), simulator.listens(USER));
    }

    @Test
    void aMirrorInAMissingDirectoryFailsBeforeAnyRequest() throws IOException {
        start(10, FaultPlan.NONE);
        Path missing = dir.resolve("missing");

        int status = command(TRANSPORT).execute(List.of("--user", USER, "--api-root", simulator.baseUrl(),
                "--out", missing.resolve("demo.jsonl").toString()));

        assertThat(status).isEqualTo(1);
        assertThat(stderr()).isEqualTo("starman sync: " + missing + ": no such directory for the mirror"
                + System.lineSeparator());
        assertThat(simulator.stats().requests()).isZero();
    }

    @Test
    void badArgumentsPrintTheUsage() {
        int status = command(TRANSPORT).execute(List.of("--user", USER));

        assertThat(status).isEqualTo(2);
        assertThat(stderr()).contains("missing --out").contains(SyncCommand.USAGE);
    }

    private static Listen copy(Listen listen, long listenedAt, String msid) {
        return new Listen(listenedAt, listenedAt + 60, msid, listen.userName(), listen.track());
    }

    private static final class Killed extends RuntimeException {
        Killed() {
            super("killed", null, false, false);
        }
    }

    /** Stops the whole run, like a kill, just before the {@code killAt}-th request leaves. */
    private static final class KillingTransport implements Transport {
        private final Transport delegate;
        private int left;

        KillingTransport(Transport delegate, int killAt) {
            this.delegate = delegate;
            this.left = killAt;
        }

        @Override
        public Response execute(Request request) throws IOException {
            if (--left == 0) {
                throw new Killed();
            }
            return delegate.execute(request);
        }
    }
}
