package starman.training;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.metrics.Windows;
import starman.metrics.charts.Days;

/**
 * The artist's records: the most songs in 15 minutes, an hour, a day and a week, the longest session and the most
 * albums in a day. Each is the first time it was reached (a later equal does not beat it) and spans the listens
 * [first, last] that made it, which the drill-down opens.
 */
public final class PersonalBests {
    private PersonalBests() {
    }

    public enum Kind {
        SONGS_IN_15_MINUTES("Most songs in 15 minutes", "songs"),
        SONGS_IN_AN_HOUR("Most songs in an hour", "songs"),
        SONGS_IN_A_DAY("Most songs in a day", "songs"),
        SONGS_IN_A_WEEK("Most songs in a week", "songs"),
        LONGEST_SESSION("Longest session", "minutes"),
        ALBUMS_IN_A_DAY("Most albums in a day", "albums");

        public final String title;
        public final String unit;

        Kind(String title, String unit) {
            this.title = title;
            this.unit = unit;
        }
    }

    /**
     * @param value songs, albums, or whole minutes for a session
     * @param first the first row of the listens that made it, {@code last} the last (rows of {@link Rows})
     * @param from the first listen's time, {@code to} one second after the last's
     * @param day the first listen's local date (an epoch day); for a week, the week's first day
     */
    public record Best(Kind kind, int value, int first, int last, long from, long to, int day) {
        /** "7 songs", "94 minutes". */
        public String amount() {
            return value + " " + (value == 1 ? kind.unit.substring(0, kind.unit.length() - 1) : kind.unit);
        }

        /** When it was set: "Tuesday 26 November 2024", or "the week from Monday 25 November 2024". */
        public String when() {
            return (kind == Kind.SONGS_IN_A_WEEK ? "the week from " : "") + Days.longDate(day);
        }
    }

    /** Every best, in {@link Kind}'s order; none for an artist never played. */
    public static List<Best> of(Rows rows, DayOfWeek weekStart) {
        if (rows.size() == 0) {
            return List.of();
        }
        List<Best> bests = new ArrayList<>();
        bests.add(window(rows, Kind.SONGS_IN_15_MINUTES, Windows.SPRINT_S));
        bests.add(window(rows, Kind.SONGS_IN_AN_HOUR, 3600));
        bests.add(calendar(rows, Kind.SONGS_IN_A_DAY, null));
        bests.add(calendar(rows, Kind.SONGS_IN_A_WEEK, weekStart));
        bests.add(longestSession(rows));
        bests.add(albumsInADay(rows));
        return bests;
    }

    /** The most rows within {@code seconds} of a row's start. */
    private static Best window(Rows rows, Kind kind, long seconds) {
        int bestFirst = 0;
        int bestLast = 0;
        int end = 0;
        for (int first = 0; first < rows.size(); first++) {
            while (end < rows.size() && rows.timestamp(end) < rows.timestamp(first) + seconds) {
                end++;
            }
            if (end - first > bestLast - bestFirst + 1) {
                bestFirst = first;
                bestLast = end - 1;
            }
        }
        return best(rows, kind, bestLast - bestFirst + 1, bestFirst, bestLast);
    }

    /** The most rows in one day, or (with a week start) in one week. */
    private static Best calendar(Rows rows, Kind kind, DayOfWeek weekStart) {
        int bestFirst = 0;
        int bestLast = 0;
        for (int first = 0; first < rows.size(); ) {
            int period = period(rows.epochDay(first), weekStart);
            int next = first;
            while (next < rows.size() && period(rows.epochDay(next), weekStart) == period) {
                next++;
            }
            if (next - first > bestLast - bestFirst + 1) {
                bestFirst = first;
                bestLast = next - 1;
            }
            first = next;
        }
        int day = rows.epochDay(bestFirst);
        return best(rows, kind, bestLast - bestFirst + 1, bestFirst, bestLast,
                weekStart == null ? day : Streaks.firstDayOfWeek(Streaks.week(day, weekStart), weekStart));
    }

    private static int period(int epochDay, DayOfWeek weekStart) {
        return weekStart == null ? epochDay : Streaks.week(epochDay, weekStart);
    }

    /**
     * Sessions end where a listen starts more than the session gap after the previous one ended (as the album card
     * has them); a session lasts from its first start to its latest end.
     */
    private static Best longestSession(Rows rows) {
        int bestFirst = 0;
        int bestLast = 0;
        long bestSeconds = -1;
        int first = 0;
        long reach = end(rows, 0);
        for (int row = 1; row <= rows.size(); row++) {
            if (row < rows.size() && rows.timestamp(row) - end(rows, row - 1) <= Windows.SESSION_GAP_S) {
                reach = Math.max(reach, end(rows, row));
                continue;
            }
            if (reach - rows.timestamp(first) > bestSeconds) {
                bestSeconds = reach - rows.timestamp(first);
                bestFirst = first;
                bestLast = row - 1;
            }
            if (row < rows.size()) {
                first = row;
                reach = end(rows, row);
            }
        }
        return best(rows, Kind.LONGEST_SESSION, (int) (bestSeconds / 60), bestFirst, bestLast);
    }

    private static long end(Rows rows, int row) {
        int ms = rows.durationMs(row);
        return rows.timestamp(row) + (ms > 0 ? ms / 1000 : 0);
    }

    private static Best albumsInADay(Rows rows) {
        int bestFirst = 0;
        int bestLast = 0;
        int most = -1;
        int[] seenOn = new int[16];
        Arrays.fill(seenOn, Integer.MIN_VALUE);
        for (int first = 0; first < rows.size(); ) {
            int day = rows.epochDay(first);
            int albums = 0;
            int next = first;
            for (; next < rows.size() && rows.epochDay(next) == day; next++) {
                int album = rows.albumId(next);
                if (album < 0) {
                    continue;
                }
                if (album >= seenOn.length) {
                    int old = seenOn.length;
                    seenOn = Arrays.copyOf(seenOn, Math.max(album + 1, 2 * old));
                    Arrays.fill(seenOn, old, seenOn.length, Integer.MIN_VALUE);
                }
                if (seenOn[album] != day) {
                    seenOn[album] = day;
                    albums++;
                }
            }
            if (albums > most) {
                most = albums;
                bestFirst = first;
                bestLast = next - 1;
            }
            first = next;
        }
        return best(rows, Kind.ALBUMS_IN_A_DAY, most, bestFirst, bestLast);
    }

    private static Best best(Rows rows, Kind kind, int value, int first, int last) {
        return best(rows, kind, value, first, last, rows.epochDay(first));
    }

    private static Best best(Rows rows, Kind kind, int value, int first, int last, int day) {
        return new Best(kind, value, first, last, rows.timestamp(first), rows.timestamp(last) + 1, day);
    }
}
