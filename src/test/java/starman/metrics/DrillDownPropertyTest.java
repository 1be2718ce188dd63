package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import starman.bench.SyntheticHistory;
import starman.javatime.JavaTime;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.normalize.ArtistFilter;
import starman.random.SplitMix64;
import starman.simulator.RealisticHistory;
import starman.store.DayBlockStore;
import starman.store.MemoryPersistence;
import starman.store.PageWrite;
import starman.store.SyncCheckpoint;

/**
 * The listens behind each number of the table add up to that number and are the reference's listens; the drill-down
 * made from the index's columns, reading only the listens asked for from a store, is the one made by decoding every
 * listen ({@link ListenDrillDown}): totals, albums, order, pages and each album's newest listens.
 */
class DrillDownPropertyTest {
    private static final long REALISTIC_END = 1_764_000_000L;

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC");
    }

    @Property(tries = 40)
    void theListensBehindEachNumberAddUpToIt(@ForAll long seed, @ForAll DayOfWeek weekStart,
                                             @ForAll("zones") String zone) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse("2025-03-30T01:00:00Z").getEpochSecond() + rnd.nextInt(400) * 86_400L;
        List<Listen> history = SyntheticHistory.random(new SplitMix64(rnd.nextLong()), t0, 20, 100 + rnd.nextInt(300));
        ListenIndex index = index(zone, weekStart, history);
        DayBlockStore store = stored(history, rnd);
        ReferenceMetrics reference = new ReferenceMetrics(history, ArtistFilter.DAVID_BOWIE,
                ListenIndexPropertyTest.NORMALIZER, SyntheticHistory.LENGTHS, ZoneId.of(zone), weekStart);
        for (int i = 0; i < 4; i++) {
            long now = i == 0 ? t0 : history.get(rnd.nextInt(history.size())).listenedAt() + rnd.nextInt(3600);
            Dashboard dashboard = index.dashboard(now);
            for (Period period : Period.values()) {
                Measure measure = Measure.values()[rnd.nextInt(Measure.values().length)];
                DrillDown drill = DrillDown.of(index, index, store::listensAt, period, measure, now);
                List<Listen> listens = pagedThrough(drill, rnd);
                Totals expected = row(dashboard, period);

                assertThat(drill.totals()).as("%s at %s", period, Instant.ofEpochSecond(now)).isEqualTo(expected);
                assertThat(drill.measure()).isEqualTo(measure);
                assertThat(keys(listens)).isEqualTo(keys(reference.listens(period, now)));
                assertThat(listens).hasSize(expected.songs());
                assertThat(listens).isSortedAccordingTo((a, b) -> Long.compare(b.listenedAt(), a.listenedAt()));
                assertAlbumsAgree(drill, listens, expected);
                assertLengthsAgree(drill, listens, expected);
                assertSameAs(ListenDrillDown.of(index, period, now, history), drill, listens, rnd);
            }
        }
    }

    @Property(tries = 30)
    void eachDayAlbumAndHourOfThePicturesOpensTheListensItCounts(@ForAll long seed, @ForAll("zones") String zone) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse("2025-10-26T01:00:00Z").getEpochSecond();
        List<Listen> history = SyntheticHistory.random(new SplitMix64(rnd.nextLong()), t0, 10, 100 + rnd.nextInt(200));
        ListenIndex index = index(zone, DayOfWeek.MONDAY, history);
        DayBlockStore store = stored(history, rnd);
        int firstDay = index.periods().epochDay(t0) - 12;
        int[] perDay = index.songsPerDay(firstDay, 25);
        for (int d = 0; d < perDay.length; d++) {
            DrillDown day = DrillDown.ofDay(index, index, store::listensAt, firstDay + d);
            List<Listen> listens = pagedThrough(day, rnd);
            assertThat(listens).hasSize(perDay[d]);
            int epochDay = firstDay + d;
            assertThat(listens).allMatch(l -> index.periods().epochDay(l.listenedAt()) == epochDay);
            assertSameAs(ListenDrillDown.ofDay(index, epochDay, history), day, listens, rnd);
        }
        int[] perAlbum = index.songsPerAlbum();
        for (int id = 0; id < perAlbum.length; id++) {
            if (perAlbum[id] > 0) {
                DrillDown album = DrillDown.ofAlbum(index, index, store::listensAt, index.albumKey(id));
                List<Listen> listens = pagedThrough(album, rnd);
                assertThat(listens).hasSize(perAlbum[id]);
                assertThat(album.albums()).extracting(DrillDown.Album::key).containsExactly(index.albumKey(id));
                assertSameAs(ListenDrillDown.ofAlbum(index, index.albumKey(id), history), album, listens, rnd);
            }
        }
        assertThat(pagedThrough(DrillDown.ofAlbum(index, index, store::listensAt, "no such album"), rnd)).isEmpty();
        int[] perHour = new ListeningClock(index).songs();
        for (int cell = 0; cell < ListeningClock.CELLS; cell++) {
            DrillDown hour = DrillDown.ofClock(index, index, store::listensAt, cell);
            List<Listen> listens = pagedThrough(hour, rnd);
            assertThat(listens).hasSize(perHour[cell]);
            assertSameAs(ListenDrillDown.ofClock(index, ZoneId.of(zone), DayOfWeek.of(ListeningClock.day(cell).value()),
                    ListeningClock.hour(cell), history), hour, listens, rnd);
        }
    }

    /** On the realistic shape (remasters, upper-case names, mapped and unmapped variants of one album, players). */
    @Property(tries = 8)
    void onRealisticHistoriesTheIndexGivesWhatDecodingEveryListenGave(@ForAll long seed,
                                                                      @ForAll @IntRange(min = 500, max = 4000) int n) {
        Random rnd = new Random(seed);
        List<Listen> history = RealisticHistory.of(n, REALISTIC_END).seed(seed).listens();
        ListenIndex index = index("Europe/London", DayOfWeek.MONDAY, history);
        DayBlockStore store = stored(history, rnd);
        long now = REALISTIC_END - rnd.nextInt(400) * 86_400L;
        for (Period period : List.of(Period.ALL_TIME, Period.MONTH)) {
            DrillDown drill = DrillDown.of(index, index, store::listensAt, period, Measure.ALBUMS, now);
            assertSameAs(ListenDrillDown.of(index, period, now, history), drill, pagedThrough(drill, rnd), rnd);
        }
        int[] perAlbum = index.songsPerAlbum();
        for (int id = 0; id < perAlbum.length; id++) {
            if (perAlbum[id] > 0) {
                DrillDown album = DrillDown.ofAlbum(index, index, store::listensAt, index.albumKey(id));
                assertSameAs(ListenDrillDown.ofAlbum(index, index.albumKey(id), history), album,
                        pagedThrough(album, rnd), rnd);
            }
        }
        int lastDay = index.periods().epochDay(history.get(history.size() - 1).listenedAt());
        for (int d = 0; d < 5; d++) {
            int day = lastDay - rnd.nextInt(60);
            DrillDown drill = DrillDown.ofDay(index, index, store::listensAt, day);
            assertSameAs(ListenDrillDown.ofDay(index, day, history), drill, pagedThrough(drill, rnd), rnd);
        }
    }

    /**
     * Between two pages the sync removes a listen and stores a late one, as the app does (the store's observer
     * keeps the index in step): the next pages go on from the last listen shown, repeating none and skipping none of
     * those still counted.
     */
    @Property(tries = 40)
    void pagesGoOnFromTheLastListenShownWhateverChangedBetween(@ForAll long seed) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse("2025-03-30T01:00:00Z").getEpochSecond();
        List<Listen> history = SyntheticHistory.random(new SplitMix64(rnd.nextLong()), t0, 20, 100 + rnd.nextInt(300));
        ListenIndex index = index("UTC", DayOfWeek.MONDAY, history);
        DayBlockStore store = stored(history, rnd);
        store.setObserver((put, removed) -> {
            removed.forEach(index::remove);
            put.forEach(index::add);
        });
        DrillDown drill = DrillDown.of(index, index, store::listensAt, Period.ALL_TIME, Measure.SONGS, t0);
        List<Listen> first = drill.listens(null, 1 + rnd.nextInt(history.size() / 2));
        Listen last = first.get(first.size() - 1);

        Listen gone = history.get(rnd.nextInt(history.size()));
        store.apply(new PageWrite(List.of(), gone.listenedAt(), gone.listenedAt(), SyncCheckpoint.IDLE));
        Listen late = SyntheticHistory.listen(new SplitMix64(seed), history.get(rnd.nextInt(history.size()))
                .listenedAt() + 1, "late");
        store.apply(new PageWrite(List.of(late), 1, 0, SyncCheckpoint.IDLE));
        List<Listen> rest = new ArrayList<>();
        for (List<Listen> page = drill.listens(last, 1 + rnd.nextInt(60)); !page.isEmpty();
             page = drill.listens(rest.isEmpty() ? last : rest.get(rest.size() - 1), 1 + rnd.nextInt(60))) {
            rest.addAll(page);
        }

        long lastHash = ListenIndex.hash(last.recordingMsid());
        List<Listen> expected = ListenDrillDown.of(index, Period.ALL_TIME, t0, store.all()).listens().stream()
                .filter(l -> l.listenedAt() < last.listenedAt() || l.listenedAt() == last.listenedAt()
                        && ListenIndex.hash(l.recordingMsid()) < lastHash).toList();
        assertThat(rest).isEqualTo(expected);
    }

    private static ListenIndex index(String zone, DayOfWeek weekStart, List<Listen> history) {
        ListenIndex index = new ListenIndex(ListenIndexPropertyTest.NORMALIZER, ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of(zone), weekStart), SyntheticHistory.LENGTHS);
        index.addAll(history);
        return index;
    }

    /** The history stored in pages of random order and size, as a sync with late listens writes them. */
    private static DayBlockStore stored(List<Listen> history, Random rnd) {
        DayBlockStore store = DayBlockStore.empty(new MemoryPersistence());
        List<Listen> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, rnd);
        for (int from = 0; from < shuffled.size(); ) {
            int to = Math.min(shuffled.size(), from + 1 + rnd.nextInt(200));
            store.apply(new PageWrite(shuffled.subList(from, to), 1, 0, SyncCheckpoint.IDLE));
            from = to;
        }
        return store;
    }

    /** Every listen of the drill-down, asked for in pages of a random size, each going on from the last. */
    private static List<Listen> pagedThrough(DrillDown drill, Random rnd) {
        int size = 1 + rnd.nextInt(120);
        List<Listen> all = new ArrayList<>();
        for (List<Listen> page = drill.listens(null, size); !page.isEmpty();
             page = drill.listens(all.get(all.size() - 1), size)) {
            assertThat(page.size()).isLessThanOrEqualTo(size);
            all.addAll(page);
            assertThat(all).hasSizeLessThanOrEqualTo(drill.totals().songs()); // no page again and again
        }
        return all;
    }

    /** The index-based drill-down gives what decoding every listen gave. */
    private static void assertSameAs(ListenDrillDown reference, DrillDown drill, List<Listen> listens, Random rnd) {
        assertThat(drill.totals()).isEqualTo(reference.totals());
        assertThat(listens).isEqualTo(reference.listens());
        assertThat(drill.albums()).isEqualTo(reference.albums().stream()
                .map(a -> new DrillDown.Album(a.key(), a.name(), a.listens().size())).toList());
        int from = rnd.nextInt(drill.albums().size() + 1);
        int to = from + rnd.nextInt(drill.albums().size() - from + 1);
        int n = 1 + rnd.nextInt(7);
        assertThat(drill.newest(drill.albums().subList(from, to), n)).isEqualTo(reference.albums().subList(from, to)
                .stream().map(a -> a.listens().subList(0, Math.min(n, a.listens().size()))).toList());
    }

    /** Each album holds the listens the explanation puts in that album; the albums are the distinct ones. */
    private static void assertAlbumsAgree(DrillDown drill, List<Listen> listens, Totals expected) {
        Set<String> albumKeys = new HashSet<>();
        int grouped = 0;
        List<List<Listen>> newest = drill.newest(drill.albums(), Integer.MAX_VALUE / 2);
        for (int i = 0; i < drill.albums().size(); i++) {
            DrillDown.Album album = drill.albums().get(i);
            albumKeys.add(album.key());
            grouped += album.listens();
            assertThat(newest.get(i)).hasSize(album.listens());
            for (Listen listen : newest.get(i)) {
                assertThat(drill.explain(listen).albumKey()).isEqualTo(album.key());
            }
        }
        assertThat(albumKeys).hasSize(expected.albums());
        long withAlbum = listens.stream().filter(l -> drill.explain(l).albumKey() != null).count();
        assertThat(grouped).isEqualTo(withAlbum);
    }

    /** The lengths the explanations give sum to the minutes; those they call unknown are the unknown ones. */
    private static void assertLengthsAgree(DrillDown drill, List<Listen> listens, Totals expected) {
        long known = 0;
        int unknown = 0;
        for (Listen listen : listens) {
            Resolution r = drill.explain(listen);
            assertThat(r.artistMatch()).isNotNull();
            assertThat(r.recordingKey()).isEqualTo(r.keys().recordingKey());
            assertThat(r.lines()).isNotEmpty();
            if (r.length().source() == ListenLength.Source.UNKNOWN) {
                unknown++;
            } else {
                known += r.length().ms();
            }
        }
        assertThat(known).isEqualTo(expected.knownMs());
        assertThat(unknown).isEqualTo(expected.unknownDuration());
    }

    private static Set<ListenKey> keys(List<Listen> listens) {
        Set<ListenKey> keys = new HashSet<>();
        listens.forEach(l -> keys.add(l.key()));
        return keys;
    }

    private static Totals row(Dashboard d, Period period) {
        return switch (period) {
            case PACE -> d.pace();
            case TODAY -> d.today();
            case WEEK -> d.week();
            case MONTH -> d.month();
            case ALL_TIME -> d.allTime();
        };
    }
}
