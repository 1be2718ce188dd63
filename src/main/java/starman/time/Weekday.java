package starman.time;

/** A day of the week, Monday first as ISO 8601 counts; its names are the ones stored settings hold. */
public enum Weekday {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    private static final Weekday[] ALL = values();

    /** 1 for Monday to 7 for Sunday. */
    public int value() {
        return ordinal() + 1;
    }

    /** The day numbered 1 (Monday) to 7 (Sunday). */
    public static Weekday of(int value) {
        if (value < 1 || value > 7) {
            throw new IllegalArgumentException("no weekday " + value);
        }
        return ALL[value - 1];
    }

    /** The weekday of a date given as days since 1970-01-01, a Thursday. */
    public static Weekday ofEpochDay(long epochDay) {
        return ALL[(int) Math.floorMod(epochDay + 3, 7L)];
    }

    /** The weekday {@code days} after this one (before it when negative). */
    public Weekday plus(int days) {
        return ALL[Math.floorMod(ordinal() + days, 7)];
    }

    /** Days (0-6) from the last {@code weekStart} on or before this day to this day. */
    public int daysSince(Weekday weekStart) {
        return Math.floorMod(ordinal() - weekStart.ordinal(), 7);
    }
}
