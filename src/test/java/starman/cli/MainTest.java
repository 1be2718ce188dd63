package starman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import starman.importer.ArrayExport;
import starman.importer.ExportZip;
import starman.model.Listen;
import starman.model.ListenJson;

class MainTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static final String BOWIE = "5441c29d-3602-4898-b1a1-b77fa23b8e50";

    /** API-shaped listens: one mapped Ziggy track, one unmapped "Heroes" with duration in seconds, one with no duration. */
    static final String[] LISTENS = {
            "{\"listened_at\":1743328800,\"recording_msid\":\"m1\",\"track_metadata\":{\"artist_name\":\"David Bowie\","
                    + "\"track_name\":\"Starman (2012 Remaster)\",\"release_name\":\"Ziggy Stardust\","
                    + "\"additional_info\":{\"duration_ms\":254000},\"mbid_mapping\":{\"recording_mbid\":\"r1\","
                    + "\"release_group_mbid\":\"rg1\",\"artist_mbids\":[\"" + BOWIE + "\"]}}}",
            "{\"listened_at\":1743329100,\"recording_msid\":\"m2\",\"track_metadata\":{\"artist_name\":\"David Bowie\","
                    + "\"track_name\":\"Heroes\",\"release_name\":\"\\\"Heroes\\\"\",\"additional_info\":{\"duration\":371}}}",
            "{\"listened_at\":1743329500,\"recording_msid\":\"m3\",\"track_metadata\":{\"artist_name\":\"David Bowie\","
                    + "\"track_name\":\"Heroes (Live)\"}}",
            "{\"listened_at\":1743329600,\"recording_msid\":\"m4\",\"track_metadata\":{\"artist_name\":\"Iggy Pop\","
                    + "\"track_name\":\"China Girl\",\"additional_info\":{\"duration\":300}}}",
            "{\"listened_at\":1743339600,\"recording_msid\":\"m5\",\"track_metadata\":{\"artist_name\":\"David Bowie\","
                    + "\"track_name\":\"Starman\",\"additional_info\":{\"duration\":300}}}",
    };

    static final String EXPECTED = "{\"artist\":\"David Bowie\",\"tz\":\"Europe/London\",\"now\":\"2025-03-30T10:20:00Z\","
            + "\"pace\":{\"songs\":3,\"minutes\":10.4},"
            + "\"today\":{\"songs\":3,\"albums\":2,\"minutes\":10.4},"
            + "\"week\":{\"songs\":3,\"albums\":2,\"minutes\":10.4},"
            + "\"month\":{\"songs\":3,\"albums\":2,\"minutes\":10.4},"
            + "\"all_time\":{\"songs\":3,\"albums\":2,\"minutes\":10.4},"
            + "\"unknown_duration_songs\":1,\"sprint_per_hour\":4.0}";

    int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    int stats(Path file) {
        return run("stats", "--listens", file.toString(), "--artist", "David Bowie", "--tz", "Europe/London",
                "--now", "2025-03-30T10:20:00Z", "--week-start", "MONDAY");
    }

    @Test
    void readsAnApiPage() throws IOException {
        Path file = write("page.json", "{\"payload\":{\"count\":5,\"user_id\":\"u\",\"listens\":["
                + String.join(",\n", LISTENS) + "],\"latest_listen_ts\":1743339600}}");
        assertThat(stats(file)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(EXPECTED);
    }

    @Test
    void readsABareArray() throws IOException {
        Path file = write("listens.json", "[\n" + String.join(",\n", LISTENS) + "\n]\n");
        assertThat(stats(file)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(EXPECTED);
    }

    @Test
    void readsExportJsonLines() throws IOException {
        // export lines keep recording_msid inside track_metadata and have a float inserted_at
        StringBuilder jsonl = new StringBuilder();
        for (String listen : LISTENS) {
            String msid = listen.replaceAll(".*\"recording_msid\":\"(m\\d)\".*", "$1");
            jsonl.append(listen.replace("\"recording_msid\":\"" + msid + "\",", "\"inserted_at\":1743339999.5,")
                    .replace("\"track_metadata\":{", "\"track_metadata\":{\"recording_msid\":\"" + msid + "\",")).append('\n');
        }
        Path file = write("1.jsonl", jsonl.toString());
        assertThat(stats(file)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(EXPECTED);
    }

    static List<Listen> listens() {
        return Arrays.stream(LISTENS).map(ListenJson::parse).toList();
    }

    @ParameterizedTest
    @EnumSource(ExportZip.Shape.class)
    void readsTheExportZipAsListenBrainzWroteIt(ExportZip.Shape shape) throws IOException {
        Path zip = Files.write(dir.resolve("listenbrainz_rob_1743339999.zip"), ExportZip.bytes("rob", listens(), shape));
        assertThat(stats(zip)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(EXPECTED);
    }

    @Test
    void readsTheJsonArrayOfExportsBeforeAugust2024CompactOrPrettyPrinted() throws IOException {
        for (String array : List.of(ArrayExport.compact(listens()), ArrayExport.pretty(listens()))) {
            out.reset();
            Path file = write("rob_lb-2024-07-01.json", array);
            assertThat(stats(file)).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(EXPECTED);
        }
    }

    @Test
    void filesWithoutListensSayWhatTheyHold() throws IOException {
        assertError(stats(write("rob_lb-2024-07-01.json", "]")), 1, "starman stats: 'rob_lb-2024-07-01.json' is a JSON"
                + " array of 0 listens: the export of a history that had none yet.");
        Path empty = Files.write(dir.resolve("listenbrainz_rob_1.zip"),
                ExportZip.bytes("rob", List.of(), ExportZip.Shape.ZIP64));
        assertError(stats(empty), 1, "starman stats: 'listenbrainz_rob_1.zip' holds no listens: it is a ListenBrainz"
                + " export with nothing under listens/ (it holds user.json, feedback.jsonl), the export of a history"
                + " that had no listens yet.");
        Path picture = Files.write(dir.resolve("cover.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertError(stats(picture), 1, "starman stats: 'cover.png' is not a file of listens: it is neither a ZIP"
                + " archive nor JSON. Starman reads the ZIP from listenbrainz.org's Settings → Export, an older"
                + " export's JSON array of listens, or a JSONL file (one listen a line).");
    }

    @Test
    void laterInstantsAndOtherArtists() throws IOException {
        // 2025-04-02 is a Wednesday: a week starting on Sunday still holds Sunday 30 March
        Path file = write("listens.json", "[" + String.join(",", LISTENS) + "]");
        assertThat(run("stats", "--listens", file.toString(), "--artist", "Iggy Pop", "--tz", "UTC",
                "--now", "2025-04-02T00:00:00Z", "--week-start", "sunday")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"artist\":\"Iggy Pop\"",
                "\"today\":{\"songs\":0,\"albums\":0,\"minutes\":0.0}",
                "\"week\":{\"songs\":1,", "\"month\":{\"songs\":0,",
                "\"all_time\":{\"songs\":1,\"albums\":0,\"minutes\":5.0}", "\"unknown_duration_songs\":0");
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(run("stats", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: starman <command>", "usage: starman stats --listens FILE");
    }

    @Test
    void badArgumentsFailWithOneLine() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: starman <command>");
        err.reset();
        assertError(run("frobnicate"), 2, "starman frobnicate: unknown command 'frobnicate' (try --help)");
        assertError(run("stats", "--tz", "UTC"), 2, "starman stats: missing --listens");
        assertError(run("stats", "--listens"), 2, "starman stats: option --listens needs a value");
        assertError(run("stats", "--listens", "x", "--colour", "red"), 2, "starman stats: unknown argument '--colour'");
        assertError(run("stats", "--listens", "x", "--tz", "Mars/Olympus"), 2, "starman stats: unknown time zone 'Mars/Olympus'");
        assertError(run("stats", "--listens", "x", "--now", "yesterday"), 2,
                "starman stats: --now must be an ISO instant such as 2025-03-30T12:00:00Z, not 'yesterday'");
        assertError(run("stats", "--listens", "x", "--week-start", "Funday"), 2,
                "starman stats: --week-start must be a day such as MONDAY, not 'Funday'");
    }

    @Test
    void unreadableFilesFailWithStatusOne() throws IOException {
        Path missing = dir.resolve("missing.json");
        assertError(stats(missing), 1, "starman stats: cannot read " + missing + ": no such file");
        Path junk = write("junk.json", "{\"payload\": {\"listens\": [{\"listened_at\": 1}]}}");
        assertThat(stats(junk)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("starman stats: cannot read " + junk + ": not ListenBrainz JSON");
    }

    @Test
    void demoNeedsABuiltSiteAndAFreePort() throws IOException {
        assertThat(run("demo", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: starman demo");
        assertError(run("demo", "--site", dir.toString()), 2,
                "starman demo: no built site in " + dir.toAbsolutePath() + " (run `mvn package` first)");
        Files.writeString(dir.resolve("starman.wasm"), "");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertError(run("demo", "--site", dir.toString(), "--port", Integer.toString(taken.getLocalPort())), 2,
                    "starman demo: port " + taken.getLocalPort() + " is in use; choose another with --port N");
        }
    }

    private void assertError(int status, int expectedStatus, String message) {
        assertThat(status).isEqualTo(expectedStatus);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(message + System.lineSeparator());
        err.reset();
    }
}
