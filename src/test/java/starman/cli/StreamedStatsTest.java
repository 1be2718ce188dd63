package starman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import java.nio.charset.StandardCharsets;
import starman.archive.ZipWriter;
import starman.importer.ArrayExport;
import starman.importer.ExportZip;
import starman.javatime.JavaTime;
import starman.json.JsonException;
import starman.metrics.ListenIndex;
import starman.metrics.RecordingLengths;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;
import starman.simulator.HistoryGenerator;

/** The streamed read of a JSONL file against the index built from the listens it holds. */
class StreamedStatsTest {
    private static final long END = 1_764_000_000L;

    /** Every file a ListenBrainz user has: export JSONL, the export ZIP as written over the years, the older array. */
    enum Format { JSONL, ZIP_STREAMED, ZIP_DEFLATED, ZIP_STORED, ZIP64, ARRAY, PRETTY_ARRAY }

    @Property(tries = 40)
    void aStreamedFileGivesTheIndexItsListensGive(@ForAll @IntRange(min = 1, max = 3_000) int count,
                                                  @ForAll long seed, @ForAll boolean apiShape, @ForAll Format format,
                                                  @ForAll @IntRange(min = 1, max = 5) int parts) throws IOException {
        List<Listen> history = HistoryGenerator.generate(seed, "rob", count, END).listens();
        // a listen written twice (in its month): the index keeps one
        List<Listen> written = new ArrayList<>(history);
        written.add(count / 2, history.get(count / 2));
        Path file = Files.createTempFile("listens", ".export");
        try {
            write(file, written, format, apiShape);
            ListenIndex streamed = index();
            StreamedStats.read(file, streamed, parts, 1_000);
            ListenIndex built = index();
            built.addAll(history);

            assertThat(streamed.size()).isEqualTo(built.size());
            for (long now : new long[] {END, END - 3_600, END - 40 * 86_400L, history.get(0).listenedAt()}) {
                assertThat(streamed.dashboard(now)).isEqualTo(built.dashboard(now));
            }
        } finally {
            Files.delete(file);
        }
    }

    private static void write(Path file, List<Listen> listens, Format format, boolean apiShape) throws IOException {
        switch (format) {
            case JSONL -> {
                List<String> lines = new ArrayList<>();
                for (Listen l : listens) {
                    lines.add(apiShape ? ListenJson.toJson(l) : ExportZip.line(l));
                }
                Files.write(file, lines);
            }
            case ZIP_STREAMED -> Files.write(file, ExportZip.bytes("rob", listens, ExportZip.Shape.STREAMED));
            case ZIP_DEFLATED -> Files.write(file, ExportZip.bytes("rob", listens, ExportZip.Shape.DEFLATED));
            case ZIP_STORED -> Files.write(file, ExportZip.bytes("rob", listens, ExportZip.Shape.STORED));
            case ZIP64 -> Files.write(file, ExportZip.bytes("rob", listens, ExportZip.Shape.ZIP64));
            case ARRAY -> Files.writeString(file, ArrayExport.compact(listens));
            case PRETTY_ARRAY -> Files.writeString(file, ArrayExport.pretty(listens));
        }
    }

    @org.junit.jupiter.api.Test
    void aLineThatIsNotAListenNamesItsNumber() throws IOException {
        Path file = Files.createTempFile("listens", ".jsonl");
        try {
            Files.write(file, List.of(ListenJson.toJson(HistoryGenerator.generate(1, "rob", 1, END).listens().get(0)),
                    "", "{\"listened_at\": 5, \"track_metadata\": {\"artist_name\": \"x\", \"track_name\": \"y\"}}"));
            for (int parts = 1; parts <= 3; parts++) {
                int p = parts;
                assertThatThrownBy(() -> StreamedStats.read(file, index(), p, 10)).isInstanceOf(JsonException.class)
                        .hasMessage("line 3: listen has no recording_msid at $.track_metadata");
            }
        } finally {
            Files.delete(file);
        }
    }

    @org.junit.jupiter.api.Test
    void aListenThatIsNotOneInAZipNamesItsEntryAndLineWhereverTheEntryIsCut() throws IOException {
        List<Listen> month = HistoryGenerator.generate(3, "rob", 400, END).listens();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < month.size(); i++) {
            lines.append(i == 150 ? "{\"listened_at\": 5, \"track_metadata\": {\"artist_name\": \"x\"}}"
                    : ExportZip.line(month.get(i))).append('\n');
        }
        for (boolean deflate : new boolean[] {false, true}) {
            Path file = Files.createTempFile("listenbrainz_rob_", ".zip");
            try (ZipWriter zip = new ZipWriter(Files.newOutputStream(file), ZipWriter.Zip64.OFFSETS,
                    ZipWriter.Descriptor.NONE)) {
                zip.add("user.json", "{\"username\": \"rob\"}".getBytes(StandardCharsets.UTF_8), false);
                zip.add("listens/2025/10.jsonl", ExportZip.line(month.get(0)).getBytes(StandardCharsets.UTF_8), deflate);
                zip.add("listens/2025/11.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8), deflate);
            }
            try {
                for (int parts = 1; parts <= 4; parts++) {
                    int p = parts;
                    assertThatThrownBy(() -> StreamedStats.read(file, index(), p, 2_000))
                            .isInstanceOf(JsonException.class)
                            .hasMessage("listens/2025/11.jsonl, line 151: listen has no recording_msid at $.track_metadata");
                }
            } finally {
                Files.delete(file);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aListenThatIsNotOneInAnArrayNamesItsPlace() throws IOException {
        Path file = Files.createTempFile("rob_lb-2024-07-01", ".json");
        try {
            Files.writeString(file, "[\n" + ListenJson.toJson(HistoryGenerator.generate(1, "rob", 1, END).listens().get(0))
                    + ",\n{\"listened_at\": 5, \"track_metadata\": {\"artist_name\": \"x\", \"track_name\": \"y\"}}\n]");
            assertThatThrownBy(() -> StreamedStats.read(file, index(), 2, 10)).isInstanceOf(JsonException.class)
                    .hasMessage("listen 2 (line 3): listen has no recording_msid at $.track_metadata");
            Files.writeString(file, "[" + ListenJson.toJson(HistoryGenerator.generate(1, "rob", 1, END).listens().get(0)));
            assertThatThrownBy(() -> StreamedStats.read(file, index(), 2, 10)).isInstanceOf(JsonException.class)
                    .hasMessage("line 1: the file ends before its closing ']' (is it cut short?), so it is not a JSON"
                            + " array of listens");
        } finally {
            Files.delete(file);
        }
    }

    private static ListenIndex index() {
        return new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), RecordingLengths.NONE);
    }
}
