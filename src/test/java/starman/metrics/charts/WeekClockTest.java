package starman.metrics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import starman.metrics.ListeningClock;
import starman.time.Weekday;

class WeekClockTest {
    @Test
    void everyHourOfTheWeekIsACellThatOpensItsListensInTheOrderTheArrowKeysWalk() {
        int[] songs = new int[ListeningClock.CELLS];
        songs[ListeningClock.cell(Weekday.TUESDAY, 21)] = 143;
        songs[ListeningClock.cell(Weekday.SUNDAY, 9)] = 1;
        songs[ListeningClock.cell(Weekday.MONDAY, 10)] = 2;
        songs[ListeningClock.cell(Weekday.WEDNESDAY, 11)] = 3;
        Scene scene = WeekClock.scene(songs, Weekday.SUNDAY);

        List<Shape.Box> cells = HeatmapTest.cells(scene);
        assertThat(cells).hasSize(7 * 24);
        assertThat(cells.get(0).label()).isEqualTo("0 songs, Sundays 00:00 to 01:00");
        assertThat(cells.get(1).label()).as("down a day").isEqualTo("0 songs, Mondays 00:00 to 01:00");
        assertThat(cells.get(7).label()).as("across an hour").isEqualTo("0 songs, Sundays 01:00 to 02:00");
        assertThat(cells.get(23 * 7 + 6).label()).isEqualTo("0 songs, Saturdays 23:00 to 00:00");
        Shape.Box tuesday = cells.get(21 * 7 + 2);
        assertThat(tuesday.label()).isEqualTo("143 songs, Tuesdays 21:00 to 22:00");
        assertThat(tuesday.target()).isEqualTo(Shape.clock(ListeningClock.cell(Weekday.TUESDAY, 21)));
        assertThat(tuesday.style()).isEqualTo("day b4");
        assertThat(cells.get(9 * 7).style()).isEqualTo("day b1");
        assertThat(tuesday.y()).isGreaterThan(cells.get(9 * 7).y()).as("Sunday's row on top");
        assertThat(scene.title()).isEqualTo("Songs by weekday and hour, all time: most on Tuesdays 21:00 to 22:00"
                + " (143 songs)");
    }

    @Test
    void anEmptyClockSaysSo() {
        assertThat(WeekClock.scene(new int[ListeningClock.CELLS], Weekday.MONDAY).title())
                .endsWith(": none yet");
    }
}
