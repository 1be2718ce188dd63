package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import starman.listenbrainz.PlayingNow;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;

/** What the now-playing card shows: the track, whether it is playing, and which cover. */
class ShownTrackTest {
    static final String BOWIE = ArtistFilter.DAVID_BOWIE.mbid();

    static Listen listen(long t, String artist, String track, String release, Long caaId, String caaRelease) {
        MbidMapping mapping = caaId == null && caaRelease == null ? null
                : new MbidMapping("rec-" + t, track, caaRelease, "rg",
                        List.of(artist.equals("David Bowie") ? BOWIE : "mbid-" + artist), List.of(), caaId, caaRelease);
        return new Listen(t, t, "msid-" + t, "u", new TrackMetadata(artist, track, release, null, mapping));
    }

    @Test
    void playingNowTakesTheCoverOfTheNewestMappedListenOfItsRelease() {
        List<Listen> newest = List.of(listen(30, "David Bowie", "Heroes", "\"Heroes\"", null, null),
                listen(20, "David Bowie", "Blackout", "\"Heroes\"", 7L, "rel-heroes-2017"),
                listen(10, "David Bowie", "Joe the Lion", "\"Heroes\"", 5L, "rel-heroes"));
        DashboardView.Shown shown = DashboardView.Shown.of(
                new PlayingNow(new TrackMetadata("David Bowie", "Sons of the Silent Age", "\"Heroes\"", null, null)),
                newest, ArtistFilter.DAVID_BOWIE);
        assertThat(shown.playing()).isTrue();
        assertThat(shown.track().trackName()).isEqualTo("Sons of the Silent Age");
        assertThat(shown.coverUrl()).isEqualTo("https://coverartarchive.org/release/rel-heroes-2017/7-250.jpg");
    }

    @Test
    void withNothingPlayingTheArtistsLastListenIsShownAndAnUnknownCoverIsNull() {
        List<Listen> newest = List.of(listen(30, "Kraftwerk", "Neon Lights", "The Man-Machine", 9L, "rel-mm"),
                listen(20, "David Bowie", "Warszawa", "Low", null, null));
        DashboardView.Shown shown = DashboardView.Shown.of(null, newest, ArtistFilter.DAVID_BOWIE);
        assertThat(shown.playing()).isFalse();
        assertThat(shown.track().trackName()).isEqualTo("Warszawa");
        assertThat(shown.coverUrl()).isNull();
        assertThat(DashboardView.Shown.of(null, List.of(), ArtistFilter.DAVID_BOWIE)).isNull();
    }

    @Test
    void theLastListenShownIsTheChosenArtistsNotDavidBowiesAlways() {
        List<Listen> newest = List.of(listen(30, "David Bowie", "Warszawa", "Low", null, null),
                listen(20, "Kraftwerk", "Neon Lights", "The Man-Machine", null, null));

        DashboardView.Shown shown = DashboardView.Shown.of(null, newest, ArtistFilter.byName("Kraftwerk"));

        assertThat(shown.track().trackName()).isEqualTo("Neon Lights");
    }
}
