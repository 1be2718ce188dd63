package starman.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The page's calendar against java.time's, the oracle on the JVM. */
class CivilDatePropertyTest {
    /** 0001-01-01 and 9999-12-31. */
    private static final long YEAR_1 = -719_162;
    private static final long YEAR_9999 = 2_932_896;
    /** LocalDate.MIN and MAX. */
    private static final long MIN = -365_243_219_162L;
    private static final long MAX = 365_241_780_471L;

    @Property(tries = 3000)
    void everyEpochDayIsJavaTimesDate(@ForAll @LongRange(min = YEAR_1, max = YEAR_9999) long day) {
        sameAsJavaTime(day);
    }

    @Property(tries = 2000)
    void soAreTheFarYearsEitherSide(@ForAll @LongRange(min = MIN, max = MAX) long day) {
        sameAsJavaTime(day);
    }

    private static void sameAsJavaTime(long day) {
        LocalDate expected = LocalDate.ofEpochDay(day);
        CivilDate date = CivilDate.ofEpochDay(day);
        assertThat(date).isEqualTo(new CivilDate(expected.getYear(), expected.getMonthValue(),
                expected.getDayOfMonth()));
        assertThat(date.toEpochDay()).isEqualTo(day);
        assertThat(date.weekday().value()).isEqualTo(expected.getDayOfWeek().getValue());
        assertThat(date.weekday().name()).isEqualTo(expected.getDayOfWeek().name());
        assertThat(date.isLeapYear()).isEqualTo(expected.isLeapYear());
        assertThat(CivilDate.lengthOfMonth(date.year(), date.month())).isEqualTo(expected.lengthOfMonth());
        assertThat(date.toString()).isEqualTo(expected.toString());
        assertThat(CivilDate.parse(date.toString())).isEqualTo(date);
    }

    @Property(tries = 2000)
    void plusMonthsClampsToTheMonthsEndAsJavaTimeDoes(@ForAll @LongRange(min = YEAR_1, max = YEAR_9999) long day,
                                                      @ForAll @IntRange(min = -2400, max = 2400) int months) {
        LocalDate expected = LocalDate.ofEpochDay(day).plusMonths(months);
        assertThat(CivilDate.ofEpochDay(day).plusMonths(months).toEpochDay()).isEqualTo(expected.toEpochDay());
    }

