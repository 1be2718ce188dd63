package starman.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import starman.time.Weekday;

class TrainingTest {
    /** Noon (UTC) listens on these days of November 2024, one each; 2024-11-25 was a Monday. */
    private static Listens on(int... novemberDays) {
        List<Long> offsets = new ArrayList<>();
        List<Integer> none = new ArrayList<>();
        for (int d : novemberDays) {
            offsets.add(LocalDate.of(2024, 11, d).toEpochDay() * 86_400 + 43_200 - Listens.START);
            none.add(-1);
        }
        return Listens.of(offsets, none, none);
    }

    private static int november(int day) {
        return (int) LocalDate.of(2024, 11, day).toEpochDay();
    }

    @Test
    void aStreakSaysHowLongSinceWhenAndWhetherTodayIsStillOpen() {
        Training t = Training.of(on(10, 11, 12, 20, 21, 23, 24), november(25), Weekday.MONDAY);
        assertThat(t.streakSentence("David Bowie")).isEqualTo("2 days in a row with David Bowie, since Saturday 23"
                + " November 2024; a listen today keeps it going. Longest: 3 days, from Sunday 10 November 2024 to"
                + " Tuesday 12 November 2024.");
        assertThat(t.forgivingSentence("David Bowie")).isEqualTo("Forgiving one missed day a week: 4 days in a row"
                + " with David Bowie (1 day forgiven), since Wednesday 20 November 2024; a listen today keeps it going."
                + " Your longest ever.");
    }

    @Test
    void noStreakGoingSaysHowToStartOne() {
        Training t = Training.of(on(10, 11), november(20), Weekday.MONDAY);
        assertThat(t.streakSentence("Low")).isEqualTo("No streak going: a day with Low starts one. Longest: 2 days,"
                + " from Sunday 10 November 2024 to Monday 11 November 2024.");
        assertThat(Training.of(on(), november(20), Weekday.MONDAY).streakSentence("Low"))
                .isEqualTo("No streak going: a day with Low starts one.");
    }

    @Test
    void aBestSaysItsAmountAndWhen() {
        PersonalBests.Best week = PersonalBests.of(on(20, 21, 26), Weekday.MONDAY).get(3);
        assertThat(week.amount()).isEqualTo("2 songs");
        assertThat(week.when()).isEqualTo("the week from Monday 18 November 2024");
    }
}
