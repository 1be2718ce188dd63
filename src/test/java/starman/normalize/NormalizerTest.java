package starman.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.model.AdditionalInfo;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;

class NormalizerTest {
    static final String BOWIE = ArtistFilter.DAVID_BOWIE.mbid();
    final Normalizer normalizer = new Normalizer(Map.of("rel-1", "rg-resolved")::get);

    static TrackMetadata track(String artist, String title, String release, AdditionalInfo info, MbidMapping mapping) {
        return new TrackMetadata(artist, title, release, info, mapping);
    }

    static AdditionalInfo submitted(String recordingMbid, String releaseMbid, String releaseGroupMbid) {
        return new AdditionalInfo(null, null, recordingMbid, releaseMbid, releaseGroupMbid, List.of(), null, null, Map.of());
    }

    static MbidMapping mapping(String recording, String releaseGroup, String... artists) {
        return new MbidMapping(recording, "Starman", "rel-x", releaseGroup, List.of(artists), List.of(), null, null);
    }

    @Test
    void mappingWinsOverEverythingElse() {
        CanonicalKeys k = normalizer.keys(track("David Bowie", "Starman (2012 Remaster)", "Ziggy Stardust",
                submitted("rec-sub", "rel-1", "rg-sub"), mapping("rec-map", "rg-map", BOWIE)));
        assertThat(k.recordingKey()).isEqualTo("mb:rec-map");
        assertThat(k.recordingRule()).isEqualTo(KeyRule.MAPPING);
        assertThat(k.albumKey()).isEqualTo("mb:rg-map");
        assertThat(k.albumRule()).isEqualTo(KeyRule.MAPPING);
        assertThat(k.titleKey()).isEqualTo("starman");
    }

    @Test
    void submittedMbidsComeNext() {
        CanonicalKeys k = normalizer.keys(track("David Bowie", "Starman", "Ziggy", submitted("rec-sub", "rel-1", "rg-sub"), null));
        assertThat(k.recordingKey()).isEqualTo("mb:rec-sub");
        assertThat(k.recordingRule()).isEqualTo(KeyRule.SUBMITTED);
        assertThat(k.albumKey()).isEqualTo("mb:rg-sub");
        assertThat(k.albumRule()).isEqualTo(KeyRule.SUBMITTED);
    }

    @Test
    void aSubmittedReleaseIsResolvedToItsReleaseGroup() {
        CanonicalKeys k = normalizer.keys(track("David Bowie", "Starman", "Ziggy", submitted(null, "rel-1", null), null));
        assertThat(k.albumKey()).isEqualTo("mb:rg-resolved");
        assertThat(k.albumRule()).isEqualTo(KeyRule.RESOLVED);
        assertThat(k.recordingRule()).isEqualTo(KeyRule.TEXT);
    }

    @Test
    void aMappingWithoutReleaseGroupHasItsReleaseResolved() {
        MbidMapping noGroup = new MbidMapping("rec-map", "Starman", "rel-1", null, List.of(BOWIE), List.of(), null, null);
        CanonicalKeys k = normalizer.keys(track("David Bowie", "Starman", "Ziggy", submitted(null, null, "rg-sub"), noGroup));
        assertThat(k.albumKey()).isEqualTo("mb:rg-resolved");
        assertThat(k.albumRule()).isEqualTo(KeyRule.MAPPED_RELEASE);
        assertThat(Normalizer.releaseToResolve(track("David Bowie", "Starman", "Ziggy", null, noGroup))).isEqualTo("rel-1");
    }

    @Test
    void anUnresolvedMappedReleaseFallsBackToTheSubmittedMbids() {
        MbidMapping noGroup = new MbidMapping("rec-map", "Starman", "rel-unknown", null, List.of(BOWIE), List.of(), null, null);
        CanonicalKeys k = normalizer.keys(track("David Bowie", "Starman", "Ziggy", submitted(null, null, "rg-sub"), noGroup));
        assertThat(k.albumKey()).isEqualTo("mb:rg-sub");
        assertThat(k.albumRule()).isEqualTo(KeyRule.SUBMITTED);
    }

    @Test
    void onlyAReleaseWithoutAGivenGroupIsToBeResolved() {
        assertThat(Normalizer.releaseToResolve(track("a", "b", "c", submitted(null, "rel-1", null), null))).isEqualTo("rel-1");
        assertThat(Normalizer.releaseToResolve(track("a", "b", "c", submitted(null, "rel-1", "rg-sub"), null))).isNull();
        assertThat(Normalizer.releaseToResolve(track("a", "b", "c", submitted(null, "rel-1", null),
                mapping("rec-map", "rg-map", BOWIE)))).isNull();
    }

    @Test
    void anUnresolvedReleaseFallsBackToText() {
        CanonicalKeys k = normalizer.keys(track("David Bowie", "Starman", "Ziggy Stardust (40th Anniversary Edition)",
                submitted(null, "rel-unknown", null), null));
        assertThat(k.albumKey()).isEqualTo("t:david bowie|ziggy stardust");
        assertThat(k.albumRule()).isEqualTo(KeyRule.TEXT);
    }

    @Test
    void textKeysGroupRemastersButNotLiveVersions() {
        String a = normalizer.keys(track("David Bowie", "Starman (2012 Remaster)", null, null, null)).recordingKey();
        String b = normalizer.keys(track("David Bowie", "Starman - 2012 Remastered Version", null, null, null)).recordingKey();
        String c = normalizer.keys(track("David Bowie", "Starman", null, null, null)).recordingKey();
        String live = normalizer.keys(track("David Bowie", "Starman (Live)", null, null, null)).recordingKey();
        assertThat(a).isEqualTo(b).isEqualTo(c).isEqualTo("t:david bowie|starman");
        assertThat(live).isNotEqualTo(c);
    }

    @Test
    void featuredCreditsDoNotChangeTheArtistOfTheKey() {
        String a = normalizer.keys(track("David Bowie feat. Queen", "Under Pressure", null, null, null)).recordingKey();
        String b = normalizer.keys(track("David Bowie", "Under Pressure (Remastered)", null, null, null)).recordingKey();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void noReleaseMeansNoAlbum() {
        CanonicalKeys k = normalizer.keys(track("David Bowie", "Starman", null, null, null));
        assertThat(k.albumKey()).isNull();
        assertThat(k.albumRule()).isEqualTo(KeyRule.NONE);
    }

    @Test
    void aMappingArrivingLaterChangesTheKeys() {
        CanonicalKeys before = normalizer.keys(track("David Bowie", "Starman", "Ziggy", null, null));
        CanonicalKeys after = normalizer.keys(track("David Bowie", "Starman", "Ziggy", null, mapping("rec", "rg", BOWIE)));
        assertThat(before.recordingRule()).isEqualTo(KeyRule.TEXT);
        assertThat(after.recordingKey()).isEqualTo("mb:rec");
        assertThat(after.albumKey()).isEqualTo("mb:rg");
    }
}
