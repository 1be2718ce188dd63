package starman.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import starman.cli.JsonlMirrorStore;
import starman.model.Listen;
import starman.model.TrackMetadata;

/** What HistorySync relies on, for every ListenStore. */
class ListenStoreContractTest {
    private static final long T = 1_709_251_200L;
    private static final long DAY = 86_400;

    static Stream<Arguments> stores() {
        Supplier<ListenStore> memory = InMemoryListenStore::new;
        Supplier<ListenStore> blocks = () -> DayBlockStore.empty(changes -> { });
        Supplier<ListenStore> mirror = () -> {
            try {
                return JsonlMirrorStore.open(Files.createTempDirectory("mirror").resolve("rob.jsonl"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Stream.of(Arguments.of("in memory", memory), Arguments.of("day blocks", blocks),
                Arguments.of("jsonl mirror", mirror));
    }

    private static Listen listen(long t, String msid, String title) {
        return new Listen(t, t, msid, "rob", new TrackMetadata("A", title, null, null, null));
    }

    private static PageWrite put(Listen... listens) {
        return new PageWrite(List.of(listens), 1, 0, SyncCheckpoint.IDLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void startsEmpty(String name, Supplier<ListenStore> store) {
        ListenStore s = store.get();

        assertThat(s.newestListenedAt()).isZero();
        assertThat(s.count()).isZero();
        assertThat(s.all()).isEmpty();
        assertThat(s.checkpoint()).isEqualTo(SyncCheckpoint.IDLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void mergeAddsOnlyNewKeysAndKeepsStoredListensAndTheCheckpoint(String name, Supplier<ListenStore> store) {
        ListenStore s = store.get();
        SyncCheckpoint running = new SyncCheckpoint(T + 7, true);
        s.apply(new PageWrite(List.of(listen(T + 5, "b", "synced")), 1, 0, running));

        int added = s.merge(List.of(listen(T + 5, "b", "imported"), listen(T + 5, "a", "x"), listen(T - DAY, "c", "x"),
                listen(T - DAY, "c", "twice in the file")));

        assertThat(added).isEqualTo(2);
        assertThat(s.all()).extracting(l -> l.recordingMsid() + ":" + l.track().trackName())
                .containsExactly("c:x", "a:x", "b:synced");
        assertThat(s.checkpoint()).isEqualTo(running);
        assertThat(s.count()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void putIsIdempotentOnTimeAndMsidAndTheLastVersionWins(String name, Supplier<ListenStore> store) {
        ListenStore s = store.get();
        s.apply(put(listen(T + 5, "b", "old"), listen(T + 5, "a", "x"), listen(T + DAY, "c", "x")));
        s.apply(put(listen(T + 5, "b", "mapped later")));

        assertThat(s.count()).isEqualTo(3);
        assertThat(s.all()).extracting(l -> l.recordingMsid() + ":" + l.track().trackName())
                .containsExactly("a:x", "b:mapped later", "c:x");
        assertThat(s.newestListenedAt()).isEqualTo(T + DAY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void reconcilingRemovesOnlyWhatTheRangeDoesNotKeep(String name, Supplier<ListenStore> store) {
        ListenStore s = store.get();
        s.apply(put(listen(T, "before", "x"), listen(T + 10, "gone", "x"), listen(T + 10, "kept", "x"),
                listen(T + 2 * DAY, "gone-too", "x"), listen(T + 3 * DAY, "after", "x")));
        SyncCheckpoint checkpoint = new SyncCheckpoint(T + 2 * DAY, true);

        s.apply(new PageWrite(List.of(listen(T + 10, "kept", "x"), listen(T + DAY, "new", "x")), T + 1, T + 2 * DAY,
                checkpoint));

        assertThat(s.all()).extracting(Listen::recordingMsid).containsExactly("before", "kept", "new", "after");
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.checkpoint()).isEqualTo(checkpoint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void anOpenRangeReachesTheEnd(String name, Supplier<ListenStore> store) {
        ListenStore s = store.get();
        s.apply(put(listen(T, "a", "x"), listen(T + 400 * DAY, "far", "x")));

        s.apply(new PageWrite(List.of(), T + 1, Long.MAX_VALUE, SyncCheckpoint.IDLE));

        assertThat(s.all()).extracting(Listen::recordingMsid).containsExactly("a");
        assertThat(s.newestListenedAt()).isEqualTo(T);
    }
}
