package starman.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.time.CivilDate;

class ReleasesTest {
    private static ArtistReleaseGroup group(String mbid, String name, String date, String type, String... secondary) {
        return new ArtistReleaseGroup(mbid, name, "David Bowie", date, type, List.of(secondary));
    }

    private static final List<ArtistReleaseGroup> DISCOGRAPHY = List.of(
            group("rg-heroes", "\"Heroes\"", "1977-10-14", "Album"),
            group("rg-low", "Low", "1977-01-14", "Album"),
            group("rg-low-again", "Low", "1977-01-14", "Album"),
            group("rg-low", "Low", "1977-01-14", "Album"), // the same release group twice
            group("rg-ep", "Baal", "1982-01-14", "EP"),
            group("rg-single", "Sound and Vision", "1977-01-14", "Single"),
            group("rg-live", "Stage", "1978-01-14", "Album", "Live"),
            group("rg-month", "Hours", "1999-01", "Album"),
            group("rg-year", "Toy", "2022", "Album"),
            group("rg-bad", "Bad", "1977-13-14", "Album"),
            group("rg-leap", "Leap", "2004-02-29", "Album"),
            group("rg-this-year", "Next", "2026-01-14", "Album"));

    @Test
    void theStudioAlbumsAndEpsFirstReleasedOnTodaysDateInEarlierYearsOldestFirst() {
        List<Releases.Released> today = Releases.onThisDay(DISCOGRAPHY, new CivilDate(2026, 1, 14));

        assertThat(today).extracting(Releases.Released::releaseGroupMbid)
                .containsExactly("rg-low", "rg-low-again", "rg-ep");
        assertThat(today.get(0).sentence()).isEqualTo("Low came out 49 years ago today, on Friday 14 January 1977.");
        assertThat(today.get(2).years()).isEqualTo(44);
        assertThat(Releases.onThisDay(DISCOGRAPHY, new CivilDate(2026, 1, 15))).isEmpty();
    }

    @Test
    void aReleaseOnTheTwentyNinthOfFebruaryComesBackOnTheTwentyEighth() {
        assertThat(Releases.onThisDay(DISCOGRAPHY, new CivilDate(2005, 2, 28))).extracting(Releases.Released::name)
                .containsExactly("Leap");
        assertThat(Releases.onThisDay(DISCOGRAPHY, new CivilDate(2008, 2, 28))).isEmpty();
        assertThat(Releases.onThisDay(DISCOGRAPHY, new CivilDate(2005, 2, 28)).get(0).sentence())
                .isEqualTo("Leap came out 1 year ago today, on Sunday 29 February 2004.");
    }
}
