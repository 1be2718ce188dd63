package starman.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import starman.metrics.charts.Days;
import starman.time.CivilDate;

/** Today's anniversaries of first listens against a search of every earlier listen for each one. */
class AnniversariesPropertyTest {
    @Provide
    Arbitrary<Listens> listens() {
        return Listens.arbitrary(150, 3 * 365);
    }

    @Property(tries = 300)
    void theFirstsOfThisDayAreFoundAsASearchOfEveryEarlierListenFindsThem(@ForAll("listens") Listens listens,
            @ForAll @IntRange(min = 0, max = 149) int pick, @ForAll @IntRange(min = 0, max = 4) int yearsLater) {
        // today is the date of one of the listens, some years on, so that most tries have anniversaries
        int today = listens.size() == 0 ? Listens.LONDON.epochDay(Listens.START)
                : (int) LocalDate.ofEpochDay(listens.epochDay(pick % listens.size())).plusYears(yearsLater).toEpochDay();
        List<Anniversaries.Anniversary> expected = new ArrayList<>();
        for (int row = 0; row < listens.size(); row++) {
            int album = listens.albumId(row);
            boolean artistsFirst = row == 0;
            boolean albumsFirst = album >= 0;
            for (int earlier = 0; earlier < row && albumsFirst; earlier++) {
                albumsFirst = listens.albumId(earlier) != album;
            }
            LocalDate first = LocalDate.ofEpochDay(listens.epochDay(row));
            LocalDate now = LocalDate.ofEpochDay(today);
            boolean sameDate = first.getMonth() == now.getMonth() && first.getDayOfMonth() == now.getDayOfMonth()
                    || first.getDayOfMonth() == 29 && first.getMonthValue() == 2 && !now.isLeapYear()
                    && now.getMonthValue() == 2 && now.getDayOfMonth() == 28;
            if (now.getYear() > first.getYear() && sameDate) {
                int years = now.getYear() - first.getYear();
                if (artistsFirst) {
                    expected.add(0, new Anniversaries.Anniversary(-1, null, years, listens.epochDay(row),
                            listens.timestamp(row)));
                }
                if (albumsFirst) {
                    expected.add(new Anniversaries.Anniversary(album, "Album " + album, years, listens.epochDay(row),
                            listens.timestamp(row)));
                }
            }
        }
        assertThat(new Anniversaries().on(listens, today)).isEqualTo(expected);
    }

    @Test
    void aFirstOnTheTwentyNinthOfFebruaryIsRememberedOnTheTwentyEighthInOtherYears() {
        CivilDate leap = new CivilDate(2024, 2, 29);
        assertThat(Days.isAnniversary(leap, new CivilDate(2025, 2, 28))).isTrue();
        assertThat(Days.isAnniversary(leap, new CivilDate(2025, 3, 1))).isFalse();
        assertThat(Days.isAnniversary(leap, new CivilDate(2028, 2, 28))).isFalse();
        assertThat(Days.isAnniversary(leap, new CivilDate(2028, 2, 29))).isTrue();
        assertThat(Days.isAnniversary(new CivilDate(2023, 2, 28), new CivilDate(2024, 2, 28))).isTrue();
    }

    @Test
    void theSentenceSaysHowManyYearsAndWhatWasFirst() {
        int day = (int) LocalDate.of(2014, 12, 2).toEpochDay();
        assertThat(new Anniversaries.Anniversary(-1, null, 12, day, 0).sentence("David Bowie"))
                .isEqualTo("12 years ago today: your first David Bowie listen, Tuesday 2 December 2014.");
        assertThat(new Anniversaries.Anniversary(3, "Low", 1, day, 0).sentence("David Bowie"))
                .isEqualTo("1 year ago today: your first listen of Low, Tuesday 2 December 2014.");
    }
}
