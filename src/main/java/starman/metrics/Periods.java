package starman.metrics;

import starman.time.CivilDate;
import starman.time.Weekday;
import starman.time.ZoneOffsets;

/**
 * Calendar periods in the user's time zone: the only class that knows about zones. Days start at local
 * midnight (or the first instant after it when a DST gap swallows midnight), so a day is 23, 24 or 25 hours
 * long. Not thread-safe (caches the last day).
 */
public final class Periods {
    private final ZoneOffsets zone;
    private final Weekday weekStart;
    private long cachedStart = 1;
    private long cachedEnd = 0;
    private int cachedDay;

    public Periods(ZoneOffsets zone, Weekday weekStart) {
        this.zone = zone;
        this.weekStart = weekStart;
    }

    /** The local date of an instant, as days since 1970-01-01. */
    public int epochDay(long epochSecond) {
        if (epochSecond < cachedStart || epochSecond >= cachedEnd) {
            cachedDay = zone.epochDay(epochSecond);
            cachedStart = zone.startOfDay(cachedDay);
            cachedEnd = zone.startOfDay(cachedDay + 1);
        }
        return cachedDay;
    }

    /** The hour (0-23) a local clock shows at an instant; an hour a change back repeats counts both times. */
    public int localHour(long epochSecond) {
        return (int) (Math.floorMod(epochSecond + zone.offsetAt(epochSecond), 86_400L) / 3600);
    }

    public Range day(long epochSecond) {
        int d = zone.epochDay(epochSecond);
        return new Range(zone.startOfDay(d), zone.startOfDay(d + 1));
    }

    public Range week(long epochSecond) {
        int d = zone.epochDay(epochSecond);
        int first = d - Weekday.ofEpochDay(d).daysSince(weekStart);
        return new Range(zone.startOfDay(first), zone.startOfDay(first + 7));
    }

    public Range month(long epochSecond) {
        CivilDate first = CivilDate.ofEpochDay(zone.epochDay(epochSecond)).withDay(1);
        return new Range(start(first), start(first.plusMonths(1)));
    }

    /** The instant a local date begins. */
    public long startOfDay(int epochDay) {
        return zone.startOfDay(epochDay);
    }

    public Weekday weekStart() {
        return weekStart;
    }

    public ZoneOffsets zone() {
        return zone;
    }

    private long start(CivilDate date) {
        return zone.startOfDay((int) date.toEpochDay());
    }

    /** A half-open interval [start, end) of unix seconds. */
    public record Range(long start, long end) {
        public boolean contains(long epochSecond) {
            return epochSecond >= start && epochSecond < end;
        }
    }
}
