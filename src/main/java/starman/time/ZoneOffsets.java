package starman.time;

/**
 * A time zone as the offsets it had over the years: the instants its UTC offset changed and the offset from each.
 * That is all local days need, and it is a few hundred numbers where the whole tz database would cost the page
 * some 120 KB: the browser fills it from its own {@code Intl} data, the JVM from java.time's rules
 * ({@code starman.javatime.JavaTime}). After the last change it knows, the last offset holds.
 */
public final class ZoneOffsets {
    public static final ZoneOffsets UTC = new ZoneOffsets("UTC", new long[0], new int[] {0});
    private static final long DAY = 86_400;
    /** No zone is further than this from UTC. */
    private static final long MAX_OFFSET = 18 * 3600;

    private final String id;
    private final long[] changes;
    /** {@code offsets[i]} holds before {@code changes[i]}; the last one after the last change. */
    private final int[] offsets;

    /**
     * @param changes the instants (unix seconds, ascending) the offset changed
     * @param offsets seconds east of UTC: one more than {@code changes}, the first for before the first change
     */
    public ZoneOffsets(String id, long[] changes, int[] offsets) {
        if (offsets.length != changes.length + 1) {
            throw new IllegalArgumentException(changes.length + " changes need " + (changes.length + 1) + " offsets");
        }
        for (int i = 1; i < changes.length; i++) {
            if (changes[i] <= changes[i - 1]) {
                throw new IllegalArgumentException("changes out of order at " + i);
            }
        }
        this.id = id;
        this.changes = changes.clone();
        this.offsets = offsets.clone();
    }

    public String id() {
        return id;
    }

    /** Seconds east of UTC at an instant. */
    public int offsetAt(long epochSecond) {
        int lo = 0;
        int hi = changes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (changes[mid] <= epochSecond) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return offsets[lo];
    }

    /** The local date of an instant, as days since 1970-01-01. */
    public int epochDay(long epochSecond) {
        return (int) Math.floorDiv(epochSecond + offsetAt(epochSecond), DAY);
    }

    /**
     * The instant a local date begins: its midnight, the earlier one when a change back repeats it, or the first
     * instant after it when a change forward skips it (as java.time's {@code atStartOfDay} says).
     */
    public long startOfDay(int epochDay) {
        long midnight = epochDay * DAY;
        long best = Long.MAX_VALUE;
        for (int offset : new int[] {offsetAt(midnight - MAX_OFFSET), offsetAt(midnight + MAX_OFFSET)}) {
            long t = midnight - offset;
            if (offsetAt(t) == offset) {
                best = Math.min(best, t);
            }
        }
        if (best != Long.MAX_VALUE) {
            return best;
        }
        // midnight fell in a gap: the day begins at the change that skipped it
        for (int i = 0; i < changes.length; i++) {
            if (changes[i] + offsets[i] <= midnight && midnight < changes[i] + offsets[i + 1]) {
                return changes[i];
            }
        }
        throw new IllegalStateException("no start for day " + epochDay + " in " + id);
    }

    @Override
    public String toString() {
        return id + " (" + changes.length + " changes)";
    }
}
