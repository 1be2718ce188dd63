package starman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import starman.importer.ArrayExport;
import starman.importer.ExportZip;
import starman.importer.ImportResult;
import starman.json.JsonWriter;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.TrackMetadata;
import starman.store.PageWrite;
import starman.store.SyncCheckpoint;

/** {@code starman import}: an export folded into a mirror through its streaming merge. */
class ImportCommandTest {
    private static final long T = 1_709_251_200L;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path mirror() {
        return dir.resolve("rob.jsonl");
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Listen listen(long t, String msid, String title) {
        return new Listen(t, t + 5, msid, "rob", new TrackMetadata("David Bowie", title, "Low",
                new AdditionalInfo(238_000L, null, null, null, null, List.of(), null, "Navidrome", Map.of()), null));
    }

    /** A history of {@code n} listens a minute apart, with a second listen in the same second now and then. */
    private static List<Listen> history(int n) {
        List<Listen> listens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            listens.add(listen(T + 60L * i, "msid-" + i, "Track " + i));
            if (i % 7 == 0) {
                listens.add(listen(T + 60L * i, "msid-" + i + "-tie", "Tie " + i));
            }
        }
        listens.sort((a, b) -> a.key().compareTo(b.key()));
        return listens;
    }

    private List<Listen> mirrored() throws IOException {
        return Files.readAllLines(mirror()).stream().map(ListenJson::parse).toList();
    }

    @Test
    void anExportZipBecomesTheMirrorOneApiListenALineOldestFirst() throws IOException {
        List<Listen> listens = history(300);
        Path export = ExportZip.write("rob", listens, dir.resolve("listenbrainz_rob.zip"));

        assertThat(run("import", "--listens", export.toString(), "--out", mirror().toString())).as(stderr()).isZero();

        assertThat(mirrored()).isEqualTo(listens);
        assertThat(Files.readAllLines(mirror()).get(0)).isEqualTo(ListenJson.toJson(listens.get(0)));
        assertThat(stderr()).isEqualTo("imported " + export + " into " + mirror() + ": " + listens.size()
                + " listens read (+" + listens.size() + " new), 0 lines skipped; " + listens.size()
                + " listens in the mirror" + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExportZip.Shape.class)
    void everyShapeOfExportZipFoldsIntoTheSameMirror(ExportZip.Shape shape) throws IOException {
        List<Listen> listens = history(200);
        Path export = Files.write(dir.resolve("export.zip"), ExportZip.bytes("rob", listens, shape));

        assertThat(run("import", "--listens", export.toString(), "--out", mirror().toString())).as(stderr()).isZero();

        assertThat(mirrored()).isEqualTo(listens);
    }

    @Test
    void theOldJsonArrayExportNewestFirstAndPrettyPrintedFoldsInOldestFirst() throws IOException {
        List<Listen> listens = history(200);
        Path export = Files.writeString(dir.resolve("rob_lb-2024-07-01.json"), ArrayExport.pretty(listens));

        assertThat(run("import", "--listens", export.toString(), "--out", mirror().toString())).as(stderr()).isZero();

        assertThat(mirrored()).isEqualTo(listens);
    }

    @Test
    void anImportAddsOnlyWhatTheMirrorLacksAndKeepsItsVersion() throws IOException {
        Listen synced = listen(T, "a", "Sound and Vision (synced)");
        try (JsonlMirrorStore store = JsonlMirrorStore.open(mirror())) {
            store.apply(new PageWrite(List.of(synced), 1, Long.MAX_VALUE, SyncCheckpoint.IDLE));
        }
        Listen older = listen(T - 3_600, "b", "Warszawa");
        Path export = ExportZip.write("rob", List.of(older, listen(T, "a", "Sound and Vision")),
                dir.resolve("export.zip"));

        assertThat(run("import", "--listens", export.toString(), "--out", mirror().toString())).as(stderr()).isZero();
        assertThat(run("import", "--listens", export.toString(), "--out", mirror().toString())).as(stderr()).isZero();

        assertThat(mirrored()).containsExactly(older, synced);
        assertThat(stderr().lines()).containsExactly(
                "imported " + export + " into " + mirror() + ": 2 listens read (+1 new), 0 lines skipped; 2 listens in the mirror",
                "imported " + export + " into " + mirror() + ": 2 listens read (+0 new), 0 lines skipped; 2 listens in the mirror");
    }

    @Test
    void aFileInAnyOrderWithRepeatsIsMergedThroughRunsAndFoldsInBoundedMemory() throws IOException {
        List<Listen> listens = history(1_500);
        List<String> lines = new ArrayList<>();
        for (Listen listen : listens) {
            lines.add(ListenJson.toJson(listen));
        }
        Collections.shuffle(lines, new Random(3));
        lines.add(0, lines.get(lines.size() - 1));
        lines.add(ListenJson.toJson(listen(T, "msid-0", "a later line of a key read before")));
        Path file = Files.write(dir.resolve("listens.jsonl"), lines);
        int[] folds = {0};
        JsonlMirrorStore.Steps counting = step -> folds[0] += step == JsonlMirrorStore.Step.TEMP_WRITTEN ? 1 : 0;

        ImportResult result;
        try (FileBytes bytes = FileBytes.open(file);
             JsonlMirrorStore store = JsonlMirrorStore.open(mirror(), 4_000, counting)) {
            result = MirrorImport.run(store, bytes, "listens.jsonl", null);
        }

        assertThat(mirrored()).isEqualTo(listens);
        assertThat(result.read()).isEqualTo(lines.size());
        assertThat(result.added()).isEqualTo(listens.size());
        assertThat(folds[0]).as("folds when the runs reach their limit, then at the end").isGreaterThan(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("listens.jsonl", "rob.jsonl");
        }
    }

    @Test
    void linesThatAreNotListensAreSkippedAndNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("listens.jsonl"), ListenJson.toJson(listen(T, "a", "Be My Wife")) + "\n"
                + "{\"listened_at\": 1}\n" + "not json\n" + ListenJson.toJson(listen(T + 60, "b", "Always Crashing")) + "\n");

