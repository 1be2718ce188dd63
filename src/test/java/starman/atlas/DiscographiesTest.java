package starman.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.json.JsonException;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.model.AdditionalInfo;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;

/** The discography cache's refresh rule and JSON, and which artist MBID the atlas asks about. */
class DiscographiesTest {
    private static final String BOWIE = ArtistFilter.DAVID_BOWIE.mbid();
    private static final String QUEEN = "0383dadf-2a4e-4d10-a46a-e9e041da8eb3";
    private static final long NOW = 1_764_000_000_000L;
    private static final List<ArtistReleaseGroup> GROUPS = List.of(
            new ArtistReleaseGroup("a1b2c3d4-0000-4000-8000-000000000001", "Low", "David Bowie", "1977-01-14", "Album",
                    List.of()),
            new ArtistReleaseGroup("a1b2c3d4-0000-4000-8000-000000000002", "Stage \"live\"", "David Bowie", null, null,
                    List.of("Live", "Compilation")));

    @Test
    void aDiscographyIsDueWhenNeverFetchedOrAWeekOldAndNotBefore() {
        Discographies cache = new Discographies();
        assertThat(cache.isDue(BOWIE, NOW)).isTrue();
        cache.put(BOWIE, GROUPS, NOW);
        assertThat(cache.isDue(BOWIE, NOW)).isFalse();
        assertThat(cache.isDue(BOWIE, NOW + Discographies.REFRESH_MILLIS - 1)).isFalse();
        assertThat(cache.isDue(BOWIE, NOW + Discographies.REFRESH_MILLIS)).isTrue();
        assertThat(cache.isDue(BOWIE, NOW - 1)).isTrue(); // a clock set back: the week cannot be trusted
        assertThat(cache.isDue(QUEEN, NOW)).isTrue();
        cache.put(QUEEN, null, NOW); // ListenBrainz did not know it: asked again a week later, not before
        assertThat(cache.isDue(QUEEN, NOW + 1)).isFalse();
        assertThat(cache.get(QUEEN).groups()).isNull();
    }

    @Test
    void itSurvivesAReloadAsJsonAndADamagedCopyIsRefused() {
        Discographies cache = new Discographies();
        cache.put(BOWIE, GROUPS, NOW);
        cache.put(QUEEN, null, NOW + 5);

        Discographies read = Discographies.fromJson(cache.toJson());

        assertThat(read.get(BOWIE)).isEqualTo(new Discographies.Fetched(NOW, GROUPS));
        assertThat(read.get(QUEEN)).isEqualTo(new Discographies.Fetched(NOW + 5, null));
        assertThat(read.toJson()).isEqualTo(cache.toJson());
        assertThatThrownBy(() -> Discographies.fromJson(cache.toJson().substring(0, 40)))
                .isInstanceOf(JsonException.class);
    }

    @Test
    void theArtistMbidIsTheFiltersOwnElseTheMostCommonAmongTheMappedTracks() {
        assertThat(ArtistMbid.of(ArtistFilter.DAVID_BOWIE, () -> {
            throw new AssertionError("the filter's own MBID needs no track");
        })).isEqualTo(BOWIE);

        ArtistFilter byName = new ArtistFilter("David Bowie", null);
        List<TrackMetadata> tracks = List.of(track("David Bowie", BOWIE), track("Queen & David Bowie", QUEEN, BOWIE),
                track("David Bowie", BOWIE), track("Queen", QUEEN), track("Queen", QUEEN), track("David Bowie"));
        assertThat(ArtistMbid.of(byName, () -> tracks)).isEqualTo(BOWIE);
        assertThat(ArtistMbid.of(byName, () -> List.of(track("David Bowie")))).isNull();
        assertThat(ArtistMbid.needed(byName)).contains("David Bowie's MusicBrainz artist ID").contains("Settings");
    }

    private static TrackMetadata track(String credit, String... mbids) {
        MbidMapping mapping = mbids.length == 0 ? null
                : new MbidMapping("r", "t", null, null, List.of(mbids), List.of(), null, null);
        return new TrackMetadata(credit, "t", null,
                new AdditionalInfo(null, null, null, null, null, List.of(), null, null, Map.of()), mapping);
    }
}
