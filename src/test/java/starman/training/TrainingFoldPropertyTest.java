package starman.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import starman.time.Weekday;

/**
 * The figures followed as listens are appended, a few at a time and with the day moving on (or the clock going
 * back), against the figures of the same rows read in one go (which the streak and best properties check against
 * brute force).
 */
class TrainingFoldPropertyTest {
    @Provide
    Arbitrary<Listens> listens() {
        return Listens.arbitrary(120, 40);
    }

    @Property(tries = 300)
    void appendingMatchesReadingAllAtOnce(@ForAll("listens") Listens listens, @ForAll Weekday weekStart,
                                          @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 30) Integer> steps,
                                          @ForAll @Size(min = 8, max = 8) List<@IntRange(min = -2, max = 44) Integer> todays) {
        int firstDay = Listens.LONDON.epochDay(Listens.START);
        Training.Fold fold = new Training.Fold(weekStart);
        int shown = 0;
        for (int i = 0; i < steps.size(); i++) {
            shown = Math.min(listens.size(), shown + steps.get(i));
            Rows prefix = listens.first(shown);
            int today = firstDay + todays.get(i);
            assertThat(fold.training(prefix, today)).isEqualTo(Training.of(prefix, today, weekStart));
        }
    }
}
