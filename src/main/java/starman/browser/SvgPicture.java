package starman.browser;

import static starman.metrics.charts.SvgMarkup.num;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import starman.metrics.charts.Scene;
import starman.metrics.charts.Shape;

/**
 * Draws a {@link Scene} as SVG into the element with a given id, and on later scenes patches only the shapes
 * that changed. Elements are made with createElementNS (an element from createElement would be an unknown
 * HTML element, not SVG); every string from the scene goes in as textContent or an attribute value, never
 * as markup. The host should be focusable (tabindex 0): the arrow keys then walk the labelled shapes.
 */
public final class SvgPicture {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private final String hostId;
    private final Chosen chosen;
    /** How far the left and right arrow keys move: 7 in a calendar of weeks as columns, else 1. */
    private final int across;
    private Element svg;
    private Element title;
    private List<Shape> drawn = List.of();
    private final List<Element> elements = new ArrayList<>();

    /** Hears a shape with a target chosen by click, Enter or Space. */
    @JSFunctor
    public interface Chosen extends JSObject {
        /** @param elementId the shape's id, to give the focus back to; @param label its spoken label */
        void chosen(String target, String elementId, String label);
    }

    public SvgPicture(String hostId, int across, Chosen chosen) {
        this.hostId = hostId;
        this.across = across;
        this.chosen = chosen;
    }

    /** Draws the scene; does nothing while the host element is not on the page. */
    public void draw(Scene scene) {
        HTMLElement host = HTMLDocument.current().getElementById(hostId);
        if (host == null) {
            return;
        }
        // the view puts a fresh, empty host on the page when it shows the section again
        boolean fresh = host.getFirstChild() == null;
        if (fresh) {
            svg = element("svg");
            svg.setAttribute("role", "group");
            svg.setAttribute("focusable", "false");
            title = element("title");
            svg.appendChild(title);
            drawn = List.of();
            elements.clear();
            host.appendChild(svg);
            Element readout = HTMLDocument.current().createElement("p");
            readout.setAttribute("class", "readout");
            readout.setAttribute("aria-hidden", "true"); // a screen reader already says the focused label
            host.appendChild(readout);
            keyboard(host, readout, across, chosen);
        }
        svg.setAttribute("viewBox", "0 0 " + num(scene.width()) + " " + num(scene.height()));
        svg.setAttribute("aria-label", scene.title());
        title.setTextContent(scene.title());
        if (!sameKinds(scene.shapes())) {
            for (Element element : elements) {
                svg.removeChild(element);
            }
            elements.clear();
            drawn = List.of();
            for (Shape shape : scene.shapes()) {
                elements.add((Element) svg.appendChild(skeleton(shape)));
            }
        }
        for (int i = 0; i < scene.shapes().size(); i++) {
            Shape shape = scene.shapes().get(i);
            if (drawn.isEmpty() || !shape.equals(drawn.get(i))) {
                apply(elements.get(i), shape);
                target(elements.get(i), shape, hostId + "-" + i);
            }
        }
        drawn = scene.shapes();
        if (fresh) {
            scrollToEnd(host); // the newest days are on the right
        }
    }

