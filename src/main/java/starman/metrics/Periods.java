package starman.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar periods in the user's time zone: the only class that knows about zones, so the browser can
 * swap it if tzdb proves too heavy. Days start at local midnight (or the first instant after it when a
 * DST gap swallows midnight), so a day is 23, 24 or 25 hours long. Not thread-safe (caches the last day).
 */
public final class Periods {
    private final ZoneId zone;
    private final DayOfWeek weekStart;
    private long cachedStart = 1;
    private long cachedEnd = 0;
    private int cachedDay;

    public Periods(ZoneId zone, DayOfWeek weekStart) {
        this.zone = zone;
        this.weekStart = weekStart;
    }

    /** The local date of an instant, as days since 1970-01-01. */
    public int epochDay(long epochSecond) {
        if (epochSecond < cachedStart || epochSecond >= cachedEnd) {
            LocalDate date = date(epochSecond);
            cachedDay = (int) date.toEpochDay();
            cachedStart = start(date);
            cachedEnd = start(date.plusDays(1));
        }
        return cachedDay;
    }

    public Range day(long epochSecond) {
        LocalDate d = date(epochSecond);
        return new Range(start(d), start(d.plusDays(1)));
    }

    public Range week(long epochSecond) {
        LocalDate first = date(epochSecond).with(TemporalAdjusters.previousOrSame(weekStart));
        return new Range(start(first), start(first.plusWeeks(1)));
    }

    public Range month(long epochSecond) {
        LocalDate first = date(epochSecond).withDayOfMonth(1);
        return new Range(start(first), start(first.plusMonths(1)));
    }

    /** The instant a local date begins. */
    public long startOfDay(int epochDay) {
        return start(LocalDate.ofEpochDay(epochDay));
    }

    public DayOfWeek weekStart() {
        return weekStart;
    }

    public ZoneId zone() {
        return zone;
    }

    private LocalDate date(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate();
    }

    private long start(LocalDate date) {
        return date.atStartOfDay(zone).toEpochSecond();
    }

    /** A half-open interval [start, end) of unix seconds. */
    public record Range(long start, long end) {
        public boolean contains(long epochSecond) {
            return epochSecond >= start && epochSecond < end;
        }
    }
}
