package starman.browser;

import java.io.IOException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;

/**
 * A picture made in the page and handed to the device: an SVG document drawn on a canvas into a PNG, kept as an
 * object URL (an image's src, a link's href), and shared through the Web Share API where the device can share files.
 * Nothing leaves the device unless the person shares it.
 */
public final class ShareImage {
    private ShareImage() {
    }

    /** The PNG of {@code svg} at its own size; the caller revokes the URL it no longer shows. */
    public static String png(String svg, int width, int height) throws IOException {
        JSString url = Promises.await(rasterise(svg, width, height));
        return url.stringValue();
    }

    /** Whether this device can share an image file (phones mostly; desktop Linux browsers not). */
    @JSBody(script = "try { return !!(navigator.canShare && navigator.canShare({files: [new File([''], 'a.png',"
            + " {type: 'image/png'})]})); } catch (e) { return false; }")
    public static native boolean canShareFiles();

    /**
     * Opens the device's share sheet with the PNG; a sheet the person closes is not a failure.
     *
     * @throws IOException when the device refused to share it
     */
    public static void share(String pngUrl, String fileName, String title) throws IOException {
        Promises.await(shareFile(pngUrl, fileName, title));
    }

    @JSBody(params = "url", script = "URL.revokeObjectURL(url);")
    public static native void revoke(String url);

    @JSBody(params = {"svg", "width", "height"}, script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var source = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));"
            + "  var img = new Image();"
            + "  img.onload = function() {"
            + "    var canvas = document.createElement('canvas');"
            + "    canvas.width = width; canvas.height = height;"
            + "    canvas.getContext('2d').drawImage(img, 0, 0, width, height);"
            + "    URL.revokeObjectURL(source);"
            + "    canvas.toBlob(function(png) {"
            + "      if (png) { resolve(URL.createObjectURL(png)); }"
            + "      else { reject(new Error('the browser could not make the PNG')); }"
            + "    }, 'image/png');"
            + "  };"
            + "  img.onerror = function() { URL.revokeObjectURL(source);"
            + "    reject(new Error('the browser could not draw the card')); };"
            + "  img.src = source;"
            + "});")
    private static native JSObject rasterise(String svg, int width, int height);

    @JSBody(params = {"url", "name", "title"}, script = ""
            + "return fetch(url).then(function(r) { return r.blob(); }).then(function(png) {"
            + "  return navigator.share({files: [new File([png], name, {type: 'image/png'})], title: title});"
            + "}).catch(function(e) { if (e && e.name === 'AbortError') { return null; } throw e; });")
    private static native JSObject shareFile(String url, String name, String title);
}
