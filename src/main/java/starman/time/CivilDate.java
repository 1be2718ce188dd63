package starman.time;

/**
 * A date of the proleptic Gregorian calendar, as ISO 8601 and java.time's LocalDate have it, without a zone (callers
 * apply theirs through {@link ZoneOffsets}) and without java.time, which would cost the page some 20 KB of wasm.
 * Years run from -999,999,999 to 999,999,999, as LocalDate's do.
 */
public record CivilDate(int year, int month, int day) {
    public static final int MAX_YEAR = 999_999_999;
    /** Days from 0000-03-01 to 1970-01-01: the algorithm counts from a March, so leap days end its years. */
    private static final long EPOCH_FROM_MARCH_0000 = 719_468;
    private static final int DAYS_PER_400_YEARS = 146_097;

    public CivilDate {
        if (year < -MAX_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
                || day > lengthOfMonth(year, month)) {
            throw new IllegalArgumentException("no date " + year + "-" + month + "-" + day);
        }
    }

    public static boolean isLeapYear(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** The days (28-31) of a month (1-12). */
    public static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The date {@code epochDay} days after 1970-01-01 (Howard Hinnant's civil_from_days). */
    public static CivilDate ofEpochDay(long epochDay) {
        long z = epochDay + EPOCH_FROM_MARCH_0000;
        long era = Math.floorDiv(z, DAYS_PER_400_YEARS);
        long dayOfEra = z - era * DAYS_PER_400_YEARS;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long marchMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * marchMonth + 2) / 5 + 1);
        int month = (int) (marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
        return new CivilDate((int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month, day);
    }

    /** Days since 1970-01-01 (days_from_civil, the inverse of {@link #ofEpochDay}). */
    public long toEpochDay() {
        long y = month <= 2 ? year - 1L : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_FROM_MARCH_0000;
    }

    public Weekday weekday() {
        return Weekday.ofEpochDay(toEpochDay());
    }

    public boolean isLeapYear() {
        return isLeapYear(year);
    }

    public CivilDate withDay(int day) {
        return new CivilDate(year, month, day);
    }

    /** The same day {@code months} later, or the month's last day when it is shorter (31 March + 1 is 30 April). */
    public CivilDate plusMonths(long months) {
        long total = year * 12L + (month - 1) + months;
        long y = Math.floorDiv(total, 12);
        if (y < -MAX_YEAR || y > MAX_YEAR) {
            throw new IllegalArgumentException("year " + y + " is out of range");
        }
        int m = (int) Math.floorMod(total, 12L) + 1;
        return new CivilDate((int) y, m, Math.min(day, lengthOfMonth((int) y, m)));
    }

    /**
     * An ISO 8601 date as {@link #toString} writes it ("2026-03-31"; a year beyond 9999 with a plus sign, one before
     * year 0 with a minus), or null when the text is anything else or no such day exists (2026-02-30): exactly what
     * LocalDate.parse accepts.
     */
    public static CivilDate parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        char sign = text.charAt(0);
        int start = sign == '+' || sign == '-' ? 1 : 0;
        int end = start;
        while (end < text.length() && digit(text.charAt(end)) >= 0) {
            end++;
        }
        int digits = end - start;
        // four digits unsigned; a plus sign only for more; at most ten
        if (digits < 4 || digits > 10 || start == 0 && digits != 4 || sign == '+' && digits == 4
                || text.length() != end + 6 || text.charAt(end) != '-' || text.charAt(end + 3) != '-') {
            return null;
        }
        long year = 0;
        for (int i = start; i < end; i++) {
            year = year * 10 + digit(text.charAt(i));
        }
        int month = twoDigits(text, end + 1);
        int day = twoDigits(text, end + 4);
        if (sign == '-') {
            if (year == 0) {
                return null;
            }
            year = -year;
        }
        if (year < -MAX_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
                || day > lengthOfMonth((int) year, month)) {
            return null;
        }
        return new CivilDate((int) year, month, day);
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    /** The number of two ASCII digits at {@code at}, or -1. */
    private static int twoDigits(String text, int at) {
        int tens = digit(text.charAt(at));
        int ones = digit(text.charAt(at + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    /** "2026-03-31", as LocalDate writes it: a year beyond 9999 with a plus sign, one below 0 with a minus. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(12);
        int abs = Math.abs(year);
        if (year > 9999) {
            s.append('+');
        } else if (year < 0) {
            s.append('-');
        }
        if (abs < 1000) {
            s.append(abs < 10 ? "000" : abs < 100 ? "00" : "0");
        }
        s.append(abs).append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-").append(day);
        return s.toString();
    }
}
