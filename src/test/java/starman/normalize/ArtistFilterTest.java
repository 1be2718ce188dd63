package starman.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.model.AdditionalInfo;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;

class ArtistFilterTest {
    static final ArtistFilter BOWIE = ArtistFilter.DAVID_BOWIE;

    static TrackMetadata track(String artist, List<String> submittedMbids, List<String> mappedMbids) {
        AdditionalInfo info = new AdditionalInfo(null, null, null, null, null, submittedMbids, null, null, Map.of());
        MbidMapping mapping = mappedMbids == null ? null
                : new MbidMapping("r", "t", null, null, mappedMbids, List.of(), null, null);
        return new TrackMetadata(artist, "Song", null, info, mapping);
    }

    @Test
    void theArtistMbidDecidesWhenTheListenHasOne() {
        assertThat(BOWIE.matches(track("Bowie, David", List.of(), List.of(BOWIE.mbid())))).isTrue();
        assertThat(BOWIE.matches(track("David Bowie", List.of(), List.of("someone-else")))).as("a namesake").isFalse();
        assertThat(BOWIE.matches(track("Queen", List.of(BOWIE.mbid()), null))).isTrue();
        assertThat(BOWIE.matches(track("David Bowie", List.of("x"), List.of("queen", BOWIE.mbid())))).isTrue();
    }

    @Test
    void theMatchSaysWhichRuleDecided() {
        assertThat(BOWIE.match(track("Bowie, David", List.of("x"), List.of(BOWIE.mbid()))))
                .isEqualTo(ArtistFilter.Match.MAPPED_MBID);
        assertThat(BOWIE.match(track("Queen", List.of(BOWIE.mbid()), null))).isEqualTo(ArtistFilter.Match.SUBMITTED_MBID);
        assertThat(BOWIE.match(track("Queen & David Bowie", List.of(), null))).isEqualTo(ArtistFilter.Match.NAME);
        assertThat(BOWIE.match(track("David Bowie", List.of(), List.of("someone-else")))).isNull();
    }

    @Test
    void otherwiseAnyArtistOfTheCreditByFoldedName() {
        assertThat(BOWIE.matches(track("DAVID BOWIE", List.of(), null))).isTrue();
        assertThat(BOWIE.matches(track("Queen & David Bowie", List.of(), null))).isTrue();
        assertThat(BOWIE.matches(track("Bing Crosby with David Bowie", List.of(), null))).isTrue();
        assertThat(BOWIE.matches(track("David Bowie Tribute Band", List.of(), null))).isFalse();
    }

    @Test
    void anyArtistCanBeChosen() {
        ArtistFilter bjork = ArtistFilter.byName("Björk");
        assertThat(bjork.mbid()).isNull();
        assertThat(bjork.matches(track("Bjork", List.of(), null))).isTrue();
        assertThat(bjork.matches(track("Björk", List.of(), List.of("any-mbid")))).as("no MBID configured: by name").isTrue();
        assertThat(ArtistFilter.byName("david bowie")).isEqualTo(BOWIE);
    }
}
