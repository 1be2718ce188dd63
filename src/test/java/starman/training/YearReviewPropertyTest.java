package starman.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import starman.bench.SyntheticHistory;
import starman.metrics.DrillDown;
import starman.metrics.ListenDrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.charts.Days;
import starman.model.Listen;
import starman.random.SplitMix64;

/** Each year in review against every listen of the year walked and counted by its local date. */
class YearReviewPropertyTest {
    @Provide
    Arbitrary<String> zones() {
        return ReferenceReview.zones();
    }

    @Provide
    Arbitrary<String> anchors() {
        return Arbitraries.of("2025-01-01T00:30:00Z", "2024-12-31T11:30:00Z", "2025-03-30T01:00:00Z",
                "2024-06-15T12:00:00Z");
    }

    @Property(tries = 50)
    void everyYearMatchesTheWalk(@ForAll long seed, @ForAll DayOfWeek weekStart, @ForAll("zones") String zone,
                                 @ForAll("anchors") String anchor) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse(anchor).getEpochSecond();
        List<Listen> history = ComparisonPropertyTest.history(rnd, t0);
        ZoneId z = ZoneId.of(zone);
        ListenIndex index = ReferenceReview.index(history, SyntheticHistory.LENGTHS, z, weekStart);
        ReferenceReview reference = new ReferenceReview(history, SyntheticHistory.LENGTHS, z, weekStart);
        DrillDown.Source store = ListenDrillDown.source(history);
        assertThat(YearReview.years(index)).isEqualTo(reference.years());
        long last = history.stream().mapToLong(Listen::listenedAt).max().orElseThrow();
        for (long now : List.of(last + 86_400, t0, last - rnd.nextInt(200 * 86_400))) {
            for (int year : reference.years()) {
                check(index, reference, store, year, now);
            }
        }
    }

    private static void check(ListenIndex index, ReferenceReview reference, DrillDown.Source store, int year,
                              long now) {
        YearReview r = YearReview.of(index, year, now).named(store);
        String at = year + " at " + Instant.ofEpochSecond(now);
        List<ReferenceReview.Heard> heard = reference.year(year, now);
        assertThat(r.totals()).as(at).isEqualTo(reference.totals(heard::contains));
        assertThat(r.soFar()).isEqualTo(now < reference.startOf(LocalDate.of(year + 1, 1, 1)));
        assertThat(r.tracks()).as(at).isEqualTo(heard.stream().map(ReferenceReview.Heard::recording).distinct().count());
        assertThat(keyed(r.topAlbums())).as("albums " + at).containsExactlyEntriesOf(
                ReferenceReview.top(heard, ReferenceReview.Heard::album, false));
        assertThat(keyed(r.topTracks())).as("tracks " + at).containsExactlyEntriesOf(
                ReferenceReview.top(heard, ReferenceReview.Heard::recording, false));
        for (YearReview.Top track : r.topTracks()) {
            List<Listen> of = heard.stream().filter(h -> h.recording().equals(track.key()))
                    .map(ReferenceReview.Heard::listen).toList();
            assertThat(track.name()).isEqualTo(of.get(of.size() - 1).track().trackName());
            // the drill-down of a top track opens exactly its listens of the year, newest first
            DrillDown drill = DrillDown.ofRecording(index, index, store, track.key(), r.from(), r.to());
            assertThat(drill.totals().songs()).isEqualTo(track.songs());
            assertThat(drill.listens(null, of.size() + 1)).containsExactlyElementsOf(reversed(of));
        }
        for (YearReview.Top album : r.topAlbums()) {
            List<Listen> of = heard.stream().filter(h -> album.key().equals(h.album()))
                    .map(ReferenceReview.Heard::listen).toList();
            DrillDown drill = DrillDown.ofAlbum(index, index, store, album.key(), r.from(), r.to());
            assertThat(drill.totals().songs()).isEqualTo(album.songs());
            assertThat(drill.listens(null, of.size() + 1)).containsExactlyElementsOf(reversed(of));
        }
        busiest(r.busiestDay(), ReferenceReview.busiest(heard, d -> d), Days::longDate, at);
        busiest(r.busiestWeek(), ReferenceReview.busiest(heard, reference::weekOf),
                d -> "the week from " + Days.longDate(d), at);
        busiest(r.busiestMonth(), ReferenceReview.busiest(heard, d -> d.withDayOfMonth(1)),
                d -> Days.monthName(LocalDate.ofEpochDay(d).getMonthValue()) + " " + year, at);
        if (r.busiestDay() != null) {
            LocalDate day = reference.date(r.busiestDay().from());
            assertThat(r.busiestDay().to()).isEqualTo(reference.startOf(day.plusDays(1)));
        }
        int[] run = ReferenceReview.longestRun(heard);
        assertThat(new int[] {r.longestStreak().firstDay(), r.longestStreak().lastDay(), r.longestStreak().days()})
                .as("streak " + at).isEqualTo(run);
        if (run[2] > 0) {
            LocalDate first = LocalDate.ofEpochDay(run[0]);
            LocalDate end = LocalDate.ofEpochDay(run[1] + 1);
            assertThat(r.streakListens().songs()).isEqualTo(heard.stream()
                    .filter(h -> !h.date().isBefore(first) && h.date().isBefore(end)).count());
        } else {
            assertThat(r.streakListens()).isNull();
        }
        Map<String, Integer> firsts = new LinkedHashMap<>();
        r.firsts().forEach(f -> firsts.put(f.key(), f.day()));
        Map<String, Integer> expected = new LinkedHashMap<>();
        reference.firsts(year, now).forEach((k, d) -> expected.put(k, (int) d.toEpochDay()));
        assertThat(firsts).as("firsts " + at).containsExactlyEntriesOf(expected);
    }

    private static List<Listen> reversed(List<Listen> listens) {
        List<Listen> r = new ArrayList<>(listens);
        java.util.Collections.reverse(r);
        return r;
    }

    static Map<String, List<Long>> keyed(List<YearReview.Top> tops) {
        Map<String, List<Long>> m = new LinkedHashMap<>();
        tops.forEach(t -> m.put(t.key(), List.of((long) t.songs(), t.knownMs())));
        return m;
    }

    private static void busiest(YearReview.Busiest shown, Map.Entry<LocalDate, Integer> expected,
                                java.util.function.IntFunction<String> name, String at) {
        if (expected == null) {
            assertThat(shown).as(at).isNull();
            return;
        }
        assertThat(shown.songs()).as(at).isEqualTo(expected.getValue());
        assertThat(shown.name()).as(at).isEqualTo(name.apply((int) expected.getKey().toEpochDay()));
    }

    private static List<Listen> at(ZoneId zone, LocalDateTime... times) {
        List<Listen> listens = new ArrayList<>();
        SplitMix64 rng = new SplitMix64(9);
        for (int i = 0; i < times.length; i++) {
            Listen l;
            do {
                l = SyntheticHistory.listen(rng, times[i].atZone(zone).toEpochSecond(), "y" + i);
            } while (!starman.normalize.ArtistFilter.DAVID_BOWIE.matches(l.track()));
            listens.add(l);
        }
        return listens;
    }

    @Test
    void aYearWithoutListensIsEmptyAndNotListed() {
        ZoneId utc = ZoneId.of("UTC");
        List<Listen> listens = at(utc, LocalDateTime.of(2022, 5, 1, 12, 0), LocalDateTime.of(2024, 2, 1, 12, 0));
        ListenIndex index = ReferenceReview.index(listens, SyntheticHistory.LENGTHS, utc, DayOfWeek.MONDAY);
        assertThat(YearReview.years(index)).containsExactly(2022, 2024);
        YearReview empty = YearReview.of(index, 2023, Instant.parse("2026-01-01T00:00:00Z").getEpochSecond())
                .named(ListenDrillDown.source(listens));
        assertThat(empty.totals().songs()).isZero();
        assertThat(empty.tracks()).isZero();
        assertThat(empty.topAlbums()).isEmpty();
        assertThat(empty.topTracks()).isEmpty();
        assertThat(empty.busiestDay()).isNull();
        assertThat(empty.busiestWeek()).isNull();
        assertThat(empty.busiestMonth()).isNull();
        assertThat(empty.longestStreak().isNone()).isTrue();
        assertThat(empty.firsts()).isEmpty();
        assertThat(empty.title()).isEqualTo("2023");
    }

    @Test
    void newYearsEveAndDayFallInTheYearOfTheLocalDate() {
        // 31 December 23:30 and 1 January 00:30 in Auckland: 10:30 and 11:30 UTC on 31 December
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        List<Listen> listens = at(auckland, LocalDateTime.of(2024, 12, 31, 23, 30), LocalDateTime.of(2025, 1, 1, 0, 30),
                LocalDateTime.of(2025, 1, 2, 9, 0));
        ListenIndex index = ReferenceReview.index(listens, SyntheticHistory.LENGTHS, auckland, DayOfWeek.SUNDAY);
        long now = LocalDateTime.of(2025, 1, 3, 0, 0).atZone(auckland).toEpochSecond();
        YearReview old = YearReview.of(index, 2024, now);
        YearReview fresh = YearReview.of(index, 2025, now);
        assertThat(old.totals().songs()).isEqualTo(1);
        assertThat(old.soFar()).isFalse();
        assertThat(fresh.totals().songs()).isEqualTo(2);
        assertThat(fresh.title()).isEqualTo("2025 so far");
        assertThat(fresh.to()).isEqualTo(now + 1);
        assertThat(fresh.longestStreak().days()).isEqualTo(2);
        assertThat(old.longestStreak().days()).isEqualTo(1);
        // the week from Sunday 29 December counts only its days of 2025 in 2025
        assertThat(fresh.busiestWeek().name()).isEqualTo("the week from Sunday 29 December 2024");
        assertThat(fresh.busiestWeek().songs()).isEqualTo(2);
        assertThat(fresh.busiestWeek().from()).isEqualTo(fresh.from());
        assertThat(fresh.busiestMonth().name()).isEqualTo("January 2025");
    }
}
