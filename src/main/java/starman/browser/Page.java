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

    /** Marks the page as started, so tests and the load-time benchmark know the first screen is up. */
    public static void markReady() {
        mark("ready");
    }

    /** Marks the stored listens as shown (the cold-start benchmark's finish line). */
    public static void markFilled() {
        mark("filled");
    }

    /** A {@code data-starman} state on the document and a {@code starman-<state>} performance mark. */
    @JSBody(params = "state", script = "document.documentElement.setAttribute('data-starman', state);"
            + "if (window.performance && performance.mark) { performance.mark('starman-' + state); }")
    private static native void mark(String state);
}
