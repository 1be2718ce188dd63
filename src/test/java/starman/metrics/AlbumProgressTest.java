package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.bench.SyntheticHistory;
import starman.javatime.JavaTime;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

class AlbumProgressTest {
    static final long T0 = 1_743_328_800L; // 2025-03-30T10:00:00Z
    final ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
            JavaTime.periods(ZoneId.of("UTC"), DayOfWeek.MONDAY), RecordingLengths.NONE);
    final AlbumProgress progress = new AlbumProgress(index, SyntheticHistory.TRACK_LISTS);

    /** A listen of a Bowie album track: mapped when {@code mapped}, else by text only. */
    static Listen play(long t, String rg, String title, boolean mapped) {
        AdditionalInfo info = new AdditionalInfo(240_000L, null, null, null, rg, List.of(), null, null, Map.of());
        MbidMapping mapping = mapped ? new MbidMapping("rec-" + title, title, "rel", rg,
                List.of(SyntheticHistory.BOWIE), List.of(), null, null) : null;
        return new Listen(t, 0, "msid-" + t, "u", new TrackMetadata("David Bowie", title + " (2017 Remaster)",
                "Album " + rg, info, mapping));
    }

    @Test
    void completionCountsDistinctTracksByMbidOrTitle() {
        index.add(play(T0, "rg-heroes", "Beauty and the Beast", true));
        index.add(play(T0 + 240, "rg-heroes", "Heroes", false));
        index.add(play(T0 + 480, "rg-heroes", "Heroes", true));
        AlbumProgress.Completion c = progress.completionAt(2);
        assertThat(c).isEqualTo(new AlbumProgress.Completion("Album rg-heroes", 2, 3));
        index.add(play(T0 + 720, "rg-heroes", "V-2 Schneider", false));
        assertThat(progress.completionAt(3).complete()).isTrue();
    }

    @Test
    void aGapOfMoreThanHalfAnHourStartsANewSession() {
        index.add(play(T0, "rg-heroes", "Heroes", true));
        index.add(play(T0 + 240 + 1800, "rg-heroes", "Beauty and the Beast", true));
        index.add(play(T0 + 480 + 1800 + 1801, "rg-heroes", "V-2 Schneider", true));
        assertThat(progress.sessionStart(1)).isZero();
        assertThat(progress.sessionStart(2)).isEqualTo(2);
        assertThat(progress.completionAt(2).heard()).isEqualTo(1);
        long lastEnd = T0 + 480 + 1800 + 1801 + 240;
        assertThat(progress.currentRow(lastEnd + 1800)).isEqualTo(2);
        assertThat(progress.currentRow(lastEnd + 1801)).isEqualTo(-1);
    }

    @Test
    void switchingAlbumEarlyIsAFocusBreak() {
        index.add(play(T0, "rg-ziggy", "Five Years", true));
        index.add(play(T0 + 240, "rg-ziggy", "Starman", true));
        index.add(play(T0 + 480, "rg-low", "Warszawa", true));
        AlbumProgress.Completion left = progress.focusBreak(2, 0.5);
        assertThat(left).isEqualTo(new AlbumProgress.Completion("Album rg-ziggy", 2, 5));
        assertThat(progress.focusBreak(2, 0.4)).isNull();
        assertThat(progress.focusBreak(1, 0.5)).isNull();
    }

    @Test
    void anAlbumWithoutTrackListHasNoCompletion() {
        index.add(play(T0, "rg-unknown", "Heroes", true));
        assertThat(progress.completionAt(0)).isNull();
    }
}
