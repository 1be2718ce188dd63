package starman.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The album cover in the element with a given id: an {@code <img>} over a drawn placeholder. The image is
 * hidden (the placeholder shows) while no cover is known, while it loads, and when it fails to load
 * (offline, or the Cover Art Archive has none); the host has a fixed size, so nothing moves either way.
 */
public final class CoverImage {
    private final String hostId;
    private HTMLElement img;
    private String shown;

    public CoverImage(String hostId) {
        this.hostId = hostId;
    }

    /** Shows the image at {@code url}, or only the placeholder when it is null; does nothing off the page. */
    public void show(String url) {
        HTMLElement host = HTMLDocument.current().getElementById(hostId);
        if (host == null) {
            return;
        }
        if (img == null || img.getParentNode() != host) { // the view put a fresh host on the page
            img = HTMLDocument.current().createElement("img");
            img.setAttribute("alt", ""); // the album's name is written next to it
            img.setAttribute("width", "96");
            img.setAttribute("height", "96");
            img.setAttribute("decoding", "async");
            img.setAttribute("referrerpolicy", "no-referrer");
            img.setAttribute("hidden", "");
            watch(img);
            host.appendChild(img);
            shown = null;
        }
        if (url == null ? shown == null : url.equals(shown)) {
            return;
        }
        shown = url;
        img.setAttribute("hidden", "");
        img.removeAttribute("data-failed");
        if (url == null) {
            img.removeAttribute("src");
        } else {
            img.setAttribute("src", url);
        }
    }

    /** Shown once loaded; a failed load stays hidden and is marked, so tests and styles can tell. */
    @JSBody(params = "img", script = ""
            + "img.addEventListener('load', function() { img.removeAttribute('hidden'); });"
            + "img.addEventListener('error', function() {"
            + "  img.setAttribute('hidden', ''); img.setAttribute('data-failed', 'true'); });")
    private static native void watch(HTMLElement img);
}
