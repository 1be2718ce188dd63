package starman.metrics.charts;

import java.util.ArrayList;
import java.util.List;
import starman.metrics.ListeningClock;
import starman.time.Weekday;

/**
 * The listening clock: a row per weekday (from the person's week start), a column per local hour, each cell shaded
 * by quantile bucket of the hours that have songs, as the calendar is. Cells go hour by hour, each hour's seven days
 * top to bottom, so the arrow keys move across hours by seven and down the days by one.
 */
public final class WeekClock {
    static final double CELL = Heatmap.CELL;
    static final double STEP = Heatmap.STEP;
    static final double LEFT = 34;
    static final double TOP = Heatmap.TOP;

    private WeekClock() {
    }

    /** @param songs songs per {@link ListeningClock#cell} */
    public static Scene scene(int[] songs, Weekday weekStart) {
        int[] thresholds = Heatmap.thresholds(songs);
        List<Shape> shapes = new ArrayList<>();
        for (int hour = 0; hour < 24; hour += 3) {
            shapes.add(new Shape.Text(LEFT + hour * STEP, TOP - 5, "axis", twoDigits(hour)));
        }
        for (int row = 0; row < 7; row++) {
            shapes.add(new Shape.Text(LEFT - 5, TOP + row * STEP + CELL - 2, "axis end",
                    Days.word(weekStart.plus(row).name()).substring(0, 3)));
        }
        int busiest = -1;
        for (int hour = 0; hour < 24; hour++) {
            for (int row = 0; row < 7; row++) {
                Weekday day = weekStart.plus(row);
                int cell = ListeningClock.cell(day, hour);
                if (songs[cell] > 0 && (busiest < 0 || songs[cell] > songs[busiest])) {
                    busiest = cell;
                }
                shapes.add(new Shape.Box(LEFT + hour * STEP, TOP + row * STEP, CELL, CELL,
                        "day b" + Heatmap.bucket(songs[cell], thresholds), label(cell, songs[cell]),
                        Shape.clock(cell)));
            }
        }
        double width = LEFT + 24 * STEP;
        double height = Heatmap.legend(shapes, width, TOP + 7 * STEP + 8);
        String title = "Songs by weekday and hour, all time: " + (busiest < 0 ? "none yet"
                : "most on " + when(busiest) + " (" + Days.songs(songs[busiest]) + ")");
        return new Scene(title, width, height, shapes);
    }

    /** "143 songs, Tuesdays 21:00 to 22:00". */
    public static String label(int cell, int songs) {
        return Days.songs(songs) + ", " + when(cell);
    }

    /** "Tuesdays 21:00 to 22:00". */
    public static String when(int cell) {
        int hour = ListeningClock.hour(cell);
        return Days.word(ListeningClock.day(cell).name()) + "s " + twoDigits(hour) + ":00 to "
                + twoDigits((hour + 1) % 24) + ":00";
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
