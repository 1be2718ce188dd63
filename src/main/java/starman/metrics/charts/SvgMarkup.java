package starman.metrics.charts;

import starman.text.Format;

/**
 * A scene as a standalone SVG document: what an image made outside the page needs (the page's own pictures are drawn
 * into its DOM by the browser side and take their colours from its style sheet; a document carries its own
 * {@code css}). Texts are escaped, so a name from a listen can never become markup.
 */
public final class SvgMarkup {
    private SvgMarkup() {
    }

    public static String document(Scene scene, String css) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(scene.width()))
                .append("\" height=\"").append(num(scene.height())).append("\" viewBox=\"0 0 ")
                .append(num(scene.width())).append(' ').append(num(scene.height())).append("\" role=\"img\">");
        svg.append("<title>").append(escape(scene.title())).append("</title>");
        svg.append("<style>").append(escape(css)).append("</style>");
        for (Shape shape : scene.shapes()) {
            if (shape instanceof Shape.Box b) {
                svg.append("<rect class=\"").append(escape(b.style())).append("\" x=\"").append(num(b.x()))
                        .append("\" y=\"").append(num(b.y())).append("\" width=\"").append(num(b.width()))
                        .append("\" height=\"").append(num(b.height())).append("\"/>");
            } else if (shape instanceof Shape.Text t) {
                svg.append("<text class=\"").append(escape(t.style())).append("\" x=\"").append(num(t.x()))
                        .append("\" y=\"").append(num(t.y())).append("\">").append(escape(t.text())).append("</text>");
            } else {
                throw new IllegalArgumentException("a document draws boxes and texts, not " + shape);
            }
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** At most two decimals, and none for whole numbers: short attributes in a big picture. */
    public static String num(double v) {
        return Format.plain(v, 2);
    }
}
