package starman.training;

import java.util.ArrayList;
import java.util.List;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.Periods;
import starman.metrics.Totals;
import starman.metrics.charts.Days;
import starman.time.CivilDate;
import starman.time.Weekday;

/**
 * One calendar year of the artist's listens in the person's zone (the current one up to now): the table's totals,
 * distinct tracks, the top albums and tracks, the busiest day, week and month, the longest streak within the year
 * and the albums first heard ever that year. Read from the index's rows in one pass over the year (and one over the
 * rows before it, for the firsts); only the top tracks' names are read from the store.
 */
public record YearReview(int year, long from, long to, boolean soFar, Totals totals, int tracks, List<Top> topAlbums,
                         List<Top> topTracks, Busiest busiestDay, Busiest busiestWeek, Busiest busiestMonth,
                         Streaks.Streak longestStreak, Busiest streakListens, List<First> firsts) {
    /** How many top albums and tracks a review lists. */
    public static final int TOP = 5;

    /**
     * An album (canonical album key) or a track (canonical recording key) and its listens in the year; ties go to
     * the one heard first in the year. {@code newestAt} and {@code newestHash} key its newest listen of the year.
     */
    public record Top(String key, String name, int songs, long knownMs, long newestAt, long newestHash) {
        public double minutes() {
            return new Totals(songs, 0, knownMs, 0).minutes();
        }
    }

    /**
     * The day, week or month with most songs (the first of equals), or the longest streak's days: its listens are
     * [from, to).
     */
    public record Busiest(String name, long from, long to, int songs) {
    }

    /** An album heard for the first time ever in the year, on {@code day} (an epoch day). */
    public record First(String key, String name, int day) {
    }

    /** The years (ascending) with at least one listen of the artist. */
    public static List<Integer> years(ListenIndex index) {
        List<Integer> years = new ArrayList<>();
        Periods periods = index.periods();
        int row = 0;
        while (row < index.size()) {
            int year = CivilDate.ofEpochDay(index.epochDay(row)).year();
            years.add(year);
            row = index.rowsBefore(periods.startOfDay((int) new CivilDate(year + 1, 1, 1).toEpochDay()), Long.MIN_VALUE);
        }
        return years;
    }

    /**
     * The review of {@code year}, read from the index (the caller holds its lock); the top tracks are named by their
     * keys until {@link #named} reads their names.
     */
    public static YearReview of(ListenIndex index, int year, long now) {
        Periods periods = index.periods();
        int firstDay = (int) new CivilDate(year, 1, 1).toEpochDay();
        int endDay = (int) new CivilDate(year + 1, 1, 1).toEpochDay();
        long from = periods.startOfDay(firstDay);
        long yearEnd = periods.startOfDay(endDay);
        boolean soFar = now < yearEnd;
        long to = Math.max(from, Math.min(yearEnd, now + 1));
        int lo = index.rowsBefore(from, Long.MIN_VALUE);
        int hi = index.rowsBefore(to, Long.MIN_VALUE);

        int[] perDay = new int[endDay - firstDay];
        for (int row = lo; row < hi; row++) {
            perDay[index.epochDay(row) - firstDay]++;
        }
        Tops tops = Tops.of(index, lo, hi, TOP);

        boolean[] heard = new boolean[index.albumCount()];
        for (int row = 0; row < lo; row++) {
            int album = index.albumId(row);
            if (album >= 0) {
                heard[album] = true;
            }
        }
        List<First> firsts = new ArrayList<>(); // rows are in time order: each album at its first row of the year
        for (int row = lo; row < hi; row++) {
            int album = index.albumId(row);
            if (album >= 0 && !heard[album]) {
                heard[album] = true;
                firsts.add(new First(index.albumKey(album), index.albumName(album), index.epochDay(row)));
            }
        }

        Streaks.Streak longest = Streaks.of(slice(Rows.of(index), lo, hi), endDay - 1, 1, false, periods.weekStart())
                .longest();
        Busiest streakListens = null;
        if (!longest.isNone()) {
            long streakFrom = periods.startOfDay(longest.firstDay());
            long streakTo = periods.startOfDay(longest.lastDay() + 1);
            String days = longest.days() == 1 ? "1 day, " + Days.longDate(longest.firstDay())
                    : longest.days() + " days, from " + Days.longDate(longest.firstDay()) + " to "
                    + Days.longDate(longest.lastDay());
            streakListens = new Busiest(days, streakFrom, streakTo, index.songsIn(streakFrom, streakTo));
        }
        return new YearReview(year, from, to, soFar, index.totals(from, to), tops.distinctTracks(), tops.albums(),
                tops.tracks(),
                busiestDay(periods, perDay, firstDay), busiestWeek(periods, perDay, firstDay, from, to),
                busiestMonth(periods, perDay, year, firstDay, to), longest, streakListens, firsts);
    }


    private static Busiest busiestDay(Periods periods, int[] perDay, int firstDay) {
        int best = -1;
        for (int d = 0; d < perDay.length; d++) {
            if (perDay[d] > 0 && (best < 0 || perDay[d] > perDay[best])) {
                best = d;
            }
        }
        return best < 0 ? null : new Busiest(Days.longDate(firstDay + best), periods.startOfDay(firstDay + best),
                periods.startOfDay(firstDay + best + 1), perDay[best]);
    }

    /** Weeks of the person's week start; the first and last weeks count only their days within the year. */
    private static Busiest busiestWeek(Periods periods, int[] perDay, int firstDay, long from, long to) {
        Weekday weekStart = periods.weekStart();
        int bestWeek = 0;
        int bestSongs = 0;
        for (int d = 0; d < perDay.length; ) {
            int week = Streaks.week(firstDay + d, weekStart);
            int songs = 0;
            for (; d < perDay.length && Streaks.week(firstDay + d, weekStart) == week; d++) {
                songs += perDay[d];
            }
            if (songs > bestSongs) {
                bestSongs = songs;
                bestWeek = week;
            }
        }
        if (bestSongs == 0) {
            return null;
        }
        int start = Streaks.firstDayOfWeek(bestWeek, weekStart);
        return new Busiest("the week from " + Days.longDate(start), Math.max(from, periods.startOfDay(start)),
                Math.min(to, periods.startOfDay(start + 7)), bestSongs);
    }

    private static Busiest busiestMonth(Periods periods, int[] perDay, int year, int firstDay, long to) {
        int bestMonth = 0;
        int bestSongs = 0;
        for (int month = 1; month <= 12; month++) {
            int start = (int) new CivilDate(year, month, 1).toEpochDay() - firstDay;
            int end = (int) new CivilDate(year, month, 1).plusMonths(1).toEpochDay() - firstDay;
            int songs = 0;
            for (int d = start; d < end; d++) {
                songs += perDay[d];
            }
            if (songs > bestSongs) {
                bestSongs = songs;
                bestMonth = month;
            }
        }
        if (bestSongs == 0) {
            return null;
        }
        CivilDate first = new CivilDate(year, bestMonth, 1);
        return new Busiest(Days.monthName(bestMonth) + " " + year, periods.startOfDay((int) first.toEpochDay()),
                Math.min(to, periods.startOfDay((int) first.plusMonths(1).toEpochDay())), bestSongs);
    }

    /** Rows [from, to) of {@code rows}. */
    private static Rows slice(Rows rows, int from, int to) {
        return new Rows() {
            @Override
            public int size() {
                return to - from;
            }

            @Override
            public long timestamp(int row) {
                return rows.timestamp(from + row);
            }

            @Override
            public int epochDay(int row) {
                return rows.epochDay(from + row);
            }

            @Override
            public int albumId(int row) {
                return rows.albumId(from + row);
            }

            @Override
            public int durationMs(int row) {
                return rows.durationMs(from + row);
            }

            @Override
            public String albumName(int albumId) {
                return rows.albumName(albumId);
            }
        };
    }

    /**
     * The same review with each top track named as its newest listen of the year names it (its key when that listen is
     * no longer stored): read from the store, so without the index's lock.
     */
    public YearReview named(DrillDown.Source store) {
        return new YearReview(year, from, to, soFar, totals, tracks, topAlbums, Tops.named(topTracks, store),
                busiestDay, busiestWeek,
                busiestMonth, longestStreak, streakListens, firsts);
    }

    /** "2024", or "2026 so far". */
    public String title() {
        return year + (soFar ? " so far" : "");
    }
}
