package starman.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import starman.metrics.Measure;
import starman.metrics.Period;
import starman.metrics.Totals;
import starman.metrics.charts.Shape;
import starman.model.Listen;
import starman.random.SplitMix64;

/** The comparisons and the custom range against every listen walked and counted by its local date. */
class ComparisonPropertyTest {
    @Provide
    Arbitrary<String> zones() {
        return ReferenceReview.zones();
    }

    /** Around DST changes (Berlin's in late March and October, New York's) and year and month ends. */
    @Provide
    Arbitrary<String> anchors() {
        return Arbitraries.of("2025-03-30T01:00:00Z", "2025-04-02T08:00:00Z", "2025-10-26T01:00:00Z",
                "2025-03-09T07:00:00Z", "2024-12-31T23:30:00Z", "2025-01-01T10:00:00Z", "2024-02-29T12:00:00Z",
                "2024-03-31T21:00:00Z");
    }

    @Property(tries = 60)
    void everyComparisonMatchesTheWalk(@ForAll long seed, @ForAll DayOfWeek weekStart, @ForAll("zones") String zone,
                                       @ForAll("anchors") String anchor) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse(anchor).getEpochSecond();
        List<Listen> history = history(rnd, t0);
        ZoneId z = ZoneId.of(zone);
        ListenIndex index = ReferenceReview.index(history, SyntheticHistory.LENGTHS, z, weekStart);
        ReferenceReview reference = new ReferenceReview(history, SyntheticHistory.LENGTHS, z, weekStart);
        for (long now : nows(rnd, history, t0)) {
            for (Comparison.Kind kind : Comparison.Kind.values()) {
                Comparison c = Comparison.of(index, kind, now);
                Totals[] expected = reference.comparison(kind, now);
                String at = kind + " at " + Instant.ofEpochSecond(now);
                assertThat(c.current().totals()).as("so far, " + at).isEqualTo(expected[0]);
                assertThat(c.sameStretch().totals()).as("same stretch, " + at).isEqualTo(expected[1]);
                assertThat(c.whole().totals()).as("whole, " + at).isEqualTo(expected[2]);
                // a figure's drill-down counts what the figure says, for each measure
                DrillDown drill = DrillDown.ofRange(index, index, ListenDrillDown.source(history),
                        c.sameStretch().from(), c.sameStretch().to(), Measure.ALBUMS);
                assertThat(drill.totals()).isEqualTo(expected[1]);
                assertThat(drill.measure()).isEqualTo(Measure.ALBUMS);
            }
            // this week so far is the table's row
            assertThat(Comparison.of(index, Comparison.Kind.WEEK, now).current().totals())
                    .isEqualTo(index.totals(Period.WEEK, now));
            assertThat(Comparison.of(index, Comparison.Kind.MONTH, now).current().totals())
                    .isEqualTo(index.totals(Period.MONTH, now));
        }
        int a = (int) reference.date(t0).toEpochDay();
        for (int i = 0; i < 5; i++) {
            int from = a - rnd.nextInt(500);
            int to = from + rnd.nextInt(120);
            Totals expected = reference.totals(h -> h.date().toEpochDay() >= from && h.date().toEpochDay() <= to);
            assertThat(Comparison.range(index, from, to).totals()).as("days %d to %d", from, to).isEqualTo(expected);
        }
    }

    /** Listens over two years around the anchor, in sessions. */
    static List<Listen> history(Random rnd, long anchor) {
        return SyntheticHistory.random(new SplitMix64(rnd.nextLong()), anchor, 400, 500 + rnd.nextInt(500));
    }

    /** Listen times exactly, just around them, and around the anchor. */
    static List<Long> nows(Random rnd, List<Listen> history, long anchor) {
        List<Long> nows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long t = history.get(rnd.nextInt(history.size())).listenedAt();
            nows.add(t + (i % 3 == 0 ? 0 : rnd.nextInt(7200) - 3600));
        }
        nows.add(anchor);
        nows.add(anchor + 3600);
        return nows;
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static long berlin(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute).atZone(BERLIN).toEpochSecond();
    }

    private static ListenIndex berlinIndex(DayOfWeek weekStart, long... times) {
        List<Listen> listens = new ArrayList<>();
        SplitMix64 rng = new SplitMix64(5);
        for (int i = 0; i < times.length; i++) {
            listens.add(SyntheticHistory.listen(rng, times[i], "m" + i));
        }
        listens.removeIf(l -> !starman.normalize.ArtistFilter.DAVID_BOWIE.matches(l.track()));
        return ReferenceReview.index(listens, SyntheticHistory.LENGTHS, BERLIN, weekStart);
    }

    @Test
    void lastWeekWithItsSpringChangeIsCutAtTheSameWeekdayAndTime() {
        // Wednesday 2 April 2025, 10:00; last week (from Monday 24 March) lost an hour on Sunday 30 March
        long now = berlin(4, 2, 10, 0);
        Comparison c = Comparison.of(berlinIndex(DayOfWeek.MONDAY), Comparison.Kind.WEEK, now);
        assertThat(c.current().from()).isEqualTo(berlin(3, 31, 0, 0));
        assertThat(c.whole().from()).isEqualTo(berlin(3, 24, 0, 0));
        assertThat(c.whole().to()).isEqualTo(berlin(3, 31, 0, 0));
        assertThat(c.whole().to() - c.whole().from()).isEqualTo(7 * 86_400 - 3_600);
        assertThat(c.sameStretch().to()).isEqualTo(berlin(3, 26, 10, 0) + 1);
        assertThat(c.sameStretch().name()).isEqualTo("last week to the same point");
        // with Sunday weeks, last week runs Sunday 23 to Saturday 29 March: the change is in this week
        Comparison sunday = Comparison.of(berlinIndex(DayOfWeek.SUNDAY), Comparison.Kind.WEEK, now);
        assertThat(sunday.current().from()).isEqualTo(berlin(3, 30, 0, 0));
        assertThat(sunday.whole().from()).isEqualTo(berlin(3, 23, 0, 0));
        assertThat(sunday.sameStretch().to()).isEqualTo(berlin(3, 26, 10, 0) + 1);
    }

    @Test
    void aLateHourOnALongerDayIsCutAtTheEndOfTheShorterOne() {
        // weeks from Sunday: Sunday 6 April 23:30 is 23.5 hours into the day; Sunday 30 March had 23 hours
        long now = berlin(4, 6, 23, 30);
        ListenIndex index = berlinIndex(DayOfWeek.SUNDAY, berlin(3, 30, 23, 50), berlin(3, 31, 0, 10),
                berlin(4, 6, 23, 0));
        Comparison c = Comparison.of(index, Comparison.Kind.WEEK, now);
        assertThat(c.sameStretch().to()).isEqualTo(berlin(3, 31, 0, 0));
        assertThat(c.sameStretch().totals().songs()).isEqualTo(1);
        assertThat(c.whole().totals().songs()).isEqualTo(2);
    }

    @Test
    void aCustomRangeThroughTodayIsTheTablesWeek() {
        long now = berlin(4, 3, 21, 0);
        ListenIndex index = berlinIndex(DayOfWeek.MONDAY, berlin(3, 30, 12, 0), berlin(3, 31, 0, 0),
                berlin(4, 1, 9, 0), berlin(4, 2, 9, 5), berlin(4, 3, 20, 0), berlin(4, 3, 20, 59));
        int monday = (int) LocalDate.of(2025, 3, 31).toEpochDay();
        int today = index.periods().epochDay(now);
        Comparison.Span range = Comparison.range(index, monday, today);
        assertThat(range.totals()).isEqualTo(index.dashboard(now).week());
        assertThat(range.name()).isEqualTo("Monday 31 March 2025 to Thursday 3 April 2025");
    }

    @Test
    void aChangeSaysItsDifferenceAndShare() {
        assertThat(new Comparison.Change(15, 12).text()).isEqualTo("+3 (+25 %)");
        assertThat(new Comparison.Change(9, 12).text()).isEqualTo("-3 (-25 %)");
        assertThat(new Comparison.Change(12.5, 12).text()).isEqualTo("+0.5 (+4 %)");
        assertThat(new Comparison.Change(4, 0).text()).isEqualTo("+4 (new)");
        assertThat(new Comparison.Change(0, 0).text()).isEqualTo("0");
    }

    @Test
    void thePictureHasTwoLabelledBarsPerMeasureEachOpeningItsSpan() {
        long now = berlin(4, 3, 21, 0);
        ListenIndex index = berlinIndex(DayOfWeek.MONDAY, berlin(3, 25, 12, 0), berlin(4, 1, 9, 0),
                berlin(4, 2, 9, 5));
        Comparison c = Comparison.of(index, Comparison.Kind.WEEK, now);
        List<Shape.Box> bars = c.scene().shapes().stream().filter(s -> s instanceof Shape.Box b && b.target() != null)
                .map(s -> (Shape.Box) s).toList();
        assertThat(bars).hasSize(6);
        assertThat(bars.get(0).label()).isEqualTo("This week so far: " + c.current().totals().songs() + " songs");
        assertThat(bars.get(0).target()).isEqualTo(Shape.range(c.current().from(), c.current().to(), Measure.SONGS));
        assertThat(bars.get(1).target())
                .isEqualTo(Shape.range(c.sameStretch().from(), c.sameStretch().to(), Measure.SONGS));
        assertThat(bars.get(5).label()).startsWith("Last week to the same point: ").endsWith(" minutes");
    }
}
