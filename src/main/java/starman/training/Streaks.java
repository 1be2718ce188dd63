package starman.training;

import java.time.DayOfWeek;

/**
 * Days in a row with the artist: a day counts with at least {@code songsNeeded} songs. With grace, one missed day a
 * week (the person's week) is forgiven: the streak goes on over it, though the day does not add to it; a second miss in
 * that week, or two missed days in a row, ends it. The current streak is the one that today's listening can still
 * extend: it reached today or yesterday (or, with the week's grace unused, the day before).
 */
public final class Streaks {
    /** No streak. */
    public static final Streak NONE = new Streak(0, 0, 0, 0);

    private Streaks() {
    }

    /**
     * @param firstDay its first day (an epoch day), {@code lastDay} its last
     * @param days the days that counted; {@code graceDays} the missed days forgiven within it
     */
    public record Streak(int firstDay, int lastDay, int days, int graceDays) {
        public boolean isNone() {
            return days == 0;
        }
    }

    /** The streak going on today ({@link #NONE} if none) and the longest ever (the first of equals). */
    public record Summary(Streak current, Streak longest) {
    }

    /** The week (of {@code weekStart}) an epoch day lies in, as a number that grows by one a week. */
    public static int week(int epochDay, DayOfWeek weekStart) {
        // 1970-01-01 was a Thursday
        return Math.floorDiv(epochDay + 3 - (weekStart.getValue() - 1), 7);
    }

    /** The first day (an epoch day) of a {@link #week}. */
    public static int firstDayOfWeek(int week, DayOfWeek weekStart) {
        return week * 7 - 3 + (weekStart.getValue() - 1);
    }

    public static Summary of(Rows rows, int today, int songsNeeded, boolean grace, DayOfWeek weekStart) {
        Streak longest = NONE;
        int first = 0;
        int last = Integer.MIN_VALUE;
        int days = 0;
        int graces = 0;
        int graceWeek = Integer.MIN_VALUE;
        int n = rows.size();
        for (int row = 0; row < n; ) {
            int day = rows.epochDay(row);
            int songs = 0;
            while (row < n && rows.epochDay(row) == day) {
                songs++;
                row++;
            }
            if (songs < songsNeeded || day > today) {
                continue;
            }
            boolean forgiven = grace && day == last + 2 && week(last + 1, weekStart) != graceWeek;
            if (day == last + 1 || forgiven) {
                if (forgiven) {
                    graces++;
                    graceWeek = week(last + 1, weekStart);
                }
                days++;
            } else {
                first = day;
                days = 1;
                graces = 0;
                graceWeek = Integer.MIN_VALUE;
            }
            last = day;
            if (days > longest.days()) {
                longest = new Streak(first, last, days, graces);
            }
        }
        boolean going = days > 0 && (last >= today - 1
                || grace && last == today - 2 && week(today - 1, weekStart) != graceWeek);
        return new Summary(going ? new Streak(first, last, days, graces) : NONE, longest);
    }
}
