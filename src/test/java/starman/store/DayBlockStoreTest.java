package starman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.model.TrackMetadata;

class DayBlockStoreTest {
    private static final long T = 1_709_251_200L;

    /** Keeps what was committed, like an IndexedDB database would. */
    private static final class Saved implements DayBlockStore.Persistence {
        final Map<Integer, byte[]> blocks = new HashMap<>();
        final TreeMap<Integer, byte[]> dictionaryChunks = new TreeMap<>();
        SyncCheckpoint checkpoint = SyncCheckpoint.IDLE;
        int commits;
        boolean failNext;

        @Override
        public void commit(DayBlockStore.Changes changes) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("QuotaExceededError");
            }
            commits++;
            blocks.putAll(changes.putDays());
            changes.deletedDays().forEach(blocks::remove);
            if (changes.dictionaryChunk() != null) {
                dictionaryChunks.put(changes.dictionaryStart(), changes.dictionaryChunk());
            }
            checkpoint = changes.checkpoint();
        }

        DayBlockStore reopen() {
            return new DayBlockStore(ListenDictionary.fromChunks(new ArrayList<>(dictionaryChunks.values())), blocks,
                    checkpoint, this);
        }
    }

    private static List<Listen> days(int days, int perDay) {
        List<Listen> listens = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < perDay; i++) {
                listens.add(DayBlockTest.fatListen(T + d * 86_400L + i * 240L, "m" + d + "-" + i, "Artist " + (i % 4),
                        "Track " + i));
            }
        }
        return listens;
    }

    @Test
    void onePageIsOneCommitOfItsDaysAndReopensToTheSameListens() {
        Saved saved = new Saved();
        DayBlockStore store = DayBlockStore.empty(saved);
        List<Listen> listens = days(5, 30);
        SyncCheckpoint checkpoint = new SyncCheckpoint(T + 5 * 86_400L, true);

        store.apply(new PageWrite(listens, T, T + 5 * 86_400L, checkpoint));

        assertThat(saved.commits).isEqualTo(1);
        assertThat(saved.blocks).hasSize(5);
        DayBlockStore reopened = saved.reopen();
        assertThat(reopened.all()).isEqualTo(store.all()).containsExactlyElementsOf(listens);
        assertThat(reopened.count()).isEqualTo(150);
        assertThat(reopened.checkpoint()).isEqualTo(checkpoint);
    }

    @Test
    void betweenGivesTheListensOfAnyRangeAsAllDoes() {
        DayBlockStore store = DayBlockStore.empty(new Saved());
        store.apply(new PageWrite(days(5, 30), T, T + 5 * 86_400L, SyncCheckpoint.IDLE));
        List<Listen> all = store.all();
        long[][] ranges = {{T + 3_600, T + 86_400 + 7_000}, {Long.MIN_VALUE, Long.MAX_VALUE}, {T + 2 * 86_400L, T + 2 * 86_400L + 1},
                {T - 86_400, T}, {T + 10 * 86_400L, Long.MAX_VALUE}, {T + 500, T + 400}};
        for (long[] r : ranges) {
            assertThat(store.between(r[0], r[1])).as("%d..%d", r[0], r[1])
                    .isEqualTo(all.stream().filter(l -> l.listenedAt() >= r[0] && l.listenedAt() < r[1]).toList());
        }
        assertThat(store.between(T + 3_600, T + 86_400 + 7_000)).isNotEmpty();
    }

    @Test
    void aFailedCommitChangesNothingAndTheNextOneCarriesTheNewStrings() {
        Saved saved = new Saved();
        DayBlockStore store = DayBlockStore.empty(saved);
        store.apply(new PageWrite(days(1, 10), 1, 0, SyncCheckpoint.IDLE));
        List<Listen> before = store.all();
        Listen fresh = DayBlockTest.fatListen(T + 3 * 86_400L, "new-msid", "New Artist", "New Track");

        saved.failNext = true;
        assertThatThrownBy(() -> store.apply(new PageWrite(List.of(fresh), 1, 0, new SyncCheckpoint(9, true))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.all()).isEqualTo(before);
        assertThat(store.checkpoint()).isEqualTo(SyncCheckpoint.IDLE);

        store.apply(new PageWrite(List.of(DayBlockTest.slimListen(T + 4 * 86_400L, "other")), 1, 0, SyncCheckpoint.IDLE));
        store.apply(new PageWrite(List.of(fresh), 1, 0, SyncCheckpoint.IDLE));
        assertThat(saved.reopen().all()).contains(fresh);
    }

    @Test
    void aDayWhoseListensAreAllGoneIsDeleted() {
        Saved saved = new Saved();
        DayBlockStore store = DayBlockStore.empty(saved);
        store.apply(new PageWrite(days(2, 3), 1, 0, SyncCheckpoint.IDLE));

        store.apply(new PageWrite(List.of(), T, T + 86_399, SyncCheckpoint.IDLE));

        assertThat(saved.blocks).containsOnlyKeys(DayBlock.dayOf(T) + 1);
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void theObserverHearsWhatEachCommittedPageStoredAndRemoved() {
        Saved saved = new Saved();
        DayBlockStore store = DayBlockStore.empty(saved);
        List<List<Listen>> put = new ArrayList<>();
        List<List<ListenKey>> removed = new ArrayList<>();
        store.setObserver((p, r) -> {
            put.add(p);
            removed.add(r);
        });
        List<Listen> first = days(1, 3);
        store.apply(new PageWrite(first, 1, 0, SyncCheckpoint.IDLE));
        store.apply(new PageWrite(first.subList(0, 1), T, T + 86_399, SyncCheckpoint.IDLE));
        saved.failNext = true;
        assertThatThrownBy(() -> store.apply(new PageWrite(List.of(), T, T + 86_399, SyncCheckpoint.IDLE)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(put).containsExactly(first, first.subList(0, 1));
        assertThat(removed).containsExactly(List.of(), List.of(first.get(1).key(), first.get(2).key()));
    }

    @Test
    void newestListsTheLastListensNewestFirstAcrossDays() {
        DayBlockStore store = DayBlockStore.empty(new Saved());
        List<Listen> listens = days(3, 4);
        store.apply(new PageWrite(listens, 1, 0, SyncCheckpoint.IDLE));

        List<Listen> expected = new ArrayList<>(listens);
        java.util.Collections.reverse(expected);
        assertThat(store.newest(6)).isEqualTo(expected.subList(0, 6));
        assertThat(store.newest(50)).isEqualTo(expected);
    }

    @Test
    void rowsAndDistinctTracksComeWithoutAListenEachAndTracksNewSinceAPassAreListed() {
        Saved saved = new Saved();
        DayBlockStore store = DayBlockStore.empty(saved);
        List<Listen> listens = days(3, 6); // tracks 0-5 each day
        store.apply(new PageWrite(listens.subList(0, 9), 1, 0, SyncCheckpoint.IDLE));
        assertThat(store.tracksFrom(0)).extracting(TrackMetadata::trackName)
                .containsExactly("Track 0", "Track 1", "Track 2", "Track 3", "Track 4", "Track 5");
        int judged = store.trackCount();
        Listen other = DayBlockTest.fatListen(T + 3 * 86_400L, "late", "Artist 9", "Track 9");
        store.apply(new PageWrite(List.of(listens.get(12), other), 1, 0, SyncCheckpoint.IDLE));
        assertThat(store.tracksFrom(judged)).extracting(TrackMetadata::trackName).containsExactly("Track 9");

        DayBlockStore reopened = saved.reopen();
        store.apply(new PageWrite(listens.subList(9, 18), 1, 0, SyncCheckpoint.IDLE));
        for (DayBlockStore s : List.of(store, reopened)) {
            List<String> rows = new ArrayList<>();
            s.forEachRow((t, msid, track) -> rows.add(t + " " + s.string(msid) + " " + s.track(track)));
            List<Listen> stored = s.all();
            assertThat(rows).containsExactlyElementsOf(stored.stream()
                    .map(l -> l.listenedAt() + " " + l.recordingMsid() + " " + l.track()).toList());
            List<TrackMetadata> wanted = s.tracksFrom(0).stream()
                    .filter(t -> t.trackName().equals("Track 2") || t.trackName().equals("Track 9")).toList();
            assertThat(s.listensOf(wanted)).isEqualTo(stored.stream()
                    .filter(l -> l.track().trackName().equals("Track 2") || l.track().trackName().equals("Track 9"))
                    .toList());
        }
    }
}
