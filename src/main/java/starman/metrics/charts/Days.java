package starman.metrics.charts;

import java.time.LocalDate;
import java.time.Month;

/** Words for days in the labels, spelled out here so the browser needs no locale data. */
public final class Days {
    private Days() {
    }

    /** "Monday 3 March 2025". */
    public static String longDate(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return word(d.getDayOfWeek().name()) + " " + d.getDayOfMonth() + " " + word(d.getMonth().name()) + " "
                + d.getYear();
    }

    /** "3 Mar". */
    public static String shortDate(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getDayOfMonth() + " " + word(d.getMonth().name()).substring(0, 3);
    }

    /** 3 as "March". */
    public static String monthName(int month) {
        return word(java.time.Month.of(month).name());
    }

    static String songs(int n) {
        return n == 1 ? "1 song" : n + " songs";
    }

    /** "3 songs, Monday 3 March 2025": the label of one day's cell or bar. */
    static String dayLabel(int epochDay, int songs) {
        return songs(songs) + ", " + longDate(epochDay);
    }

    /** Whether {@code today} is an anniversary of {@code first}: its day of the year, 29 February falling on the 28th. */
    public static boolean isAnniversary(LocalDate first, LocalDate today) {
        if (first.getMonth() == Month.FEBRUARY && first.getDayOfMonth() == 29 && !today.isLeapYear()) {
            return today.getMonth() == Month.FEBRUARY && today.getDayOfMonth() == 28;
        }
        return first.getMonth() == today.getMonth() && first.getDayOfMonth() == today.getDayOfMonth();
    }

    /** MONDAY → Monday. */
    static String word(String enumName) {
        return enumName.charAt(0) + enumName.substring(1).toLowerCase();
    }
}
