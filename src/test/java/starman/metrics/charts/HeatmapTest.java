package starman.metrics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import starman.time.Weekday;

class HeatmapTest {
    static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    static List<Shape.Box> cells(Scene scene) {
        return scene.shapes().stream().filter(s -> s instanceof Shape.Box b && b.label() != null)
                .map(Shape.Box.class::cast).toList();
    }

    @Test
    void bucketsAreQuartersOfTheDaysWithSongs() {
        int[] counts = {0, 1, 2, 3, 4, 5, 6, 7, 8, 0};
        int[] t = Heatmap.thresholds(counts);
        assertThat(t).containsExactly(2, 4, 6);
        assertThat(java.util.Arrays.stream(counts).map(c -> Heatmap.bucket(c, t)).toArray())
                .containsExactly(0, 1, 1, 2, 2, 3, 3, 4, 4, 0);
    }

    @Test
    void oneDayWithSongsIsBucketOneAndEmptyHistoryIsAllBlank() {
        int[] one = new int[Heatmap.DAYS];
        one[100] = 7;
        assertThat(Heatmap.bucket(7, Heatmap.thresholds(one))).isEqualTo(1);

        Scene empty = Heatmap.scene(day("2025-06-15"), new int[Heatmap.DAYS], Weekday.MONDAY);
        assertThat(cells(empty)).hasSize(365).allSatisfy(c -> assertThat(c.style()).isEqualTo("day b0"));
        assertThat(empty.title()).isEqualTo("Songs per day, last 365 days: 0 songs in all");
    }

    @Test
    void weeksAreColumnsStartingOnTheWeekStartAndTodayIsLast() {
        int today = day("2025-06-15"); // a Sunday
        int[] counts = new int[Heatmap.DAYS];
        counts[Heatmap.DAYS - 1] = 3;
        counts[0] = 1;
        List<Shape.Box> monday = cells(Heatmap.scene(today, counts, Weekday.MONDAY));
        List<Shape.Box> sunday = cells(Heatmap.scene(today, counts, Weekday.SUNDAY));

        Shape.Box last = monday.get(monday.size() - 1);
        assertThat(last.label()).isEqualTo("3 songs, Sunday 15 June 2025");
        assertThat(last.y()).isEqualTo(Heatmap.TOP + 6 * Heatmap.STEP); // Sunday ends a Monday week
        assertThat(sunday.get(sunday.size() - 1).y()).isEqualTo(Heatmap.TOP); // and starts a Sunday week
        Shape.Box first = monday.get(0);
        assertThat(first.label()).isEqualTo("1 song, Sunday 16 June 2024");
        assertThat(first.x()).isEqualTo(Heatmap.LEFT);
        assertThat(first.y()).isEqualTo(Heatmap.TOP + 6 * Heatmap.STEP);
        assertThat(monday.stream().map(Shape.Box::x).distinct()).hasSize(53);
        // the next week is the next column, Monday on top
        assertThat(monday.get(1).x()).isEqualTo(Heatmap.LEFT + Heatmap.STEP);
        assertThat(monday.get(1).y()).isEqualTo(Heatmap.TOP);
        assertThat(monday.get(8).x()).isEqualTo(Heatmap.LEFT + 2 * Heatmap.STEP);
    }

    @Test
    void aLeapYearStillShows365DaysEndingToday() {
        List<Shape.Box> cells = cells(Heatmap.scene(day("2024-12-31"), new int[Heatmap.DAYS], Weekday.MONDAY));
        assertThat(cells).hasSize(365);
        assertThat(cells.get(0).label()).endsWith("Tuesday 2 January 2024");
        assertThat(cells).anySatisfy(c -> assertThat(c.label()).endsWith("Thursday 29 February 2024"));
    }

    @Test
    void monthLabelsDoNotCrowdAndAllFitInTheViewBox() {
        Scene scene = Heatmap.scene(day("2025-06-15"), new int[Heatmap.DAYS], Weekday.MONDAY);
        List<Shape.Text> months = scene.shapes().stream().filter(s -> s instanceof Shape.Text t
                && t.y() < Heatmap.TOP).map(Shape.Text.class::cast).toList();
        assertThat(months).extracting(Shape.Text::text).startsWith("Jul", "Aug").hasSizeGreaterThanOrEqualTo(11);
        for (int i = 1; i < months.size(); i++) {
            assertThat(months.get(i).x() - months.get(i - 1).x()).isGreaterThanOrEqualTo(3 * Heatmap.STEP);
        }
        assertThat(cells(scene)).allSatisfy(c -> {
            assertThat(c.x() + c.width()).isLessThanOrEqualTo(scene.width());
            assertThat(c.y() + c.height()).isLessThanOrEqualTo(scene.height());
        });
    }
}
