package starman.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.metrics.Windows;
import starman.metrics.charts.Days;
import starman.time.Weekday;

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
    public static List<Best> of(Rows rows, Weekday weekStart) {
        Fold fold = new Fold(weekStart);
        fold.add(rows);
        return fold.bests(rows);
    }

    /**
     * The bests followed as rows arrive in time order: {@link #add} reads only the rows after those it read before,
     * so a listen appended costs a few steps, not a walk of the history. Rows must only ever be appended.
     */
    public static final class Fold {
        private final List<BestFold> folds;
        private int read;

        public Fold(Weekday weekStart) {
            folds = List.of(new Window(Kind.SONGS_IN_15_MINUTES, Windows.SPRINT_S),
                    new Window(Kind.SONGS_IN_AN_HOUR, 3600), new Calendar(Kind.SONGS_IN_A_DAY, null),
                    new Calendar(Kind.SONGS_IN_A_WEEK, weekStart), new Session(), new AlbumsInADay());
        }

        /** Reads the rows added since the last call. */
        public void add(Rows rows) {
            for (; read < rows.size(); read++) {
                for (BestFold fold : folds) {
                    fold.add(rows, read);
                }
            }
        }

        /** Every best of the rows read so far, in {@link Kind}'s order. */
        public List<Best> bests(Rows rows) {
            if (read == 0) {
                return List.of();
            }
            List<Best> bests = new ArrayList<>();
            folds.forEach(fold -> bests.add(fold.best(rows)));
            return bests;
        }
    }

    /** One best, row by row; only a strictly greater value beats the one held. */
    private interface BestFold {
        void add(Rows rows, int row);

        Best best(Rows rows);
    }

    /** The most rows within {@code seconds}: each row ends a window, starting at the oldest row still inside. */
    private static final class Window implements BestFold {
        private final Kind kind;
        private final long seconds;
        private int oldest;
        private int bestFirst;
        private int bestLast = -1;

        Window(Kind kind, long seconds) {
            this.kind = kind;
            this.seconds = seconds;
        }

        @Override
        public void add(Rows rows, int row) {
            while (rows.timestamp(row) - rows.timestamp(oldest) >= seconds) {
                oldest++;
            }
            if (row - oldest > bestLast - bestFirst) {
                bestFirst = oldest;
                bestLast = row;
            }
        }

        @Override
        public Best best(Rows rows) {
            return PersonalBests.best(rows, kind, bestLast - bestFirst + 1, bestFirst, bestLast);
        }
    }

    /** The most rows in one day, or (with a week start) in one week; the last period stays open. */
    private static final class Calendar implements BestFold {
        private final Kind kind;
        private final Weekday weekStart;
        private int period = Integer.MIN_VALUE;
        private int first;
        private int last;
        private int bestFirst;
        private int bestLast = -1;

        Calendar(Kind kind, Weekday weekStart) {
            this.kind = kind;
            this.weekStart = weekStart;
        }

        @Override
        public void add(Rows rows, int row) {
            int day = rows.epochDay(row);
            int p = weekStart == null ? day : Streaks.week(day, weekStart);
            if (p != period) {
                close();
                period = p;
                first = row;
            }
            last = row;
        }

        private void close() {
            if (period != Integer.MIN_VALUE && last - first > bestLast - bestFirst) {
                bestFirst = first;
                bestLast = last;
            }
        }

        @Override
        public Best best(Rows rows) {
            boolean open = last - first > bestLast - bestFirst;
            int f = open ? first : bestFirst;
            int l = open ? last : bestLast;
            int day = rows.epochDay(f);
            return PersonalBests.best(rows, kind, l - f + 1, f, l,
                    weekStart == null ? day : Streaks.firstDayOfWeek(Streaks.week(day, weekStart), weekStart));
        }
    }

    /**
     * Sessions end where a listen starts more than the session gap after the previous one ended (as the album card
     * has them); a session lasts from its first start to its latest end.
     */
    private static final class Session implements BestFold {
        private int first = -1;
        private int last;
        private long reach;
        private int bestFirst;
        private int bestLast;
        private long bestSeconds = -1;

        @Override
        public void add(Rows rows, int row) {
            if (first >= 0 && rows.timestamp(row) - end(rows, last) <= Windows.SESSION_GAP_S) {
                reach = Math.max(reach, end(rows, row));
                last = row;
                return;
            }
            if (first >= 0 && reach - rows.timestamp(first) > bestSeconds) {
                bestSeconds = reach - rows.timestamp(first);
                bestFirst = first;
                bestLast = last;
            }
            first = row;
            last = row;
            reach = end(rows, row);
        }

        @Override
        public Best best(Rows rows) {
            long open = reach - rows.timestamp(first);
            return open > bestSeconds ? PersonalBests.best(rows, Kind.LONGEST_SESSION, (int) (open / 60), first, last) : PersonalBests.best(rows, Kind.LONGEST_SESSION, (int) (bestSeconds / 60),
                    bestFirst, bestLast);
        }

        private static long end(Rows rows, int row) {
            int ms = rows.durationMs(row);
            return rows.timestamp(row) + (ms > 0 ? ms / 1000 : 0);
        }
    }

    /** The most distinct albums in one day; the last day stays open. */
    private static final class AlbumsInADay implements BestFold {
        private int[] seenOn = new int[16];
        private int day = Integer.MIN_VALUE;
        private int albums;
        private int first;
        private int last;
        private int most = -1;
        private int bestFirst;
        private int bestLast;

        AlbumsInADay() {
            Arrays.fill(seenOn, Integer.MIN_VALUE);
        }

        @Override
        public void add(Rows rows, int row) {
            int d = rows.epochDay(row);
            if (d != day) {
                close();
                day = d;
                albums = 0;
                first = row;
            }
            last = row;
            int album = rows.albumId(row);
            if (album < 0) {
                return;
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

        private void close() {
            if (day != Integer.MIN_VALUE && albums > most) {
                most = albums;
                bestFirst = first;
                bestLast = last;
            }
        }

        @Override
        public Best best(Rows rows) {
            return albums > most ? PersonalBests.best(rows, Kind.ALBUMS_IN_A_DAY, albums, first, last)
                    : PersonalBests.best(rows, Kind.ALBUMS_IN_A_DAY, most, bestFirst, bestLast);
        }
    }

    private static Best best(Rows rows, Kind kind, int value, int first, int last) {
        return best(rows, kind, value, first, last, rows.epochDay(first));
    }

    private static Best best(Rows rows, Kind kind, int value, int first, int last, int day) {
        return new Best(kind, value, first, last, rows.timestamp(first), rows.timestamp(last) + 1, day);
    }
}
