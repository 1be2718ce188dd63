package starman.metrics.charts;

import java.util.ArrayList;
import java.util.List;
import starman.text.Format;

/**
 * Two periods side by side: per measure a pair of horizontal bars, the first series above the second, each pair on
 * its own scale (songs, albums and minutes differ by orders of magnitude); a legend names the two series.
 */
public final class PairedBars {
    static final double WIDTH = 320;
    static final double LEGEND = 36;
    static final double ROW = 46;
    static final double LEFT = 62;
    /** Room on the right for a bar's value. */
    static final double RIGHT = 44;
    static final double BAR = 13;

    private PairedBars() {
    }

    /**
     * One measure: its name, the two values, each bar's spoken label and target ({@link Shape#range}), first
     * series first.
     */
    public record Pair(String name, double first, double second, String firstLabel, String secondLabel,
                       String firstTarget, String secondTarget) {
    }

    public static Scene scene(String title, String firstName, String secondName, List<Pair> pairs) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Box(0, 4, 12, 10, "bar first", null, null));
        shapes.add(new Shape.Text(18, 13, "legend", firstName));
        shapes.add(new Shape.Box(0, 22, 12, 10, "bar second", null, null));
        shapes.add(new Shape.Text(18, 31, "legend", secondName));
        double plot = WIDTH - LEFT - RIGHT;
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            double top = LEGEND + i * ROW;
            double max = Math.max(p.first(), p.second());
            shapes.add(new Shape.Text(0, top + BAR + 4, "measure", p.name()));
            bar(shapes, top + 3, p.first(), max, plot, "bar first", p.firstLabel(), p.firstTarget());
            bar(shapes, top + 5 + BAR, p.second(), max, plot, "bar second", p.secondLabel(), p.secondTarget());
        }
        return new Scene(title, WIDTH, LEGEND + pairs.size() * ROW, shapes);
    }

    private static void bar(List<Shape> shapes, double y, double value, double max, double plot, String style,
                            String label, String target) {
        // an empty bar keeps a sliver so it can still be pointed at
        double w = Math.max(1, max == 0 ? 0 : plot * value / max);
        shapes.add(new Shape.Box(LEFT, y, w, BAR, style, label, target));
        shapes.add(new Shape.Text(LEFT + w + 4, y + BAR - 3, "value", amount(value)));
    }

    /** 12.0 as "12", 12.5 as "12.5". */
    public static String amount(double value) {
        return Format.plain(value, 1);
    }
}
