package starman.metrics;

import java.util.Arrays;
import starman.time.Weekday;

/**
 * When the artist is played: songs per weekday and local hour over the whole index (a cell per hour of the week,
 * Monday 00:00 first), kept across calls as {@link AlbumsHeard} is: a call reads only the rows appended since the
 * previous one, and all rows again only after the index was reshaped.
 */
public final class ListeningClock {
    public static final int CELLS = 7 * 24;

    private final ListenIndex index;
    private final int[] songs = new int[CELLS];
    private int reshapes = -1;
    private int rows;

    public ListeningClock(ListenIndex index) {
        this.index = index;
    }

    /** Songs per cell ({@link #cell}), a copy. */
    public int[] songs() {
        int now = index.reshapes();
        if (now != reshapes) {
            Arrays.fill(songs, 0);
            rows = 0;
            reshapes = now;
        }
        for (; rows < index.size(); rows++) {
            songs[cell(index, rows)]++;
        }
        return songs.clone();
    }

    /** The cell of a weekday and an hour (0-23). */
    public static int cell(Weekday day, int hour) {
        return day.ordinal() * 24 + hour;
    }

    public static Weekday day(int cell) {
        return Weekday.of(cell / 24 + 1);
    }

    public static int hour(int cell) {
        return cell % 24;
    }

    /** The cell of one of the index's rows, by its local date and the hour the clock showed. */
    static int cell(ListenIndex index, int row) {
        // 1970-01-01 was a Thursday: epoch day 0 is ISO day 4
        int weekday = Math.floorMod(index.epochDay(row) + 3, 7);
        return weekday * 24 + index.periods().localHour(index.timestamp(row));
    }
}
