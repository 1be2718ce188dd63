package starman.metrics.charts;

import java.util.List;

/** A picture as plain data: a view box, a title for assistive technology, and shapes in drawing order. */
public record Scene(String title, double width, double height, List<Shape> shapes) {
    public Scene {
        shapes = List.copyOf(shapes);
    }
}
