package starman.metrics.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.time.CivilDate;
import starman.time.Weekday;

/**
 * A year of listening as a calendar: one column per week (starting on the person's week start), one cell per
 * local day, shaded by quantile bucket of the days that have songs: b0 for none, b1 to b4 for the quarters.
 */
public final class Heatmap {
    public static final int DAYS = 365;
    static final double CELL = 11;
    static final double STEP = 13;
    static final double LEFT = 30;
    static final double TOP = 16;
    /** Month labels closer than this many columns to the previous one would overlap. */
    private static final int MIN_LABEL_COLUMNS = 3;

    private Heatmap() {
    }

    /** The scene for the {@link #DAYS} days ending with {@code today}; counts[i] is the songs of firstDay + i. */
    public static Scene scene(int today, int[] counts, Weekday weekStart) {
        int first = today - counts.length + 1;
        int origin = first - offset(first, weekStart);
        int columns = (today - origin) / 7 + 1;
        int[] thresholds = thresholds(counts);
        List<Shape> shapes = new ArrayList<>();
        int lastLabel = -MIN_LABEL_COLUMNS;
        for (int day = first; day <= today; day++) {
            int column = (day - origin) / 7;
            if (CivilDate.ofEpochDay(day).day() == 1 && column - lastLabel >= MIN_LABEL_COLUMNS) {
                shapes.add(new Shape.Text(x(column), TOP - 5, "axis", monthName(day)));
                lastLabel = column;
            }
        }
        for (int row = 0; row < 7; row += 2) {
            String name = Days.word(weekStart.plus(row).name()).substring(0, 3);
            shapes.add(new Shape.Text(LEFT - 5, TOP + row * STEP + CELL - 2, "axis end", name));
        }
        int total = 0;
        for (int day = first; day <= today; day++) {
            int songs = counts[day - first];
            total += songs;
            shapes.add(new Shape.Box(x((day - origin) / 7), TOP + offset(day, weekStart) * STEP, CELL, CELL,
                    "day b" + bucket(songs, thresholds), Days.dayLabel(day, songs), Shape.day(day)));
        }
        double width = x(columns);
        return new Scene("Songs per day, last " + counts.length + " days: " + Days.songs(total) + " in all",
                width, legend(shapes, width, TOP + 7 * STEP + 8), shapes);
    }

    /** The shades' key, "Less" to "More", at the right under seven rows of cells; returns the picture's height. */
    static double legend(List<Shape> shapes, double width, double y) {
        double swatches = width - 5 * STEP - 32;
        shapes.add(new Shape.Text(swatches - 5, y + CELL - 2, "axis end", "Less"));
        for (int b = 0; b <= 4; b++) {
            shapes.add(new Shape.Box(swatches + b * STEP, y, CELL, CELL, "day b" + b, null, null));
        }
        shapes.add(new Shape.Text(swatches + 5 * STEP + 3, y + CELL - 2, "axis", "More"));
        return y + CELL + 4;
    }

    /**
     * The upper bounds of buckets 1 to 3: the 25th, 50th and 75th percentiles (nearest rank) of the days
     * with songs; every day with more than the third is in bucket 4.
     */
    static int[] thresholds(int[] counts) {
        int[] played = new int[counts.length];
        int n = 0;
        for (int c : counts) {
            if (c > 0) {
                played[n++] = c;
            }
        }
        played = Arrays.copyOf(played, n);
        Arrays.sort(played);
        int[] t = new int[3];
        for (int q = 1; q <= 3; q++) {
            t[q - 1] = played.length == 0 ? 0 : played[(int) Math.ceil(q * played.length / 4.0) - 1];
        }
        return t;
    }

    static int bucket(int songs, int[] thresholds) {
        if (songs == 0) {
            return 0;
        }
        int b = 1;
        while (b <= 3 && songs > thresholds[b - 1]) {
            b++;
        }
        return b;
    }

    /** The row of a day: 0 for the week's first day. */
    static int offset(int epochDay, Weekday weekStart) {
        return Weekday.ofEpochDay(epochDay).daysSince(weekStart);
    }

    private static double x(int column) {
        return LEFT + column * STEP;
    }

    private static String monthName(int epochDay) {
        return Days.monthName(CivilDate.ofEpochDay(epochDay).month()).substring(0, 3);
    }
}
