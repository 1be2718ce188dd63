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
import starman.json.JsonException;
import starman.metrics.ListenIndex;
import starman.metrics.Periods;
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

    @Property(tries = 25)
    void aStreamedFileGivesTheIndexItsListensGive(@ForAll @IntRange(min = 1, max = 3_000) int count,
                                                  @ForAll long seed, @ForAll boolean apiShape,
                                                  @ForAll @IntRange(min = 1, max = 5) int parts) throws IOException {
        List<Listen> history = HistoryGenerator.generate(seed, "rob", count, END).listens();
        List<String> lines = new ArrayList<>();
        for (Listen l : history) {
            lines.add(apiShape ? ListenJson.toJson(l) : starman.importer.ExportZip.line(l));
        }
        // a listen written twice: the index keeps one
        lines.add(lines.get(count / 2));
        Path file = Files.createTempFile("listens", ".jsonl");
        try {
            Files.write(file, lines);
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

    private static ListenIndex index() {
        return new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
                new Periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), RecordingLengths.NONE);
    }
}
