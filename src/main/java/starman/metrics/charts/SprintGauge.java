package starman.metrics.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * The sprint pace as a "heart rate" gauge: a bar of four zones with a marker at the pace. The pace is the
 * songs of the last 15 minutes times four, so it moves in steps of four and the zones are whole songs per
 * quarter hour: rest none, warm-up one or two, cardio three or four (back-to-back play of songs of about
 * four minutes, Bowie's usual length), peak five or more (short songs, or skipping).
 */
public final class SprintGauge {
    static final double WIDTH = 320;
    static final double HEIGHT = 58;
    static final double BAR_TOP = 6;
    static final double BAR_HEIGHT = 14;
    /** The bar's right end; a faster pace sits at the end. */
    public static final double SCALE_MAX = 32;

    /** A zone: its name and lower bound in songs an hour; it ends where the next one starts. */
    public enum Zone {
        REST("Rest", 0), WARM_UP("Warm-up", 4), CARDIO("Cardio", 12), PEAK("Peak", 20);

        private final String title;
        private final double from;

        Zone(String title, double from) {
            this.title = title;
            this.from = from;
        }

        public String title() {
            return title;
        }

        public double from() {
            return from;
        }

        /** The end of the zone on the scale (the scale's end for the last). */
        double to() {
            return ordinal() + 1 < values().length ? values()[ordinal() + 1].from : SCALE_MAX;
        }

        /** "Warm-up: 4 to 11 songs an hour", as the legend and the zone's label say it. */
        public String range() {
            if (this == REST) {
                return title + ": under " + fmt(values()[1].from) + " songs an hour";
            }
            if (ordinal() + 1 == values().length) {
                return title + ": " + fmt(from) + " songs an hour or more";
            }
            return title + ": " + fmt(from) + " to " + fmt(to() - 1) + " songs an hour";
        }

        public String style() {
            return "zone " + name().toLowerCase().replace('_', '-');
        }

        public static Zone of(double perHour) {
            Zone zone = REST;
            for (Zone z : values()) {
                if (perHour >= z.from) {
                    zone = z;
                }
            }
            return zone;
        }
    }

    private SprintGauge() {
    }

    /** "Sprint pace: 8 songs an hour, warm-up zone": the picture's spoken value. */
    public static String label(double perHour) {
        return "Sprint pace: " + fmt(perHour) + " songs an hour, " + Zone.of(perHour).title().toLowerCase()
                + " zone";
    }

    public static Scene scene(double perHour) {
        List<Shape> shapes = new ArrayList<>();
        for (Zone z : Zone.values()) {
            double x = x(z.from);
            double w = x(z.to()) - x;
            shapes.add(new Shape.Box(x, BAR_TOP, w, BAR_HEIGHT, z.style(), z.range(), null));
            shapes.add(new Shape.Text(x + 2, BAR_TOP + BAR_HEIGHT + 13, "axis", fmt(z.from)));
            shapes.add(new Shape.Text(x + w / 2, BAR_TOP + BAR_HEIGHT + 28, "axis middle", z.title()));
        }
        double needle = 5;
        // the pace is a zone's first value whenever it enters one: the needle starts there, inside the zone
        double left = Math.min(x(perHour), WIDTH - needle);
        shapes.add(new Shape.Box(left, 0, needle, BAR_TOP * 2 + BAR_HEIGHT, "needle", label(perHour), null));
        return new Scene(label(perHour), WIDTH, HEIGHT, shapes);
    }

    private static double x(double perHour) {
        return 1 + (WIDTH - 2) * Math.max(0, Math.min(perHour, SCALE_MAX)) / SCALE_MAX;
    }

    /** Whole numbers without a decimal point; the pace is a multiple of four, so always whole. */
    static String fmt(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
