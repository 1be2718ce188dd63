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
import starman.bench.SyntheticHistory;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.normalize.ArtistFilter;
import starman.random.SplitMix64;

/** The listens behind each number of the table add up to that number, and are the reference's listens. */
class DrillDownPropertyTest {
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
        ListenIndex index = new ListenIndex(ListenIndexPropertyTest.NORMALIZER, ArtistFilter.DAVID_BOWIE,
                new Periods(ZoneId.of(zone), weekStart), SyntheticHistory.LENGTHS);
        index.addAll(history);
        ReferenceMetrics reference = new ReferenceMetrics(history, ArtistFilter.DAVID_BOWIE,
                ListenIndexPropertyTest.NORMALIZER, SyntheticHistory.LENGTHS, ZoneId.of(zone), weekStart);
        List<Listen> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, rnd); // the drill-down must not rely on the store's order
        for (int i = 0; i < 4; i++) {
            long now = i == 0 ? t0 : history.get(rnd.nextInt(history.size())).listenedAt() + rnd.nextInt(3600);
            Dashboard dashboard = index.dashboard(now);
            for (Period period : Period.values()) {
                Measure measure = Measure.values()[rnd.nextInt(Measure.values().length)];
                DrillDown drill = DrillDown.of(index, period, measure, now, shuffled);
                Totals expected = row(dashboard, period);

                assertThat(drill.totals()).as("%s at %s", period, Instant.ofEpochSecond(now)).isEqualTo(expected);
                assertThat(keys(drill.listens())).isEqualTo(keys(reference.listens(period, now)));
                assertThat(drill.listens()).hasSize(expected.songs());
                assertThat(drill.listens()).isSortedAccordingTo((a, b) -> Long.compare(b.listenedAt(), a.listenedAt()));
                assertAlbumsAgree(drill, expected);
                assertLengthsAgree(drill, expected);
            }
        }
    }

    @Property(tries = 30)
    void eachDayAndAlbumOfThePicturesOpensTheListensItCounts(@ForAll long seed, @ForAll("zones") String zone) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse("2025-10-26T01:00:00Z").getEpochSecond();
        List<Listen> history = SyntheticHistory.random(new SplitMix64(rnd.nextLong()), t0, 10, 100 + rnd.nextInt(200));
        ListenIndex index = new ListenIndex(ListenIndexPropertyTest.NORMALIZER, ArtistFilter.DAVID_BOWIE,
                new Periods(ZoneId.of(zone), DayOfWeek.MONDAY), SyntheticHistory.LENGTHS);
        index.addAll(history);
        int firstDay = index.periods().epochDay(t0) - 12;
        int[] perDay = index.songsPerDay(firstDay, 25);
        for (int d = 0; d < perDay.length; d++) {
            DrillDown day = DrillDown.ofDay(index, firstDay + d, history);
            assertThat(day.listens()).hasSize(perDay[d]);
            int epochDay = firstDay + d;
            assertThat(day.listens()).allMatch(l -> index.periods().epochDay(l.listenedAt()) == epochDay);
        }
        int[] perAlbum = index.songsPerAlbum();
        for (int id = 0; id < perAlbum.length; id++) {
            if (perAlbum[id] > 0) {
                DrillDown album = DrillDown.ofAlbum(index, index.albumKey(id), history);
                assertThat(album.listens()).hasSize(perAlbum[id]);
                assertThat(album.albums()).extracting(DrillDown.Album::key).containsExactly(index.albumKey(id));
            }
        }
    }

    /** Each album group holds the listens the explanation puts in that album; the groups are the distinct albums. */
    private static void assertAlbumsAgree(DrillDown drill, Totals expected) {
        Set<String> albumKeys = new HashSet<>();
        int grouped = 0;
        for (DrillDown.Album album : drill.albums()) {
            albumKeys.add(album.key());
            grouped += album.listens().size();
            for (Listen listen : album.listens()) {
                assertThat(drill.explain(listen).albumKey()).isEqualTo(album.key());
            }
        }
        assertThat(albumKeys).hasSize(expected.albums());
        long withAlbum = drill.listens().stream().filter(l -> drill.explain(l).albumKey() != null).count();
        assertThat(grouped).isEqualTo(withAlbum);
    }

    /** The lengths the explanations give sum to the minutes; those they call unknown are the unknown ones. */
    private static void assertLengthsAgree(DrillDown drill, Totals expected) {
        long known = 0;
        int unknown = 0;
        for (Listen listen : drill.listens()) {
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
