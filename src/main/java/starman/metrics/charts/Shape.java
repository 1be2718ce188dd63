package starman.metrics.charts;

import starman.metrics.Measure;

/**
 * One element of a {@link Scene}, in the scene's own coordinates. {@code style} is a CSS class (the colours
 * live in the style sheet, so light and dark schemes need no new scene); {@code label} is what a screen
 * reader says and a pointer's tooltip shows, or null for decoration; {@code target} names what the shape
 * opens when chosen ({@link #day}, {@link #album}, {@link #range} or {@link #clock}), or null.
 */
public sealed interface Shape {
    /** A rectangle: a day cell, a bar, a legend swatch. */
    record Box(double x, double y, double width, double height, String style, String label, String target)
            implements Shape {
    }

    /** Visible text at a baseline point; always text, never markup. {@code style} also carries its anchor. */
    record Text(double x, double y, String style, String text) implements Shape {
    }

    /**
     * A completion ring around (cx, cy): the share heard as an arc, or {@code fraction < 0} for an unknown
     * track list (drawn without an arc); {@code text} goes in the middle.
     */
    record Ring(double cx, double cy, double radius, double fraction, String style, String text, String label,
                String target) implements Shape {
    }

    String DAY = "day:";
    String ALBUM = "album:";
    String RANGE = "range:";
    String CLOCK = "clock:";

    /** The target of a day's shape: its listens. */
    static String day(int epochDay) {
        return DAY + epochDay;
    }

    /** The target of a span's shape: its listens in [from, to) (unix seconds), shown for a measure. */
    static String range(long from, long to, Measure measure) {
        return RANGE + measure.name() + ":" + from + ":" + to;
    }

    /** The target of a listening clock's cell: its listens over all time (a {@link starman.metrics.ListeningClock} cell). */
    static String clock(int cell) {
        return CLOCK + cell;
    }

    /** The target of an album's shape: its listens (key as the index gives it). */
    static String album(String albumKey) {
        return ALBUM + albumKey;
    }
}
