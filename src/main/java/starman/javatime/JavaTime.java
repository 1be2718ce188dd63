package starman.javatime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import starman.metrics.Periods;
import starman.time.Weekday;
import starman.time.ZoneOffsets;

/**
 * java.time's zone rules as the core's {@link ZoneOffsets}, for the JVM side (the tools, the tests, the benchmarks'
 * workloads): the page has no java.time (ArchitectureTest) and takes its zones from the browser's Intl.
 */
public final class JavaTime {
    /** 2100-01-01: every year a listen history can span starts before it. */
    private static final long END_OF_2099 = 4_102_444_800L;

    private JavaTime() {
    }

    /** The offsets of a zone from {@code from} to {@code to} (unix seconds). */
    public static ZoneOffsets offsets(ZoneId zone, long from, long to) {
        ZoneRules rules = zone.getRules();
        List<Long> at = new ArrayList<>();
        List<Integer> offset = new ArrayList<>();
        offset.add(rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds());
        for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(from));
             t != null && t.toEpochSecond() <= to; t = rules.nextTransition(t.getInstant())) {
            at.add(t.toEpochSecond());
            offset.add(t.getOffsetAfter().getTotalSeconds());
        }
        long[] changes = new long[at.size()];
        int[] offsets = new int[offset.size()];
        for (int i = 0; i < changes.length; i++) {
            changes[i] = at.get(i);
        }
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = offset.get(i);
        }
        return new ZoneOffsets(zone.getId(), changes, offsets);
    }

    /** The offsets of a zone over every year a listen history can span (1970 to 2099). */
    public static ZoneOffsets offsets(ZoneId zone) {
        return offsets(zone, 0, END_OF_2099);
    }

    public static Weekday weekday(DayOfWeek day) {
        return Weekday.of(day.getValue());
    }

    /** The periods of a java.time zone and week start. */
    public static Periods periods(ZoneId zone, DayOfWeek weekStart) {
        return new Periods(offsets(zone), weekday(weekStart));
    }
}