    private boolean sameKinds(List<Shape> shapes) {
        if (shapes.size() != elements.size()) {
            return false;
        }
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i).getClass() != drawn.get(i).getClass()) {
                return false;
            }
        }
        return true;
    }

    private static Element skeleton(Shape shape) {
        if (shape instanceof Shape.Text) {
            Element text = element("text");
            text.setAttribute("aria-hidden", "true"); // the labelled shapes say the same
            return text;
        }
        Element title = element("title");
        if (shape instanceof Shape.Box) {
            Element rect = element("rect");
            rect.appendChild(title);
            return rect;
        }
        Element g = element("g");
        g.setAttribute("role", "img");
        g.appendChild(title);
        Element track = element("circle");
        track.setAttribute("class", "ring-track");
        g.appendChild(track);
        Element arc = element("circle");
        arc.setAttribute("class", "ring-arc");
        g.appendChild(arc);
        Element text = element("text");
        text.setAttribute("class", "ring-text middle");
        g.appendChild(text);
        return g;
    }

    private static void apply(Element e, Shape shape) {
        if (shape instanceof Shape.Text t) {
            set(e, "x", t.x(), "y", t.y());
            e.setAttribute("class", t.style());
            e.setTextContent(t.text());
        } else if (shape instanceof Shape.Box b) {
            set(e, "x", b.x(), "y", b.y());
            set(e, "width", b.width(), "height", b.height());
            e.setAttribute("class", b.style());
            label(e, b.label());
        } else if (shape instanceof Shape.Ring r) {
            e.setAttribute("class", r.style() + (r.fraction() < 0 ? " unknown" : ""));
            label(e, r.label());
            Element track = (Element) e.getChildNodes().item(1);
            Element arc = (Element) e.getChildNodes().item(2);
            Element text = (Element) e.getChildNodes().item(3);
            for (Element circle : List.of(track, arc)) {
                set(circle, "cx", r.cx(), "cy", r.cy());
                circle.setAttribute("r", num(r.radius()));
            }
            double circumference = 2 * Math.PI * r.radius();
            // the arc starts at twelve o'clock and runs clockwise
            arc.setAttribute("stroke-dasharray", num(Math.max(0, r.fraction()) * circumference) + " "
                    + num(circumference));
            arc.setAttribute("transform", "rotate(-90 " + num(r.cx()) + " " + num(r.cy()) + ")");
            set(text, "x", r.cx(), "y", r.cy() + 4);
            text.setTextContent(r.text());
        }
    }

    /** A shape that opens something: an id to come back to and its target, both as attribute values. */
    private static void target(Element e, Shape shape, String id) {
        String target = shape instanceof Shape.Box b ? b.target() : shape instanceof Shape.Ring r ? r.target() : null;
        if (target == null) {
            e.removeAttribute("data-target");
        } else {
            e.setAttribute("id", id);
            e.setAttribute("data-target", target);
        }
    }

    /** A labelled shape is an image to assistive technology, with the label as its name and tooltip. */
    private static void label(Element e, String label) {
        Element title = (Element) e.getFirstChild();
        if (label == null) {
            e.removeAttribute("role");
            e.removeAttribute("aria-label");
            e.removeAttribute("tabindex");
            e.setAttribute("aria-hidden", "true");
            title.setTextContent("");
        } else {
            e.removeAttribute("aria-hidden");
            e.setAttribute("role", "img");
            e.setAttribute("tabindex", "-1");
            e.setAttribute("aria-label", label);
            title.setTextContent(label);
        }
    }

    private static void set(Element e, String a, double va, String b, double vb) {
        e.setAttribute(a, num(va));
        e.setAttribute(b, num(vb));
    }

    private static Element element(String name) {
        return HTMLDocument.current().createElementNS(SVG, name);
    }

    /**
     * Arrow keys move the focus over the labelled shapes (left and right by {@code across}), Home and End to the ends; the first key from the picture itself goes to the newest. The
     * focused shape's label is shown under the picture for sighted keyboard users. A click on a shape with a
     * target, or Enter or Space on it, tells {@code chosen}.
     */
    @JSBody(params = {"host", "readout", "across", "chosen"}, script = ""
            + "function choose(e) {"
            + "  var shape = e.target.closest ? e.target.closest('[data-target]') : null;"
            + "  if (!shape || !host.contains(shape)) { return false; }"
            + "  chosen(shape.getAttribute('data-target'), shape.id, shape.getAttribute('aria-label') || '');"
            + "  return true;"
            + "}"
            + "host.addEventListener('click', function(e) { if (choose(e)) { e.preventDefault(); } });"
            + "host.addEventListener('keydown', function(e) {"
            + "  if ((e.key === 'Enter' || e.key === ' ') && choose(e)) { e.preventDefault(); return; }"
            + "  var step = {ArrowLeft: -across, ArrowRight: across, ArrowUp: -1, ArrowDown: 1,"
            + "      Home: -1e9, End: 1e9}[e.key];"
            + "  if (step === undefined) { return; }"
            + "  var items = Array.prototype.slice.call(host.querySelectorAll('[role=img]'));"
            + "  var at = items.indexOf(document.activeElement);"
            + "  var next = at < 0 ? items.length - 1 : Math.max(0, Math.min(items.length - 1, at + step));"
            + "  if (next >= 0) { items[next].focus(); e.preventDefault(); }"
            + "});"
            + "host.addEventListener('focusin', function(e) {"
            + "  readout.textContent = e.target.getAttribute('aria-label') || '';"
            + "});")
    private static native void keyboard(HTMLElement host, Element readout, int across, Chosen chosen);

    @JSBody(params = "host", script = "host.scrollLeft = host.scrollWidth;")
    private static native void scrollToEnd(HTMLElement host);
}
