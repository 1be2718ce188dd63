package starman.metrics.charts;

import java.util.ArrayList;
import java.util.List;

/** The last days as bars of songs per day, today on the right; a dated tick every week back from today. */
public final class Bars {
    public static final int DAYS = 30;
    static final double WIDTH = 320;
    static final double HEIGHT = 150;
    static final double LEFT = 26;
    static final double TOP = 8;
    static final double BOTTOM = 20;

    private Bars() {
    }

    /** counts[i] is the songs of day {@code today - counts.length + 1 + i}. */
    public static Scene scene(int today, int[] counts) {
        int first = today - counts.length + 1;
        int max = 0;
        int total = 0;
        for (int c : counts) {
            max = Math.max(max, c);
            total += c;
        }
        double plot = HEIGHT - TOP - BOTTOM;
        double step = (WIDTH - LEFT) / counts.length;
        double base = HEIGHT - BOTTOM;
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Box(LEFT, TOP, WIDTH - LEFT, 0.5, "grid", null, null));
        shapes.add(new Shape.Text(LEFT - 4, TOP + 4, "axis end", Integer.toString(max)));
        shapes.add(new Shape.Box(LEFT, base, WIDTH - LEFT, 1, "baseline", null, null));
        shapes.add(new Shape.Text(LEFT - 4, base, "axis end", "0"));
        for (int i = 0; i < counts.length; i++) {
            int day = first + i;
            // a day without songs keeps a sliver so its bar can still be pointed at
            double h = max == 0 ? 0 : plot * counts[i] / max;
            double height = Math.max(h, 1);
            shapes.add(new Shape.Box(LEFT + i * step + step * 0.15, base - height, step * 0.7, height,
                    day == today ? "bar today" : "bar", Days.dayLabel(day, counts[i]), Shape.day(day)));
            if (day == today) { // ends at the right edge, where a centred label would be cut
                shapes.add(new Shape.Text(WIDTH, HEIGHT - 6, "axis end", Days.shortDate(day)));
            } else if ((today - day) % 7 == 0) {
                shapes.add(new Shape.Text(LEFT + (i + 0.5) * step, HEIGHT - 6, "axis middle",
                        Days.shortDate(day)));
            }
        }
        return new Scene("Songs per day, last " + counts.length + " days: " + Days.songs(total) + " in all",
                WIDTH, HEIGHT, shapes);
    }
}
