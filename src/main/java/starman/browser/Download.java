package starman.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;

/** A file the page hands to the person: a Blob made of many text parts (never one giant string), then a download. */
public final class Download {
    private final JSArray<JSString> parts = new JSArray<>();

    public void add(String part) {
        parts.push(JSString.valueOf(part));
    }

    /** Offers the parts as one file called {@code fileName}. */
    public void save(String fileName, String type) {
        save(parts, fileName, type);
        parts.setLength(0);
    }

    @JSBody(params = {"parts", "name", "type"}, script = ""
            + "var url = URL.createObjectURL(new Blob(parts, {type: type}));"
            + "var a = document.createElement('a');"
            + "a.href = url; a.download = name; a.style.display = 'none';"
            + "document.body.appendChild(a); a.click(); a.remove();"
            + "setTimeout(function() { URL.revokeObjectURL(url); }, 60000);")
    private static native void save(JSArray<JSString> parts, String name, String type);
}
