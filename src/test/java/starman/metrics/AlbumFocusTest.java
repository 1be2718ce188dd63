package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.metrics.AlbumProgressTest.T0;
import static starman.metrics.AlbumProgressTest.play;

import org.junit.jupiter.api.Test;

class AlbumFocusTest {
    final AlbumProgressTest fixture = new AlbumProgressTest();
    final ListenIndex index = fixture.index;

    AlbumFocus focusAt(long now) {
        return AlbumFocus.at(index, fixture.progress, now, 0.5);
    }

    @Test
    void staysOnOneAlbumIsFocusWithTheSessionsCompletion() {
        index.add(play(T0, "rg-ziggy", "Five Years", true));
        index.add(play(T0 + 240, "rg-ziggy", "Starman", true));
        index.add(play(T0 + 480, "rg-ziggy", "Ziggy Stardust", false));
        AlbumFocus focus = focusAt(T0 + 700);
        assertThat(focus.leftBehind()).isNull();
        assertThat(focus.completion()).isEqualTo(new AlbumProgress.Completion("Album rg-ziggy", 3, 5));
        assertThat(focus.sentence()).isEqualTo("Focused on Album rg-ziggy (3/5 tracks).");
    }

    @Test
    void leavingAnAlbumBelowTheLineIsSaidWhileTheNextAlbumPlays() {
        index.add(play(T0, "rg-ziggy", "Five Years", true));
        index.add(play(T0 + 240, "rg-low", "Warszawa", true));
        index.add(play(T0 + 480, "rg-low", "Sound and Vision", true));
        AlbumFocus focus = focusAt(T0 + 700);
        assertThat(focus.album()).isEqualTo("Album rg-low");
        assertThat(focus.leftBehind()).isEqualTo(new AlbumProgress.Completion("Album rg-ziggy", 1, 5));
        assertThat(focus.sentence()).isEqualTo(
                "Switched from Album rg-ziggy at 1/5 — below the 50 % focus line; now on Album rg-low.");
    }

    @Test
    void leavingAnAlbumPastTheLineIsNoBreak() {
        for (String title : new String[] {"Five Years", "Moonage Daydream", "Starman"}) {
            index.add(play(T0 + 240L * index.size(), "rg-ziggy", title, true));
        }
        index.add(play(T0 + 240L * index.size(), "rg-low", "Warszawa", true));
        assertThat(focusAt(T0 + 240L * index.size()).leftBehind()).isNull();
    }

    @Test
    void anUnknownTrackListIsSaidSo() {
        index.add(play(T0, "rg-unknown", "Heroes", true));
        assertThat(focusAt(T0 + 10).sentence()).isEqualTo("Focused on Album rg-unknown (track list not known yet).");
    }

    @Test
    void noSessionAfterTheGapAndNoneWithoutListens() {
        assertThat(focusAt(T0)).isNull();
        index.add(play(T0, "rg-ziggy", "Five Years", true));
        assertThat(focusAt(T0 + 240 + Windows.SESSION_GAP_S)).isNotNull();
        assertThat(focusAt(T0 + 240 + Windows.SESSION_GAP_S + 1)).isNull();
    }
}
