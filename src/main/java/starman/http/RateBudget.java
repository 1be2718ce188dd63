package starman.http;

/**
 * What the client knows of ListenBrainz's fixed rate-limit window, kept from the {@code X-RateLimit-*}
 * headers and counted locally in between: a request whose answer hides the headers (dropped
 * connection, 5xx) still spent one unit on the server.
 *
 * <p>Several requests may be in flight at once (one hung request must not stop the others): an answer's
 * {@code Remaining} may not count the requests sent after it, so it is lowered by those still in flight.
 *
 * <p>When nothing is known (before the first answer, or once the known window is over without fresh
 * headers) requests go at a fixed conservative pace, by default one a second: ListenBrainz's default
 * limit is 30 per 10 s, so that pace stays under any limit of at least one request per second.
 */
public final class RateBudget {
    /** Waiting a little past the reset absorbs clock skew between us and the server. */
    static final long SAFETY_MILLIS = 100;
    /** How long a 429 without a usable Reset-In keeps us quiet: the server's default window. */
    static final long DEFAULT_WINDOW_MILLIS = 10_000;

    private final long unknownPaceMillis;
    /** Whether the answers' headers are ignored: the pace stays {@link #unknownPaceMillis} (MusicBrainz's one a second). */
    private final boolean fixedPace;
    private int limit = -1;
    /** Units left in the window ending at {@link #resetAtMillis}: the server's word minus our own count. */
    private int remaining = -1;
    private long resetAtMillis;
    /** The longest Reset-In seen: at most the window's length, used only for ETAs. */
    private long windowMillis;
    private long lastSentMillis;
    private boolean sentAny;
    /** Requests sent and not answered yet. */
    private int inFlight;

    public RateBudget(long unknownPaceMillis) {
        this(unknownPaceMillis, false);
    }

    private RateBudget(long paceMillis, boolean fixedPace) {
        this.unknownPaceMillis = paceMillis;
        this.fixedPace = fixedPace;
    }

    /** A budget that sends one request every {@code paceMillis} whatever the answers' headers say. */
    public static RateBudget fixed(long paceMillis) {
        return new RateBudget(paceMillis, true);
    }

    /** The last {@code X-RateLimit-Limit} seen, or -1. */
    public synchronized int limit() {
        return limit;
    }

    /** Requests still allowed in the current window by our count, or -1 when unknown. */
    public synchronized int remaining(long nowMillis) {
        return windowKnown(nowMillis) ? remaining : -1;
    }

    /** When the current window ends (epoch ms), or 0 when unknown. */
    public synchronized long resetAtMillis(long nowMillis) {
        return windowKnown(nowMillis) ? resetAtMillis : 0;
    }

    /**
     * The server's current window as this budget counts it, to share with other clients behind the same IP
     * (another tab, the page after a reload), which spend the same quota.
     */
    public record Window(int limit, int remaining, long resetAtMillis, long windowMillis) {
    }

    /** The window as counted now, or null when none is known. */
    public synchronized Window window(long nowMillis) {
        return windowKnown(nowMillis) ? new Window(limit, remaining, resetAtMillis, windowMillis) : null;
    }

    /**
     * Takes in what another client on the same IP counted: while its window lasts, the smaller remainder is
     * the truth (both spent the one quota).
     */
    public synchronized void share(Window other, long nowMillis) {
        if (other == null || nowMillis >= other.resetAtMillis() || other.remaining() < 0) {
            return;
        }
        if (!windowKnown(nowMillis) || other.remaining() < remaining) {
            remaining = other.remaining();
            resetAtMillis = other.resetAtMillis();
        }
        limit = Math.max(limit, other.limit());
        windowMillis = Math.max(windowMillis, other.windowMillis());
    }

    /** How long to wait before the next request may go. */
    synchronized long delayMillis(long nowMillis) {
        if (windowKnown(nowMillis)) {
            return remaining > 0 ? 0 : resetAtMillis + SAFETY_MILLIS - nowMillis;
        }
        return sentAny ? Math.max(0, lastSentMillis + unknownPaceMillis - nowMillis) : 0;
    }

    /** A request is leaving: it spends one unit whatever comes back. */
    synchronized void sent(long nowMillis) {
        sentAny = true;
        inFlight++;
        lastSentMillis = nowMillis;
        if (windowKnown(nowMillis) && remaining > 0) {
            remaining--;
        }
    }

    /** A request that was sent got no answer; the unit it spent stays spent. */
    synchronized void unanswered() {
        inFlight = Math.max(0, inFlight - 1);
    }

    /** Takes the server's word from a response's headers, when it gave a usable one. */
    synchronized void answered(Response response, long nowMillis) {
        inFlight = Math.max(0, inFlight - 1);
        if (fixedPace) {
            return;
        }
        int newRemaining = parseInt(response.header("X-RateLimit-Remaining"));
        double resetIn = parseSeconds(response.header("X-RateLimit-Reset-In"));
        boolean usable = newRemaining >= 0 && resetIn >= 0;
        if (usable) {
            long resetInMillis = (long) Math.ceil(resetIn * 1000);
            remaining = Math.max(0, newRemaining - inFlight);
            resetAtMillis = nowMillis + resetInMillis;
            windowMillis = Math.max(windowMillis, resetInMillis);
            int newLimit = parseInt(response.header("X-RateLimit-Limit"));
            if (newLimit > 0) {
                limit = newLimit;
            }
        }
        if (response.status() == 429) {
            // whatever the headers claim, the server refused: nothing more until the window ends
            remaining = 0;
            if (!usable) {
                resetAtMillis = nowMillis + Math.max(windowMillis, DEFAULT_WINDOW_MILLIS);
            }
        }
    }

    /** A rough time to send {@code requests} more requests, for ETAs. */
    public synchronized long millisFor(long requests, long nowMillis) {
        if (requests <= 0) {
            return 0;
        }
        if (limit <= 0 || windowMillis <= 0) {
            return (requests - 1) * unknownPaceMillis;
        }
        long left = requests;
        long wait = 0;
        if (windowKnown(nowMillis)) {
            if (left <= remaining) {
                return 0;
            }
            left -= remaining;
            wait = resetAtMillis + SAFETY_MILLIS - nowMillis;
        }
        return wait + (left - 1) / limit * (windowMillis + SAFETY_MILLIS);
    }

    private boolean windowKnown(long nowMillis) {
        return remaining >= 0 && nowMillis < resetAtMillis;
    }

    private static int parseInt(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Math.max(-1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Non-negative seconds (fractions allowed), or -1 for missing or garbage. */
    private static double parseSeconds(String value) {
        if (value == null) {
            return -1;
        }
        try {
            double d = Double.parseDouble(value.trim());
            return d >= 0 && d < 86_400 ? d : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
