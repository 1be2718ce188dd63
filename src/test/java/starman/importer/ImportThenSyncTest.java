package starman.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import starman.archive.ByteSource;
import starman.cli.JdkTransport;
import starman.http.PoliteClient;
import starman.http.RetryPolicy;
import starman.listenbrainz.ListenBrainzClient;
import starman.model.Listen;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.store.DayBlockStore;
import starman.sync.HistorySync;
import starman.time.VirtualClock;

/** An imported export and Lane B together, against the simulator over real HTTP. */
class ImportThenSyncTest {
    private static final long DAY = 86_400;
    private static final long EXPORTED_AT = 1_764_000_000L;

    @Test
    void afterAnImportLaneBFetchesOnlyTheRescanWindowAndWhatIsNewerWithoutDuplicates() throws Exception {
        List<Listen> exported = HistoryGenerator.generate(11, "rob", 6_000, EXPORTED_AT).listens();
        List<Listen> since = HistoryGenerator.generate(12, "rob", 150, EXPORTED_AT + 2 * DAY).listens().stream()
                .filter(l -> l.listenedAt() > EXPORTED_AT).toList();
        List<Listen> server = new ArrayList<>(exported);
        server.addAll(since);
        VirtualClock clock = new VirtualClock((EXPORTED_AT + 3 * DAY) * 1000);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportZip.write("rob", exported, zip);
        DayBlockStore store = DayBlockStore.empty(changes -> { });

        ImportResult imported = ImportFile.run(ByteSource.of(zip.toByteArray()), "export.zip",
                new ListenImport(store, null, ListenImport.DEFAULT_BATCH));

        assertThat(imported.added()).isEqualTo(exported.size());
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).user("rob", server)
                .start()) {
            PoliteClient polite = PoliteClient.create(new JdkTransport(Duration.ofSeconds(10)), clock,
                    new PoliteClient.Options(new RetryPolicy(3, 500, 8_000), 1_000, 1));
            HistorySync laneB = new HistorySync(new ListenBrainzClient(polite.http(), simulator.baseUrl()), store,
                    clock, n -> 0, new HistorySync.Options(1_000, 3 * DAY));

            laneB.run("rob");

            assertThat(store.all()).isEqualTo(simulator.listens("rob"));
            long windowAndNew = server.stream().filter(l -> l.listenedAt() >= EXPORTED_AT - 3 * DAY - 120).count();
            assertThat(simulator.stats().requests("listens"))
                    .as("%d listens in the re-scan window and after it, of %d", windowAndNew, server.size())
                    .isEqualTo((windowAndNew + 999) / 1_000);

            ImportResult again = ImportFile.run(ByteSource.of(zip.toByteArray()), "export.zip",
                    new ListenImport(store, null, 7_000));

            assertThat(again.read()).isEqualTo(exported.size());
            assertThat(again.added()).isZero();
            assertThat(store.all()).isEqualTo(simulator.listens("rob"));
        }
    }
}
