package starman.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import starman.time.Weekday;

/** The streaks against a walk through every calendar day, each day's songs counted by scanning every listen. */
class StreaksPropertyTest {
    @Provide
    Arbitrary<Listens> listens() {
        return Listens.arbitrary(120, 60);
    }

    @Property(tries = 400)
    void matchTheDayByDayWalk(@ForAll("listens") Listens listens, @ForAll @IntRange(min = 1, max = 3) int songsNeeded,
                              @ForAll boolean grace, @ForAll Weekday weekStart,
                              @ForAll @IntRange(min = 0, max = 64) int todayOffset) {
        int today = Listens.LONDON.epochDay(Listens.START) + todayOffset;
        assertThat(Streaks.of(listens, today, songsNeeded, grace, weekStart))
                .isEqualTo(walk(listens, today, songsNeeded, grace, weekStart));
    }

    /** Day by day: a counted day extends the streak; a missed day is forgiven when grace allows, else it ends it. */
    private static Streaks.Summary walk(Listens listens, int today, int songsNeeded, boolean grace,
                                        Weekday weekStart) {
        Streaks.Streak longest = Streaks.NONE;
        Streaks.Streak running = Streaks.NONE;
        int misses = 0;
        LocalDate usedWeekStart = null;
        int from = listens.size() == 0 ? today : Math.min(today, listens.days()[0]);
        for (int day = from; day <= today; day++) {
            int songs = 0;
            for (int d : listens.days()) {
                songs += d == day ? 1 : 0;
            }
            if (songs < songsNeeded) {
                misses++;
                continue;
            }
            LocalDate missedWeek = weekOf(day - 1, weekStart);
            if (!running.isNone() && misses == 0) {
                running = new Streaks.Streak(running.firstDay(), day, running.days() + 1, running.graceDays());
            } else if (!running.isNone() && misses == 1 && grace && !missedWeek.equals(usedWeekStart)) {
                running = new Streaks.Streak(running.firstDay(), day, running.days() + 1, running.graceDays() + 1);
                usedWeekStart = missedWeek;
            } else {
                running = new Streaks.Streak(day, day, 1, 0);
                usedWeekStart = null;
            }
            misses = 0;
            if (running.days() > longest.days()) {
                longest = running;
            }
        }
        boolean going = !running.isNone() && (misses <= 1
                || grace && misses == 2 && !weekOf(today - 1, weekStart).equals(usedWeekStart));
        return new Streaks.Summary(going ? running : Streaks.NONE, longest);
    }

    private static LocalDate weekOf(int epochDay, Weekday weekStart) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        while (date.getDayOfWeek().getValue() != weekStart.value()) {
            date = date.minusDays(1);
        }
        return date;
    }

    @Test
    void weeksStartOnTheChosenDay() {
        int monday = (int) LocalDate.of(2024, 10, 28).toEpochDay();
        assertThat(Streaks.week(monday - 1, Weekday.MONDAY)).isEqualTo(Streaks.week(monday, Weekday.MONDAY) - 1);
        assertThat(Streaks.week(monday + 6, Weekday.MONDAY)).isEqualTo(Streaks.week(monday, Weekday.MONDAY));
        assertThat(Streaks.week(monday - 1, Weekday.SUNDAY)).isEqualTo(Streaks.week(monday, Weekday.SUNDAY));
        assertThat(Streaks.week(monday + 6, Weekday.SUNDAY)).isEqualTo(Streaks.week(monday, Weekday.SUNDAY) + 1);
        assertThat(Streaks.firstDayOfWeek(Streaks.week(monday + 3, Weekday.MONDAY), Weekday.MONDAY)).isEqualTo(monday);
        assertThat(Streaks.firstDayOfWeek(Streaks.week(monday + 3, Weekday.SUNDAY), Weekday.SUNDAY))
                .isEqualTo(monday - 1);
    }
}
