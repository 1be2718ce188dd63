package starman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.TrackMetadata;
import starman.store.PageWrite;
import starman.store.SyncCheckpoint;

class JsonlMirrorStoreTest {
    private static final long T = 1_709_251_200L;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("rob.jsonl");
    }

    private Path journal() {
        return dir.resolve("rob.jsonl.sync");
    }

    private static Listen listen(long t, String msid) {
        return new Listen(t, t + 3, msid, "rob", new TrackMetadata("Artist", "Track " + msid, "Album", null, null));
    }

    private static PageWrite page(long from, long to, SyncCheckpoint checkpoint, Listen... listens) {
        return new PageWrite(List.of(listens), from, to, checkpoint);
    }

    @Test
    void aFinishedRunLeavesOnlyTheMirrorOneApiListenALineOldestFirst() throws IOException {
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file())) {
            store.apply(page(1, T + 10, new SyncCheckpoint(T + 10, true), listen(T + 10, "b"), listen(T, "a")));
            store.apply(page(T + 11, Long.MAX_VALUE, SyncCheckpoint.IDLE, listen(T + 20, "c"), listen(T + 10, "b")));
        }

        assertThat(journal()).doesNotExist();
        assertThat(Files.readAllLines(file())).containsExactly(ListenJson.toJson(listen(T, "a")),
                ListenJson.toJson(listen(T + 10, "b")), ListenJson.toJson(listen(T + 20, "c")));
        try (JsonlMirrorStore reopened = JsonlMirrorStore.open(file())) {
            assertThat(reopened.all()).containsExactly(listen(T, "a"), listen(T + 10, "b"), listen(T + 20, "c"));
            assertThat(reopened.checkpoint()).isEqualTo(SyncCheckpoint.IDLE);
        }
    }

    @Test
    void anInterruptedRunsPagesAndCheckpointSurviveInTheJournal() throws IOException {
        SyncCheckpoint midway = new SyncCheckpoint(T + 10, true);
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file())) {
            store.apply(page(1, T + 10, midway, listen(T, "a"), listen(T + 10, "b")));
        }

        try (JsonlMirrorStore reopened = JsonlMirrorStore.open(file())) {
            assertThat(reopened.checkpoint()).isEqualTo(midway);
            assertThat(reopened.all()).containsExactly(listen(T, "a"), listen(T + 10, "b"));
            assertThat(reopened.added()).isZero();
        }
    }

    @Test
    void aTornLastJournalLineIsCutAndItsPageForgotten() throws IOException {
        SyncCheckpoint first = new SyncCheckpoint(T + 10, true);
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file())) {
            store.apply(page(1, T + 10, first, listen(T, "a")));
            store.apply(page(T + 11, T + 20, new SyncCheckpoint(T + 20, true), listen(T + 15, "b")));
        }
        List<String> lines = Files.readAllLines(journal());
        String torn = lines.get(1).substring(0, lines.get(1).length() / 2);
        Files.writeString(journal(), lines.get(0) + "\n" + torn, StandardCharsets.UTF_8);

        try (JsonlMirrorStore reopened = JsonlMirrorStore.open(file())) {
            assertThat(reopened.checkpoint()).isEqualTo(first);
            assertThat(reopened.all()).containsExactly(listen(T, "a"));
            reopened.apply(page(T + 11, T + 20, new SyncCheckpoint(T + 20, true), listen(T + 16, "c")));
        }
        try (JsonlMirrorStore again = JsonlMirrorStore.open(file())) {
            assertThat(again.all()).containsExactly(listen(T, "a"), listen(T + 16, "c"));
        }
    }

    @Test
    void aCompleteJournalLineWithoutItsNewlineIsNotCommitted() throws IOException {
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file())) {
            store.apply(page(1, T + 10, new SyncCheckpoint(T + 10, true), listen(T, "a")));
        }
        String line = Files.readString(journal()).strip();
        Files.writeString(journal(), line);

        try (JsonlMirrorStore reopened = JsonlMirrorStore.open(file())) {
            assertThat(reopened.count()).isZero();
            assertThat(reopened.checkpoint()).isEqualTo(SyncCheckpoint.IDLE);
        }
        assertThat(Files.size(journal())).isZero();
    }

    @Test
    void replayingAJournalOverTheMirrorItWasFoldedIntoChangesNothing() throws IOException {
        SyncCheckpoint midway = new SyncCheckpoint(T + 10, true);
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file())) {
            store.apply(page(1, T + 10, midway, listen(T, "a"), listen(T + 10, "b")));
        }
        String journalBeforeFold = Files.readString(journal());
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file())) {
            store.apply(page(T + 11, Long.MAX_VALUE, SyncCheckpoint.IDLE, listen(T + 20, "c")));
        }
        // killed after the mirror's rename, before the journal's reset
        Files.writeString(journal(), journalBeforeFold);

        try (JsonlMirrorStore reopened = JsonlMirrorStore.open(file())) {
            assertThat(reopened.all()).containsExactly(listen(T, "a"), listen(T + 10, "b"), listen(T + 20, "c"));
            assertThat(reopened.checkpoint()).isEqualTo(midway);
        }
    }

    @Test
    void aLongBackfillIsFoldedIntoTheMirrorAsItGoesNotOnlyAtTheEnd() throws IOException {
        int pages = 20;
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file(), 1_000, JsonlMirrorStore.Steps.NONE)) {
            for (int p = 0; p < pages; p++) {
                long from = T + p * 100L;
                SyncCheckpoint next = new SyncCheckpoint(from + 99, true);
                store.apply(page(from, from + 99, next, listen(from, "a" + p), listen(from + 50, "b" + p)));
            }
            assertThat(file()).as("folded mid-run").exists();
            assertThat(Files.size(journal())).isLessThan(Files.size(file()));
        }

        try (JsonlMirrorStore reopened = JsonlMirrorStore.open(file())) {
            assertThat(reopened.count()).isEqualTo(2 * pages);
            assertThat(reopened.checkpoint()).isEqualTo(new SyncCheckpoint(T + (pages - 1) * 100L + 99, true));
        }
    }

    @Test
    void theMirrorIsForcedRenamedAndItsDirectoryForcedBeforeTheJournalIsDropped() throws IOException {
        List<String> steps = new ArrayList<>();
        JsonlMirrorStore.Steps watching = step -> steps.add(step + ": " + (Files.exists(journal()) ? "journal kept, "
                : "journal gone, ") + (Files.exists(file()) ? Files.readString(file()).lines().count() : 0)
                + " listens in the mirror");
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file(), JsonlMirrorStore.PENDING_BYTES, watching)) {
            store.apply(page(1, T + 10, new SyncCheckpoint(T + 10, true), listen(T, "a")));
            store.apply(page(T + 11, Long.MAX_VALUE, SyncCheckpoint.IDLE, listen(T + 20, "b")));
        }

        assertThat(steps).containsExactly("TEMP_WRITTEN: journal kept, 0 listens in the mirror",
                "TEMP_FORCED: journal kept, 0 listens in the mirror", "RENAMED: journal kept, 2 listens in the mirror",
                "DIRECTORY_FORCED: journal kept, 2 listens in the mirror",
                "JOURNAL_DROPPED: journal gone, 2 listens in the mirror");
        assertThat(journal()).doesNotExist();
    }

    @Test
    void aBackfillsBoundSurvivesInTheJournal() throws IOException {
        SyncCheckpoint backfilling = new SyncCheckpoint(T + 10, true, T + 500);
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file())) {
            store.apply(page(1, 0, backfilling, listen(T, "a")));
        }

        try (JsonlMirrorStore reopened = JsonlMirrorStore.open(file())) {
            assertThat(reopened.checkpoint()).isEqualTo(backfilling);
        }
    }

    @Test
    void aFileThatIsNotAMirrorIsNamedWithItsLine() throws IOException {
        Files.writeString(file(), ListenJson.toJson(listen(T, "a")) + "\n" + "{\"hello\": \"world\"}\n");

        assertThatThrownBy(() -> JsonlMirrorStore.open(file())).isInstanceOf(NotAMirrorException.class)
                .hasMessageStartingWith(file() + ":2: not a ListenBrainz listen");
    }

    @Test
    void aCorruptLineInsideTheJournalIsAnError() throws IOException {
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file())) {
            store.apply(page(1, T + 10, new SyncCheckpoint(T + 10, true), listen(T, "a")));
        }
        Files.writeString(journal(), "garbage\n", StandardOpenOption.APPEND);
        Files.writeString(journal(), "garbage\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> JsonlMirrorStore.open(file())).isInstanceOf(NotAMirrorException.class)
                .hasMessageStartingWith(journal() + ":2:");
    }
}
