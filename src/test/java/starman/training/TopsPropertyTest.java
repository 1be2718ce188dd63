package starman.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import starman.bench.SyntheticHistory;
import starman.metrics.DrillDown;
import starman.metrics.ListenDrillDown;
import starman.metrics.ListenIndex;
import starman.model.Listen;

/** The top albums and tracks of any range of days, by songs and by minutes, against the listens walked by local date. */
class TopsPropertyTest {
    @Provide
    Arbitrary<String> zones() {
        return ReferenceReview.zones();
    }

    @Property(tries = 40)
    void anyDaysTopsMatchTheWalk(@ForAll long seed, @ForAll("zones") String zone) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse("2025-03-30T01:00:00Z").getEpochSecond();
        List<Listen> history = ComparisonPropertyTest.history(rnd, t0);
        ZoneId z = ZoneId.of(zone);
        ListenIndex index = ReferenceReview.index(history, SyntheticHistory.LENGTHS, z, DayOfWeek.MONDAY);
        ReferenceReview reference = new ReferenceReview(history, SyntheticHistory.LENGTHS, z, DayOfWeek.MONDAY);
        DrillDown.Source store = ListenDrillDown.source(history);
        int around = (int) LocalDate.ofInstant(Instant.ofEpochSecond(t0), z).toEpochDay();
        int ranked = 0;
        for (int i = 0; i < 6; i++) {
            int fromDay = around - rnd.nextInt(400);
            int toDay = fromDay + rnd.nextInt(i == 0 ? 1 : 200);
            Comparison.Span span = Comparison.range(index, fromDay, toDay);
            Tops tops = Tops.of(index, index.rowsBefore(span.from(), Long.MIN_VALUE),
                    index.rowsBefore(span.to(), Long.MIN_VALUE), YearReview.TOP).named(store);
            List<ReferenceReview.Heard> heard = reference.heard.stream()
                    .filter(h -> h.date().toEpochDay() >= fromDay && h.date().toEpochDay() <= toDay).toList();
            String at = LocalDate.ofEpochDay(fromDay) + " to " + LocalDate.ofEpochDay(toDay);
            assertThat(YearReviewPropertyTest.keyed(tops.albums())).as("albums " + at)
                    .containsExactlyEntriesOf(ReferenceReview.top(heard, ReferenceReview.Heard::album, false));
            assertThat(YearReviewPropertyTest.keyed(tops.albumsByMinutes())).as("albums by minutes " + at)
                    .containsExactlyEntriesOf(ReferenceReview.top(heard, ReferenceReview.Heard::album, true));
            assertThat(YearReviewPropertyTest.keyed(tops.tracks())).as("tracks " + at)
                    .containsExactlyEntriesOf(ReferenceReview.top(heard, ReferenceReview.Heard::recording, false));
            assertThat(YearReviewPropertyTest.keyed(tops.tracksByMinutes())).as("tracks by minutes " + at)
                    .containsExactlyEntriesOf(ReferenceReview.top(heard, ReferenceReview.Heard::recording, true));
            ranked += tops.tracks().size();
            assertThat(tops.distinctTracks()).isEqualTo(heard.stream().map(ReferenceReview.Heard::recording).distinct()
                    .count());
            for (YearReview.Top track : tops.tracksByMinutes()) {
                List<Listen> of = heard.stream().filter(h -> h.recording().equals(track.key()))
                        .map(ReferenceReview.Heard::listen).toList();
                assertThat(track.name()).isEqualTo(of.get(of.size() - 1).track().trackName());
            }
        }
        assertThat(ranked).as("the ranges hold listens").isPositive();
    }
}
