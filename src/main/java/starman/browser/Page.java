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

    /** The person's time zone as the browser knows it (an IANA name such as "Europe/London"). */
    @JSBody(script = "return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';")
    public static native String timeZone();

    /** False when the browser knows it has no network at all. */
    @JSBody(script = "return navigator.onLine !== false;")
    public static native boolean isOnline();

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
