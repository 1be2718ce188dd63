package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import starman.bench.SyntheticHistory;
import starman.javatime.JavaTime;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.random.SplitMix64;
import starman.store.DayBlockStore;
import starman.store.MemoryPersistence;
import starman.store.PageWrite;
import starman.store.SyncCheckpoint;

/** The cold start's index, built from a day-block store's columns, against the one built from its listens. */
class ColumnBuildPropertyTest {
    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC");
    }

    @Property(tries = 60)
    void columnsBuildTheIndexListensBuild(@ForAll long seed, @ForAll("zones") String zone, @ForAll boolean reopen,
                                          @ForAll boolean judged) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse("2025-03-30T01:00:00Z").getEpochSecond();
        List<Listen> history = SyntheticHistory.random(new SplitMix64(rnd.nextLong()), t0, 20, 50 + rnd.nextInt(400));
        MemoryPersistence saved = new MemoryPersistence();
        DayBlockStore store = DayBlockStore.empty(saved);
        if (judged) { // the facts each track was judged to, kept (and persisted) by the store, else judged at the build
            store.setJudge(index(zone).judge());
        }
        // pages in random order and sizes, as a sync with late listens writes them: days and the dictionary grow in steps
        List<Listen> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, rnd);
        for (int from = 0; from < shuffled.size(); ) {
            int to = Math.min(shuffled.size(), from + 1 + rnd.nextInt(120));
            store.apply(new PageWrite(shuffled.subList(from, to), 1, 0, SyncCheckpoint.IDLE));
            from = to;
        }
        ListenIndex fromListens = index(zone);
        fromListens.addAll(history);
        ListenIndex fromColumns = index(zone);
        DayBlockStore built = reopen ? saved.reopen() : store;
        if (judged) {
            built.setJudge(fromColumns.judge());
            assertThat(built.allJudged()).isTrue();
        }
        fromColumns.addAll(built);

        assertThat(rows(fromColumns)).isEqualTo(rows(fromListens));
        assertThat(albums(fromColumns)).isEqualTo(albums(fromListens));
        for (int i = 0; i < 6; i++) {
            long now = history.get(rnd.nextInt(history.size())).listenedAt() + rnd.nextInt(7200) - 3600;
            assertThat(fromColumns.dashboard(now)).isEqualTo(fromListens.dashboard(now));
        }
        int today = fromListens.periods().epochDay(t0);
        assertThat(fromColumns.songsPerDay(today - 30, 60)).isEqualTo(fromListens.songsPerDay(today - 30, 60));
    }

    /** Each row as text; recording and title ids renumbered by first appearance, since only their sameness counts. */
    private static List<String> rows(ListenIndex index) {
        Map<Integer, Integer> recordings = new HashMap<>();
        Map<Integer, Integer> titles = new HashMap<>();
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < index.size(); row++) {
            int albumId = index.albumId(row);
            rows.add(index.timestamp(row) + " day " + index.epochDay(row) + " ms " + index.durationMs(row)
                    + " recording " + recordings.computeIfAbsent(index.recordingId(row), id -> recordings.size())
                    + " title " + titles.computeIfAbsent(index.titleId(row), id -> titles.size())
                    + " album " + (albumId < 0 ? "-" : index.albumKey(albumId) + " named " + index.albumName(albumId)));
        }
        return rows;
    }

    /** Songs per canonical album, by key. */
    private static Map<String, Integer> albums(ListenIndex index) {
        int[] songs = index.songsPerAlbum();
        Map<String, Integer> byKey = new TreeMap<>();
        for (int id = 0; id < songs.length; id++) {
            if (songs[id] > 0) {
                byKey.put(index.albumKey(id), songs[id]);
            }
        }
        return byKey;
    }

    private static ListenIndex index(String zone) {
        return new ListenIndex(ListenIndexPropertyTest.NORMALIZER, ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of(zone), DayOfWeek.MONDAY), SyntheticHistory.LENGTHS);
    }
}
