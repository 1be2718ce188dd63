package starman.browser;

import org.teavm.jso.JSBody;

/** Small facts about the page the app runs in. */
public final class Page {
    private Page() {
    }

    /** A query parameter of the page's URL, or null. */
    @JSBody(params = "name", script = "return new URLSearchParams(window.location.search).get(name);")
    public static native String queryParameter(String name);

    /** A unix time in seconds as the person's locale writes a date and time. */
    @JSBody(params = "seconds", script = "return new Date(seconds * 1000).toLocaleString(undefined,"
            + " {dateStyle: 'medium', timeStyle: 'short'});")
    public static native String localDateTime(double seconds);

    /** A unix time in seconds as the person's locale writes a time of day ("14:05", "2:05 PM"). */
    @JSBody(params = "seconds", script = "return new Date(seconds * 1000).toLocaleTimeString(undefined,"
            + " {timeStyle: 'short'});")
    public static native String localTime(double seconds);

    /** A unix time in seconds as an ISO 8601 instant, for a {@code <time datetime>} attribute. */
    @JSBody(params = "seconds", script = "return new Date(seconds * 1000).toISOString();")
    public static native String isoInstant(double seconds);

    /** The person's time zone as the browser knows it (an IANA name such as "Europe/London"). */
    @JSBody(script = "return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';")
    public static native String timeZone();

    /** The first day of the week in the person's locale, 1 (Monday) to 7 (Sunday); Monday when unknown. */
    @JSBody(script = "try { var l = new Intl.Locale(navigator.language);"
            + " var w = l.getWeekInfo ? l.getWeekInfo() : l.weekInfo; return w && w.firstDay ? w.firstDay : 1; }"
            + " catch (e) { return 1; }")
    public static native int localeWeekStart();

    /** Loads the page again (after its data was deleted, or the sync's settings changed). */
    @JSBody(script = "window.location.reload();")
    public static native void reload();

    /**
     * Opens a {@code <dialog>} as a modal (Escape closes it); when it closes, focus goes back to the
     * element {@code returnFocusId}.
     */
    @JSBody(params = {"id", "returnFocusId"}, script = "var d = document.getElementById(id);"
            + "if (!d || d.open) { return; }"
            + "d.addEventListener('close', function() {"
            + "  var back = document.getElementById(returnFocusId); if (back) { back.focus(); } }, {once: true});"
            + "d.showModal();")
    public static native void showDialog(String id, String returnFocusId);

    @JSBody(params = "id", script = "var d = document.getElementById(id); if (d && d.open) { d.close(); }")
    public static native void closeDialog(String id);

    /** False when the browser knows it has no network at all. */
    @JSBody(script = "return navigator.onLine !== false;")
    public static native boolean isOnline();

    /** Moves the keyboard focus to the element with this id, when there is one. */
    @JSBody(params = "id", script = "var e = document.getElementById(id); if (e) { e.focus(); }")
    public static native void focus(String id);

    /** Marks the page as started ({@code data-starman="ready"}), so tests and benchmarks know the first screen is up. */
    public static void markReady() {
        mark("ready", "data-starman", "ready");
    }

    /** Marks the stored listens as shown ({@code data-starman-filled}: the cold-start benchmark's finish line). */
    public static void markFilled() {
        mark("filled", "data-starman-filled", "true");
    }

    /** Marks the metadata lane's first pass of a visit as done ({@code data-starman-looked-up}). */
    public static void markLookedUp() {
        mark("looked-up", "data-starman-looked-up", "true");
    }

    /** A {@code starman-<name>} performance mark only: a step of the cold start that benchmarks break down. */
    @JSBody(params = "name", script = "if (window.performance && performance.mark) { performance.mark('starman-' + name); }")
    public static native void markStep(String name);

    /** An attribute on the document and a {@code starman-<name>} performance mark. */
    @JSBody(params = {"name", "attribute", "value"}, script = ""
            + "document.documentElement.setAttribute(attribute, value);"
            + "if (window.performance && performance.mark) { performance.mark('starman-' + name); }")
    private static native void mark(String name, String attribute, String value);
}
