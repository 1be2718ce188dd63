package starman.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import starman.archive.ArchiveException;
import starman.archive.ByteSource;
import starman.archive.ZipDirectory;
import starman.archive.ZipWriter;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.simulator.HistoryGenerator;
import starman.store.DayBlockStore;
import starman.store.SyncCheckpoint;

class ListenImportTest {
    private static final long END = 1_764_000_000L;
    private static final List<Listen> HISTORY = HistoryGenerator.generate(7, "rob", 3_000, END).listens();

    private static byte[] exportZip(List<Listen> listens) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportZip.write("rob", listens, out);
        return out.toByteArray();
    }

    private static ImportResult run(byte[] file, String name, DayBlockStore store, int batch) throws IOException {
        return ImportFile.run(ByteSource.of(file), name, new ListenImport(store, null, batch));
    }

    @ParameterizedTest
    @EnumSource(ExportZip.Shape.class)
    void anExportZipOfEveryShapeImportsEveryListenWithTheUserNameOfItsUserJson(ExportZip.Shape shape) throws Exception {
        DayBlockStore store = DayBlockStore.empty(changes -> { });

        ImportResult result = run(ExportZip.bytes("rob", HISTORY, shape), "listenbrainz_rob_1764000000.zip", store, 500);

        assertThat(result.read()).isEqualTo(HISTORY.size());
        assertThat(result.added()).isEqualTo(HISTORY.size());
        assertThat(result.skipped()).isZero();
        assertThat(store.all()).isEqualTo(HISTORY);
    }

    @Test
    void anOldExportsJsonArrayImportsEveryListenCompactOrPrettyPrinted() throws Exception {
        for (String array : List.of(ArrayExport.compact(HISTORY), ArrayExport.pretty(HISTORY))) {
            DayBlockStore store = DayBlockStore.empty(changes -> { });
            byte[] file = array.getBytes(StandardCharsets.UTF_8);

            assertThat(ImportFile.plan(ByteSource.of(file), "rob_lb-2024-07-01.json"))
                    .extracting(ImportPart::content).containsExactly(ImportPart.Content.ARRAY);
            ImportResult result = run(file, "rob_lb-2024-07-01.json", store, 500);

            assertThat(result.skipped()).isZero();
            assertThat(result.read()).isEqualTo(HISTORY.size());
            assertThat(store.all()).isEqualTo(HISTORY);
        }
    }

    @Test
    void aJsonArraysBadListensAreReportedByPlaceAndLineAndTheRestIsImported() throws Exception {
        List<Listen> ten = HISTORY.subList(0, 10);
        String pretty = ArrayExport.pretty(ten);
        // the newest listen comes first: the third element is the eighth listen; the fifth loses its listened_at
        String third = ArrayExport.compact(List.of(ten.get(7))).replaceAll("^\\[|\\]$", "");
        String broken = ArrayExport.compact(ten).replace(third, "{\"listened_at\": \"[}{\\\"\", \"track_metadata\": {}}");
        String fifth = "\"listened_at\" : " + ten.get(5).listenedAt() + ",";
        assertThat(pretty).contains(fifth);
        for (String array : List.of(broken, pretty.replace(fifth, ""))) {
            DayBlockStore store = DayBlockStore.empty(changes -> { });

            ImportResult result = run(array.getBytes(StandardCharsets.UTF_8), "old.json", store, 3);

            assertThat(result.skipped()).isEqualTo(1);
            assertThat(result.read()).isEqualTo(9);
            assertThat(result.problems()).hasSize(1);
            assertThat(store.all()).hasSize(9);
        }
        ImportProblem inCompact = run(broken.getBytes(StandardCharsets.UTF_8), "old.json",
                DayBlockStore.empty(changes -> { }), 3).problems().get(0);
        assertThat(inCompact.toString()).startsWith("old.json, listen 3 (line 1): ");
        ImportProblem inPretty = run(pretty.replace(fifth, "").getBytes(StandardCharsets.UTF_8), "old.json",
                DayBlockStore.empty(changes -> { }), 3).problems().get(0);
        assertThat(inPretty.listen()).isEqualTo(5);
        assertThat(inPretty.line()).as("pretty-printed across lines").isGreaterThan(50);
        int element = -1;
        for (int i = 0; i < 5; i++) {
            element = pretty.indexOf("\"track_metadata\"", element + 1);
        }
        element = pretty.lastIndexOf('{', element);
        assertThat(inPretty.line()).isEqualTo(pretty.substring(0, element).chars().filter(c -> c == '\n').count() + 1);
        assertThat(inPretty.reason()).startsWith("listen has no listened_at");
    }

    @Test
    void aJsonArrayCutShortKeepsItsWholeListensAndSaysSo() throws Exception {
        String array = ArrayExport.compact(HISTORY.subList(0, 10));
        byte[] cut = array.substring(0, array.length() * 3 / 4).getBytes(StandardCharsets.UTF_8);
        DayBlockStore store = DayBlockStore.empty(changes -> { });

        ImportResult result = run(cut, "old.json", store, 3);

        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "old.json, line 1: the file ends before its closing ']' (is it cut short?), so it is not a JSON array"
                        + " of listens");
        assertThat(store.all()).isEqualTo(HISTORY.subList(10 - (int) result.read(), 10));
        assertThat(result.read()).isBetween(6L, 8L);
    }

    @Test
    void anEmptyJsonArraySaysItHoldsNoListens() {
        for (String empty : List.of("[]", " [\n]\n", "]")) {
            assertThatThrownBy(() -> ImportFile.plan(ByteSource.of(empty.getBytes(StandardCharsets.UTF_8)), "x.json"))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessage("'x.json' is a JSON array of 0 listens: the export of a history that had none yet.");
        }
    }

    @Test
    void malformedLinesAreReportedWithFileLineAndReasonAndTheRestIsImported() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Listen listen : HISTORY.subList(0, 10)) {
            lines.add(ExportZip.line(listen));
        }
        lines.set(2, lines.get(2).substring(0, 40));
        lines.add(5, "");
        lines.set(7, "{\"track_metadata\": {\"artist_name\": \"x\", \"track_name\": \"y\", \"recording_msid\": \"m\"}}");
        byte[] jsonl = (String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
        DayBlockStore store = DayBlockStore.empty(changes -> { });

        ImportResult result = ImportFile.run(ByteSource.of(jsonl), "mine.jsonl", new ListenImport(store, "rob", 3));

        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.problems()).extracting(ImportProblem::file, ImportProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mine.jsonl", 3L),
                        org.assertj.core.groups.Tuple.tuple("mine.jsonl", 8L));
        assertThat(result.problems().get(0).reason()).contains("unterminated string");
        assertThat(result.problems().get(1).reason()).startsWith("listen has no listened_at");
        assertThat(result.read()).isEqualTo(8);
        List<Listen> expected = new ArrayList<>(HISTORY.subList(0, 10));
        expected.remove(6);
        expected.remove(2);
        assertThat(store.all()).isEqualTo(expected);
    }

    @Test
    void linesSplitAcrossChunksAnywhereDecodeTheSame() {
        StringBuilder text = new StringBuilder("\uFEFF");
        for (Listen listen : HISTORY.subList(0, 50)) {
            text.append(ListenJson.toJson(listen)).append("\r\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 7, 1000, bytes.length}) {
            DayBlockStore store = DayBlockStore.empty(changes -> { });
            ListenImport job = new ListenImport(store, null, 16);
            job.begin(new ImportPart("a.jsonl", 0, bytes.length, bytes.length, false, ImportPart.Content.LINES));
            for (int at = 0; at < bytes.length; at += chunk) {
                job.accept(bytes, at, Math.min(chunk, bytes.length - at));
            }
            job.end();

            assertThat(job.finish().skipped()).as("chunks of %d", chunk).isZero();
            assertThat(store.all()).as("chunks of %d", chunk).isEqualTo(HISTORY.subList(0, 50));
        }
    }

    @Test
    void storedListensAndTheCheckpointStayAsTheyAreAndNothingIsDuplicated() throws Exception {
        List<DayBlockStore.Changes> commits = new ArrayList<>();
        DayBlockStore store = DayBlockStore.empty(commits::add);
        SyncCheckpoint running = new SyncCheckpoint(HISTORY.get(1_000).listenedAt(), true);
        List<Listen> synced = HISTORY.subList(0, 1_200);
        store.apply(new starman.store.PageWrite(synced, 1, 0, running));
        Listen first = synced.get(0);
        Listen renamed = new Listen(first.listenedAt(), first.insertedAt(), first.recordingMsid(), "someone-else",
                first.track());
        List<Listen> file = new ArrayList<>(HISTORY);
        file.set(0, renamed);

        ImportResult result = ImportFile.run(ByteSource.of(exportZip(file)), "export.zip",
                new ListenImport(store, null, 700));

        assertThat(result.read()).isEqualTo(HISTORY.size());
        assertThat(result.added()).isEqualTo(HISTORY.size() - synced.size());
        assertThat(store.all()).isEqualTo(HISTORY);
        assertThat(store.checkpoint()).isEqualTo(running);
        assertThat(commits).allSatisfy(c -> assertThat(c.checkpoint()).isEqualTo(running));
    }

    @Test
    void filesThatAreNeitherZipNorJsonlGetAClearMessage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        String choose = ". Starman reads the ZIP from listenbrainz.org's Settings → Export, an older export's JSON"
                + " array of listens, or a JSONL file (one listen a line).";
        assertThatThrownBy(() -> ImportFile.plan(ByteSource.of(png), "cover.png"))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("'cover.png' is not a file of listens: it is neither a ZIP archive nor JSON" + choose);
        byte[] text = "\uFEFF\n  Listening notes: Low, \"Heroes\", Lodger\nand more".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportFile.plan(ByteSource.of(text), "notes.txt"))
                .hasMessage("'notes.txt' is not a file of listens: it is text that starts with 'Listening notes: Low',"
                        + " not JSON" + choose);
        assertThatThrownBy(() -> ImportFile.plan(ByteSource.of(" \n\t".getBytes(StandardCharsets.UTF_8)), "blank.json"))
                .hasMessage("'blank.json' is not a file of listens: it holds only blank space" + choose);
        assertThatThrownBy(() -> ImportFile.plan(ByteSource.of(new byte[0]), "empty.jsonl"))
                .hasMessage("'empty.jsonl' is empty.");
    }

    @Test
    void aZipWithoutListensSaysSo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("photos/me.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertThatThrownBy(() -> ImportFile.plan(ByteSource.of(out.toByteArray()), "holiday.zip"))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("'holiday.zip' holds no listens: it is a ZIP with no listens/ folder and no .jsonl file (it"
                        + " holds photos/me.jpg). A ListenBrainz export keeps them in listens/<year>/<month>.jsonl.");
    }

    @Test
    void anExportOfNoListensSaysSoAndItsFeedbackIsNotTakenForListens() throws Exception {
        byte[] zip = ExportZip.bytes("rob", List.of(), ExportZip.Shape.DEFLATED);
        assertThatThrownBy(() -> ImportFile.plan(ByteSource.of(zip), "listenbrainz_rob_1.zip"))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("'listenbrainz_rob_1.zip' holds no listens: it is a ListenBrainz export with nothing under"
                        + " listens/ (it holds user.json, feedback.jsonl), the export of a history that had no listens"
                        + " yet.");
    }

    @Test
    void aZipOfJsonlFilesWithoutExportLayoutImportsThemAll() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipWriter zip = new ZipWriter(out, ZipWriter.Zip64.NONE, ZipWriter.Descriptor.SIGNED)) {
            zip.add("mine/a.jsonl", lines(HISTORY.subList(0, 40)), true);
            zip.add("notes.txt", "not listens".getBytes(StandardCharsets.UTF_8), false);
            zip.add("b.jsonl", lines(HISTORY.subList(40, 100)), false);
        }
        DayBlockStore store = DayBlockStore.empty(changes -> { });

        ImportResult result = ImportFile.run(ByteSource.of(out.toByteArray()), "mine.zip",
                new ListenImport(store, "rob", 7));

        assertThat(result.skipped()).isZero();
        assertThat(store.all()).isEqualTo(HISTORY.subList(0, 100));
    }

    @Test
    void anEntryCompressedOtherwiseNamesItsMethod() throws Exception {
        byte[] zip = ExportZip.bytes("rob", HISTORY.subList(0, 10), ExportZip.Shape.STORED);
        String listens = ZipDirectory.entries(ByteSource.of(zip), "export.zip").get(1).name();
        // the directory's second header (the listens) says bzip2 (12)
        int central = -1;
        for (int found = 0; found < 2; found++) {
            central = indexOf(zip, new byte[] {'P', 'K', 1, 2}, central + 1);
        }
        zip[central + 10] = 12;

        assertThatThrownBy(() -> ImportFile.plan(ByteSource.of(zip), "export.zip"))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("'" + listens + "' in 'export.zip' is compressed with method 12 (bzip2), which Starman"
                        + " cannot read: it reads ZIP's usual DEFLATE and uncompressed (stored) entries. Zip the files"
                        + " again with the usual settings, or import the .jsonl files themselves.");
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = from; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static byte[] lines(List<Listen> listens) {
        StringBuilder text = new StringBuilder();
        for (Listen listen : listens) {
            text.append(ExportZip.line(listen)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void damagedCompressedDataSaysWhichFile() throws Exception {
        byte[] zip = exportZip(HISTORY.subList(0, 500));
        List<ImportPart> parts = ImportFile.plan(ByteSource.of(zip), "export.zip");
        ImportPart listens = parts.get(1);
        for (int i = 0; i < 64; i++) {
            zip[(int) listens.offset() + 10 + i] ^= 0x5A;
        }
        assertThatThrownBy(() -> run(zip, "export.zip", DayBlockStore.empty(changes -> { }), 100))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("'" + listens.name() + "' in 'export.zip' is damaged");
    }

    @Test
    void everyShapeOfLineImportsAsListenJsonReadsItWhetherItsTextWasSeenOrNot() throws Exception {
        String info = "\"additional_info\": {\"duration_ms\": \"215000\", \"tracknumber\": 3.5, \"x\": [1, 2.5, null]}";
        List<String> lines = List.of(
                "{\"listened_at\": 100, \"recording_msid\": \"m1\", \"user_name\": \"ann\", \"track_metadata\":"
                        + " {\"artist_name\": \"A\", \"track_name\": \"T\", " + info + "}}",
                "{\"listened_at\": \"101\", \"inserted_at\": 1700000000.75, \"track_metadata\": {\"artist_name\": \"A\","
                        + " \"track_name\": \"T\", \"recording_msid\": \"m2\", " + info + "}}",
                "{\"listened_at\": 102, \"inserted_at\": null, \"track_metadata\": {\"artist_name\": \"B\\u00e9\","
                        + " \"track_name\": \"\\\"Heroes\\\"\", \"additional_info\": {\"recording_msid\": \"m3\"}}}",
                "{\"track_metadata\": {\"artist_name\": \"A\", \"track_name\": \"T\", " + info + "},"
                        + " \"recording_msid\": \"m4\", \"listened_at\": 103}");
        List<String> file = new ArrayList<>(lines);
        file.addAll(lines); // the same texts again: read from what was seen
        byte[] jsonl = String.join("\n", file).getBytes(StandardCharsets.UTF_8);
        DayBlockStore store = DayBlockStore.empty(changes -> { });

        ImportResult result = ImportFile.run(ByteSource.of(jsonl), "shapes.jsonl", new ListenImport(store, "rob", 3));

        assertThat(result.skipped()).isZero();
        assertThat(result.read()).isEqualTo(8);
        assertThat(result.added()).isEqualTo(4);
        List<Listen> expected = new ArrayList<>();
        for (String line : lines) {
            Listen l = ListenJson.parse(line);
            expected.add(l.userName() != null ? l : new Listen(l.listenedAt(), l.insertedAt(), l.recordingMsid(), "rob",
                    l.track()));
        }
        assertThat(store.all()).isEqualTo(expected);
    }
}