    @Test
    void plusMonthsEndsOnTheLastDayOfAShorterMonth() {
        assertThat(new CivilDate(2024, 1, 31).plusMonths(1)).isEqualTo(new CivilDate(2024, 2, 29));
        assertThat(new CivilDate(2025, 3, 31).plusMonths(-1)).isEqualTo(new CivilDate(2025, 2, 28));
        assertThat(new CivilDate(2025, 12, 15).plusMonths(1)).isEqualTo(new CivilDate(2026, 1, 15));
        assertThatThrownBy(() -> new CivilDate(CivilDate.MAX_YEAR, 12, 1).plusMonths(1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 3000)
    void aDateExistsExactlyWhenJavaTimeHasIt(@ForAll @IntRange(min = -1_000_000_001, max = 1_000_000_001) int year,
                                             @ForAll @IntRange(min = -1, max = 14) int month,
                                             @ForAll @IntRange(min = -1, max = 33) int day) {
        LocalDate expected;
        try {
            expected = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            expected = null;
        }
        if (expected == null) {
            assertThatThrownBy(() -> new CivilDate(year, month, day)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(new CivilDate(year, month, day).toEpochDay()).isEqualTo(expected.toEpochDay());
        }
    }

    @Property(tries = 2000)
    void monthLengthsAndLeapYears(@ForAll @IntRange(min = -999_999_999, max = 999_999_999) int year,
                                  @ForAll @IntRange(min = 1, max = 12) int month) {
        assertThat(CivilDate.lengthOfMonth(year, month)).isEqualTo(YearMonth.of(year, month).lengthOfMonth());
        assertThat(CivilDate.isLeapYear(year)).isEqualTo(java.time.Year.isLeap(year));
    }

    /** Text near an ISO date, most of it one: signs, years of 3 to 11 digits, odd separators, days out of range. */
    @Provide
    Arbitrary<String> nearlyDates() {
        Arbitrary<String> sign = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")),
                Tuple.of(3, Arbitraries.of("+", "-")), Tuple.of(1, Arbitraries.of(" ", "x")));
        Arbitrary<String> year = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 9999).map(n -> pad(n, 4))),
                Tuple.of(3, Arbitraries.strings().withChars("0123456789").ofMinLength(3).ofMaxLength(11)),
                Tuple.of(1, Arbitraries.of("0000", "00000", "10000", "999999999", "1000000000", "0999999999")));
        Arbitrary<String> month = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 12).map(n -> pad(n, 2))), Tuple.of(2, odd()));
        Arbitrary<String> day = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(27, 31).map(n -> pad(n, 2))),
                Tuple.of(4, Arbitraries.integers().between(1, 26).map(n -> pad(n, 2))), Tuple.of(2, odd()));
        Arbitrary<String> separator = Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.just("-")),
                Tuple.of(1, Arbitraries.of("/", "", "--")));
        Arbitrary<String> tail = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("x", " ", "0", "T00:00")));
        Arbitrary<String> built = Combinators.combine(sign, year, separator, month, separator, day, tail)
                .as((s, y, a, m, b, d, t) -> s + y + a + m + b + d + t);
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-+ ").ofMinLength(0).ofMaxLength(14);
        return Arbitraries.frequencyOf(Tuple.of(9, built), Tuple.of(1, noise));
    }

    /** Two-digit fields that are not: 00, 13 to 39, one or three digits, a letter. */
    private static Arbitrary<String> odd() {
        return Arbitraries.oneOf(Arbitraries.of("00", "13", "32", "39", "1", "001", "1x", "٣1"),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(3));
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    @Property(tries = 5000)
    void parseAcceptsExactlyWhatLocalDateParseDoes(@ForAll("nearlyDates") String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            expected = null;
        }
        CivilDate parsed = CivilDate.parse(text);
        Statistics.collect(expected == null ? "rejected" : "accepted");
        Statistics.coverage(c -> c.check("accepted").percentage(p -> p > 5));
        if (expected == null) {
            assertThat(parsed).isNull();
        } else {
            assertThat(parsed).isNotNull();
            assertThat(parsed.toEpochDay()).isEqualTo(expected.toEpochDay());
        }
    }

    @Test
    void parseIsStrict() {
        assertThat(CivilDate.parse("2026-03-31")).isEqualTo(new CivilDate(2026, 3, 31));
        assertThat(CivilDate.parse("2024-02-29")).isEqualTo(new CivilDate(2024, 2, 29));
        assertThat(CivilDate.parse("+12026-01-01")).isEqualTo(new CivilDate(12026, 1, 1));
        assertThat(CivilDate.parse("-0001-12-31")).isEqualTo(new CivilDate(-1, 12, 31));
        for (String bad : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-01",
            "2026-01-1", " 2026-01-01", "2026-01-01 ", "+2026-01-01", "-0000-01-01", "02026-01-01", "2026/01/01",
            "２026-01-01", "", null}) {
            assertThat(CivilDate.parse(bad)).as(bad).isNull();
        }
    }

    @Property(tries = 500)
    void weekdaysCountAsJavaTimesDo(@ForAll DayOfWeek day, @ForAll DayOfWeek weekStart,
                                    @ForAll @IntRange(min = -30, max = 30) int days) {
        Weekday weekday = Weekday.valueOf(day.name());
        assertThat(weekday.value()).isEqualTo(day.getValue());
        assertThat(Weekday.of(day.getValue())).isEqualTo(weekday);
        assertThat(weekday.plus(days).name()).isEqualTo(day.plus(days).name());
        int since = 0;
        while (day.minus(since) != weekStart) {
            since++;
        }
        assertThat(weekday.daysSince(Weekday.valueOf(weekStart.name()))).isEqualTo(since);
    }

    @Test
    void theEpochBeganOnAThursday() {
        assertThat(Weekday.ofEpochDay(0)).isEqualTo(Weekday.THURSDAY);
        assertThat(Weekday.ofEpochDay(-1)).isEqualTo(Weekday.WEDNESDAY);
        assertThat(CivilDate.ofEpochDay(0)).isEqualTo(new CivilDate(1970, 1, 1));
        assertThatThrownBy(() -> Weekday.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Weekday.of(8)).isInstanceOf(IllegalArgumentException.class);
    }
}
