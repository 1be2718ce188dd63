package starman.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.metrics.charts.Days;
import starman.text.Format;
import starman.time.CivilDate;

/**
 * On this day: the years since the first listen of the artist and of each album, when today is the date it fell on
 * (a first on 29 February is remembered on the 28th in other years). Followed as rows are appended: a first never
 * changes then, so each call reads only the new rows and looks at one day per album.
 */
public final class Anniversaries {
    /** A first listen whose date today is: {@code albumId} -1 for the artist's; {@code firstAt} its time. */
    public record Anniversary(int albumId, String album, int years, int day, long firstAt) {
        /** "11 years ago today: your first David Bowie listen"; "1 year ago today: your first listen of Low". */
        public String sentence(String artist) {
            String ago = Format.count(years, "year", "years") + " ago today";
            return ago + ": your first " + (album == null ? artist + " listen" : "listen of " + album) + ", "
                    + Days.longDate(day) + ".";
        }
    }

    /** The first row of each album id, -1 before its first. */
    private int[] firstRow = new int[16];
    private int read;

    public Anniversaries() {
        Arrays.fill(firstRow, -1);
    }

    /** Today's anniversaries over the rows so far: the artist's first, then albums by their first listen. */
    public List<Anniversary> on(Rows rows, int today) {
        for (; read < rows.size(); read++) {
            int album = rows.albumId(read);
            if (album < 0) {
                continue;
            }
            if (album >= firstRow.length) {
                int old = firstRow.length;
                firstRow = Arrays.copyOf(firstRow, Math.max(album + 1, 2 * old));
                Arrays.fill(firstRow, old, firstRow.length, -1);
            }
            if (firstRow[album] < 0) {
                firstRow[album] = read;
            }
        }
        List<Anniversary> found = new ArrayList<>();
        CivilDate date = CivilDate.ofEpochDay(today);
        if (read > 0) {
            add(found, rows, 0, -1, date);
        }
        List<Integer> albums = new ArrayList<>();
        for (int album = 0; album < firstRow.length; album++) {
            if (firstRow[album] >= 0) {
                albums.add(album);
            }
        }
        albums.sort((a, b) -> Integer.compare(firstRow[a], firstRow[b]));
        for (int album : albums) {
            add(found, rows, firstRow[album], album, date);
        }
        return found;
    }

    private static void add(List<Anniversary> found, Rows rows, int row, int album, CivilDate today) {
        int day = rows.epochDay(row);
        CivilDate first = CivilDate.ofEpochDay(day);
        int years = today.year() - first.year();
        if (years > 0 && Days.isAnniversary(first, today)) {
            found.add(new Anniversary(album, album < 0 ? null : rows.albumName(album), years, day,
                    rows.timestamp(row)));
        }
    }
}
