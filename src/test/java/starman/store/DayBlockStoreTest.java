package starman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
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
        MemoryPersistence saved = new MemoryPersistence();
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
    void listensAtGivesTheListensOfTheirKeysInTheirOrderReadingOnlyTheirDays() {
        MemoryPersistence saved = new MemoryPersistence();
        DayBlockStore.empty(saved).apply(new PageWrite(days(5, 30), 1, 0, SyncCheckpoint.IDLE));
        List<Listen> listens = days(5, 30);
        // days 2 and 4 damaged: reading either would throw
        for (int day : new int[] {2, 4}) {
            byte[] block = saved.blocks.get(DayBlock.dayOf(T) + day);
            saved.blocks.put(DayBlock.dayOf(T) + day, Arrays.copyOf(block, block.length - 3));
        }
        DayBlockStore store = saved.reopen();
        assertThatThrownBy(store::all).isInstanceOf(RuntimeException.class);

        List<Listen> wanted = List.of(listens.get(100), listens.get(3), listens.get(31), listens.get(4));
        long[] at = new long[6];
        long[] hashes = new long[6];
        for (int i = 0; i < wanted.size(); i++) {
            at[i] = wanted.get(i).listenedAt();
            hashes[i] = ListenDictionary.hash64(wanted.get(i).recordingMsid());
        }
        at[4] = T + 7; // no listen in that second
        hashes[4] = hashes[1];
        at[5] = listens.get(1).listenedAt(); // a listen in that second, of another msid
        hashes[5] = ListenDictionary.hash64("m0-2");

        assertThat(store.listensAt(at, hashes, 6))
                .containsExactly(listens.get(100), listens.get(3), listens.get(31), listens.get(4), null, null);
        assertThat(store.listensAt(at, hashes, 2)).containsExactly(listens.get(100), listens.get(3));
    }

    @Test
    void aFailedCommitChangesNothingAndTheNextOneCarriesTheNewStrings() {
        MemoryPersistence saved = new MemoryPersistence();
        DayBlockStore store = DayBlockStore.empty(saved);
        store.apply(new PageWrite(days(1, 10), 1, 0, SyncCheckpoint.IDLE));
        List<Listen> before = store.all();
        Listen fresh = DayBlockTest.fatListen(T + 3 * 86_400L, "new-msid", "New Artist", "New Track");

        saved.failNext = true;
        assertThatThrownBy(() -> store.apply(new PageWrite(List.of(fresh), 1, 0, new SyncCheckpoint(9, true))))
                .isInstanceOf(StorageException.class);
        assertThat(store.all()).isEqualTo(before);
        assertThat(store.checkpoint()).isEqualTo(SyncCheckpoint.IDLE);

        store.apply(new PageWrite(List.of(DayBlockTest.slimListen(T + 4 * 86_400L, "other")), 1, 0, SyncCheckpoint.IDLE));
        store.apply(new PageWrite(List.of(fresh), 1, 0, SyncCheckpoint.IDLE));
        assertThat(saved.reopen().all()).contains(fresh);
    }

    @Test
    void aDayWhoseListensAreAllGoneIsDeleted() {
        MemoryPersistence saved = new MemoryPersistence();
        DayBlockStore store = DayBlockStore.empty(saved);
        store.apply(new PageWrite(days(2, 3), 1, 0, SyncCheckpoint.IDLE));

        store.apply(new PageWrite(List.of(), T, T + 86_399, SyncCheckpoint.IDLE));

        assertThat(saved.blocks).containsOnlyKeys(DayBlock.dayOf(T) + 1);
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void theObserverHearsWhatEachCommittedPageStoredAndRemoved() {
        MemoryPersistence saved = new MemoryPersistence();
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
                .isInstanceOf(StorageException.class);

        assertThat(put).containsExactly(first, first.subList(0, 1));
        assertThat(removed).containsExactly(List.of(), List.of(first.get(1).key(), first.get(2).key()));
    }

    @Test
    void newestListsTheLastListensNewestFirstAcrossDays() {
        DayBlockStore store = DayBlockStore.empty(new MemoryPersistence());
        List<Listen> listens = days(3, 4);
        store.apply(new PageWrite(listens, 1, 0, SyncCheckpoint.IDLE));

        List<Listen> expected = new ArrayList<>(listens);
        java.util.Collections.reverse(expected);
        assertThat(store.newest(6)).isEqualTo(expected.subList(0, 6));
        assertThat(store.newest(50)).isEqualTo(expected);
    }

    @Test
    void rowsGiveEveryListenWithoutAnObjectApieceAndTracksAreNumberedOnce() {
        MemoryPersistence saved = new MemoryPersistence();
        DayBlockStore store = DayBlockStore.empty(saved);
        List<Listen> listens = days(3, 6); // tracks 0-5 each day
        store.apply(new PageWrite(listens.subList(0, 9), 1, 0, SyncCheckpoint.IDLE));
        assertThat(store.trackCount()).isEqualTo(6);
        Listen other = DayBlockTest.fatListen(T + 3 * 86_400L, "late", "Artist 9", "Track 9");
        store.apply(new PageWrite(List.of(listens.get(12), other), 1, 0, SyncCheckpoint.IDLE));
        assertThat(store.trackCount()).isEqualTo(7);
        assertThat(store.judgedTrack(6).trackName()).isEqualTo("Track 9");

        DayBlockStore reopened = saved.reopen();
        store.apply(new PageWrite(listens.subList(9, 18), 1, 0, SyncCheckpoint.IDLE));
        for (DayBlockStore s : List.of(store, reopened)) {
            List<String> rows = new ArrayList<>();
            s.forEachRow((t, msid, track) -> rows.add(t + " " + s.string(msid) + " " + s.judgedTrack(track).trackName()));
            List<Listen> stored = s.all();
            assertThat(rows).containsExactlyElementsOf(stored.stream()
                    .map(l -> l.listenedAt() + " " + l.recordingMsid() + " " + l.track().trackName()).toList());
            assertThat(s.listensOf(track -> s.judgedTrack(track).trackName().matches("Track [29]")))
                    .isEqualTo(stored.stream().filter(l -> l.track().trackName().matches("Track [29]")).toList());
        }
    }

    /** Judges a track by its title's length: enough to see facts kept, persisted and judged again. */
    private static final class TitleJudge implements TrackJudge {
        final String rules;
        int judged;

        TitleJudge(String rules) {
            this.rules = rules;
        }

        @Override
        public String rules() {
            return rules;
        }

        @Override
        public int[] judge(TrackMetadata track, ListenDictionary strings) {
            judged++;
            return new int[] {track.trackName().length(), strings.id(rules + ":" + track.trackName())};
        }
    }

    @Test
    void factsAreMadeOncePerTrackPersistedAndReadBackUnderTheSameRulesOnly() {
        MemoryPersistence saved = new MemoryPersistence();
        DayBlockStore store = DayBlockStore.empty(saved);
        TitleJudge judge = new TitleJudge("v1");
        store.setJudge(judge);
        store.apply(new PageWrite(days(4, 6), 1, 0, SyncCheckpoint.IDLE));
        assertThat(judge.judged).isEqualTo(6);
        assertThat(store.allJudged()).isTrue();

        DayBlockStore same = saved.reopen();
        TitleJudge again = new TitleJudge("v1");
        same.setJudge(again);
        assertThat(same.allJudged()).isTrue();
        assertThat(again.judged).isZero();
        for (int t = 0; t < same.trackCount(); t++) {
            assertThat(same.facts(t)).isEqualTo(store.facts(t));
            assertThat(same.string(same.facts(t)[1])).isEqualTo("v1:" + same.judgedTrack(t).trackName());
        }

        DayBlockStore other = saved.reopen();
        TitleJudge v2 = new TitleJudge("v2");
        other.setJudge(v2);
        assertThat(other.allJudged()).isFalse();
        other.judgeTracks(0, other.trackCount());
        other.saveJudgements();
        assertThat(v2.judged).isEqualTo(6);
        DayBlockStore reread = saved.reopen();
        reread.setJudge(new TitleJudge("v2"));
        assertThat(reread.allJudged()).isTrue();
        assertThat(reread.string(reread.facts(0)[1])).startsWith("v2:");
        assertThat(reread.all()).isEqualTo(store.all());
    }

    @Test
    void judgingAgainReportsOnlyTracksWhoseFactsChanged() {
        DayBlockStore store = DayBlockStore.empty(new MemoryPersistence());
        int[] bump = {0};
        store.setJudge(new TrackJudge() {
            @Override
            public String rules() {
                return "r";
            }

            @Override
            public int[] judge(TrackMetadata track, ListenDictionary strings) {
                return new int[] {track.trackName().equals("Track 1") ? bump[0] : 0};
            }
        });
        store.apply(new PageWrite(days(1, 3), 1, 0, SyncCheckpoint.IDLE));
        bump[0] = 7;

        assertThat(store.judgeAgain(List.of(0, 1, 2))).containsExactly(1);
        assertThat(store.facts(1)).containsExactly(7);
        assertThat(store.judgeAgain(List.of(0, 1, 2))).isEmpty();
    }

    @Test
    void aThousandSmallPagesLeaveAFewChunksThatReopenToTheSameStore() {
        MemoryPersistence saved = new MemoryPersistence();
        DayBlockStore store = DayBlockStore.empty(saved);
        for (int i = 0; i < 1_000; i++) {
            store.apply(new PageWrite(List.of(DayBlockTest.fatListen(T + i * 600L, "m" + i, "Artist " + i, "Track " + i)),
                    1, 0, SyncCheckpoint.IDLE));
            if (i == 500) {
                saved.failNext = true;
                int n = i;
                assertThatThrownBy(() -> store.apply(new PageWrite(List.of(DayBlockTest.fatListen(T + n * 600L + 1,
                        "lost", "Lost Artist", "Lost Track")), 1, 0, SyncCheckpoint.IDLE))).isInstanceOf(StorageException.class);
            }
        }

        assertThat(saved.commits).isEqualTo(1_000);
        assertThat(saved.strings.size()).as("string chunks").isLessThanOrEqualTo(24);
        assertThat(saved.tracks.size()).as("track chunks").isLessThanOrEqualTo(24);
        assertThat(saved.reopen().all()).isEqualTo(store.all()).hasSize(1_000);
    }

    @Test
    void anImportBatchGoesToDiskWhileTheNextIsReadAndAFailedOneIsUndone() {
        MemoryPersistence saved = new MemoryPersistence();
        DayBlockStore store = DayBlockStore.empty(saved);
        List<Listen> listens = days(6, 20);
        store.merge(listens.subList(0, 40));
        List<Listen> before = store.all();

        DayBlock.Rows batch = new DayBlock.Rows();
        for (Listen l : listens.subList(40, 80)) {
            batch.add(l.listenedAt(), l.insertedAt(), store.stringId(l.recordingMsid()), store.stringId(l.userName()),
                    store.trackOf(l.track()), store.extraOf(l.track()));
        }
        saved.failNextLater = true;
        assertThat(store.merge(batch)).isEqualTo(40);
        assertThat(saved.pending).as("on its way to disk").isEqualTo(1);
        assertThat(store.count()).as("readers see it meanwhile").isEqualTo(80);

        assertThatThrownBy(store::flush).isInstanceOf(StorageException.class);
        assertThat(store.all()).as("put back").isEqualTo(before);
        assertThat(store.count()).isEqualTo(40);

        store.merge(listens.subList(40, 120));
        store.flush();
        assertThat(saved.pending).isZero();
        assertThat(saved.reopen().all()).isEqualTo(store.all()).isEqualTo(listens);
    }
}
