package starman.training;

import starman.time.Weekday;

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
    public static int week(int epochDay, Weekday weekStart) {
        // 1970-01-01 was a Thursday
        return Math.floorDiv(epochDay + 3 - (weekStart.value() - 1), 7);
    }

    /** The first day (an epoch day) of a {@link #week}. */
    public static int firstDayOfWeek(int week, Weekday weekStart) {
        return week * 7 - 3 + (weekStart.value() - 1);
    }

    public static Summary of(Rows rows, int today, int songsNeeded, boolean grace, Weekday weekStart) {
        return new Fold(songsNeeded, grace, weekStart).summary(rows, today);
    }

    /**
     * One streak rule followed as rows arrive in time order: {@link #summary} reads only the rows added since it last
     * read, up to today's; days after today (a clock behind the listens) wait until they are reached. Rows must only
     * ever be appended.
     */
    public static final class Fold {
        private final int songsNeeded;
        private final boolean grace;
        private final Weekday weekStart;
        private int read;
        /** The days before the open one, folded. */
        private final Run closed = new Run();
        private int openDay = Integer.MIN_VALUE;
        private int openSongs;

        public Fold(int songsNeeded, boolean grace, Weekday weekStart) {
            this.songsNeeded = songsNeeded;
            this.grace = grace;
            this.weekStart = weekStart;
        }

        /** The streak going on {@code today} and the longest, over the rows of days up to today. */
        public Summary summary(Rows rows, int today) {
            if (openDay > today) {
                // the clock went back before a day already read: read again from the start
                return new Fold(songsNeeded, grace, weekStart).summary(rows, today);
            }
            for (; read < rows.size() && rows.epochDay(read) <= today; read++) {
                int day = rows.epochDay(read);
                if (day != openDay) {
                    closed.add(openDay, openSongs);
                    openDay = day;
                    openSongs = 0;
                }
                openSongs++;
            }
            Run run = closed.copy();
            run.add(openDay, openSongs);
            boolean going = run.days > 0 && (run.last >= today - 1
                    || grace && run.last == today - 2 && week(today - 1, weekStart) != run.graceWeek);
            return new Summary(going ? new Streak(run.first, run.last, run.days, run.graces) : NONE, run.longest);
        }

        /** The streak as the days so far leave it. */
        private final class Run {
            private int first;
            private int last = Integer.MIN_VALUE;
            private int days;
            private int graces;
            private int graceWeek = Integer.MIN_VALUE;
            private Streak longest = NONE;

            Run copy() {
                Run c = new Run();
                c.first = first;
                c.last = last;
                c.days = days;
                c.graces = graces;
                c.graceWeek = graceWeek;
                c.longest = longest;
                return c;
            }

            void add(int day, int songs) {
                if (day == Integer.MIN_VALUE || songs < songsNeeded) {
                    return;
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
        }
    }
}
