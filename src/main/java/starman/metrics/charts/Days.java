package starman.metrics.charts;

import starman.time.CivilDate;

/** Words for days in the labels, spelled out here so the browser needs no locale data. */
public final class Days {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private Days() {
    }

    /** "Monday 3 March 2025". */
    public static String longDate(int epochDay) {
        CivilDate d = CivilDate.ofEpochDay(epochDay);
        return word(d.weekday().name()) + " " + d.day() + " " + monthName(d.month()) + " " + d.year();
    }

    /** "3 Mar". */
    public static String shortDate(int epochDay) {
        CivilDate d = CivilDate.ofEpochDay(epochDay);
        return d.day() + " " + monthName(d.month()).substring(0, 3);
    }

    /** 3 as "March". */
    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    static String songs(int n) {
        return n == 1 ? "1 song" : n + " songs";
    }

    /** "3 songs, Monday 3 March 2025": the label of one day's cell or bar. */
    static String dayLabel(int epochDay, int songs) {
        return songs(songs) + ", " + longDate(epochDay);
    }

    /** Whether {@code today} is an anniversary of {@code first}: its day of the year, 29 February falling on the 28th. */
    public static boolean isAnniversary(CivilDate first, CivilDate today) {
        if (first.month() == 2 && first.day() == 29 && !today.isLeapYear()) {
            return today.month() == 2 && today.day() == 28;
        }
        return first.month() == today.month() && first.day() == today.day();
    }

    /** MONDAY → Monday. */
    static String word(String enumName) {
        return enumName.charAt(0) + enumName.substring(1).toLowerCase();
    }
}