        assertThat(run("import", "--listens", file.toString(), "--out", mirror().toString())).as(stderr()).isZero();

        assertThat(mirrored()).extracting(Listen::recordingMsid).containsExactly("a", "b");
        assertThat(stderr().lines()).hasSize(3).element(0).asString().endsWith("2 listens read (+2 new), 2 lines skipped;"
                + " 2 listens in the mirror");
        assertThat(stderr().lines().skip(1)).allMatch(line -> line.startsWith("  skipped listens.jsonl, line "));
    }

    @Test
    void anotherUsersExportIsRefusedAndTheMirrorLeftAlone() throws IOException {
        Path mine = ExportZip.write("rob", List.of(listen(T, "a", "Speed of Life")), dir.resolve("rob.zip"));
        assertThat(run("import", "--listens", mine.toString(), "--out", mirror().toString())).isZero();
        String before = Files.readString(mirror());
        Path theirs = ExportZip.write("alice", List.of(listen(T + 60, "b", "Breaking Glass")), dir.resolve("alice.zip"));
        err.reset();

        assertThat(run("import", "--listens", theirs.toString(), "--out", mirror().toString())).isEqualTo(1);
        assertThat(stderr()).isEqualTo("starman import: 'alice.zip' is alice's export, and the mirror holds rob's listens."
                + System.lineSeparator());
        assertThat(run("import", "--listens", mine.toString(), "--out", mirror().toString(), "--user", "alice"))
                .isEqualTo(1);
        assertThat(Files.readString(mirror())).isEqualTo(before);
    }

    @Test
    void listensThatNameNoUserNeedOneNamed() throws IOException {
        Listen listen = listen(T, "a", "What in the World");
        JsonWriter w = new JsonWriter();
        ListenJson.writeExportLine(w, listen);
        Path file = Files.writeString(dir.resolve("export.jsonl"), w + "\n");

        assertThat(run("import", "--listens", file.toString(), "--out", mirror().toString())).isEqualTo(1);
        assertThat(stderr()).isEqualTo("starman import: 'export.jsonl' does not say whose listens it holds; name the"
                + " user with --user NAME." + System.lineSeparator());
        assertThat(run("import", "--listens", file.toString(), "--out", mirror().toString(), "--user", "rob")).isZero();
        assertThat(mirrored()).containsExactly(listen);
    }

    @Test
    void aMissingFileIsOneLine() {
        Path missing = dir.resolve("missing.zip");

        assertThat(run("import", "--listens", missing.toString(), "--out", mirror().toString())).isEqualTo(1);
        assertThat(stderr()).isEqualTo("starman import: " + missing + ": no such file" + System.lineSeparator());
        assertThat(run("import", "--out", mirror().toString())).isEqualTo(2);
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(ImportCommand.USAGE);
    }
}
