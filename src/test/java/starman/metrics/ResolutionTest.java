package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.javatime.JavaTime;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.KeyRule;
import starman.normalize.Normalizer;

/** The explanation of a listen names the rules the normaliser, the filter and the length port applied. */
class ResolutionTest {
    private static final long T = 1_750_000_000L;
    private static final String BOWIE = ArtistFilter.DAVID_BOWIE.mbid();

    private final MetadataCache metadata = new MetadataCache();
    private final ListenIndex index = new ListenIndex(new Normalizer(metadata), ArtistFilter.DAVID_BOWIE,
            JavaTime.periods(ZoneOffset.UTC, DayOfWeek.MONDAY), metadata);

    private static Listen listen(long t, String msid, String artist, String title, String release, Long durationMs,
                                 MbidMapping mapping) {
        AdditionalInfo info = new AdditionalInfo(durationMs, null, null, null, null, List.of(), null, null, Map.of());
        return new Listen(t, t, msid, "u", new TrackMetadata(artist, title, release, info, mapping));
    }

    @Test
    void anUnmappedRemasterIsExplainedByItsTitleRuleAndItsUnknownLength() {
        Listen remaster = listen(T, "a", "Queen & David Bowie", "Under Pressure (2011 Remaster)", "Hot Space (Deluxe)",
                null, null);
        index.add(remaster);

        Resolution r = index.explain(remaster);

        assertThat(r.artistMatch()).isEqualTo(ArtistFilter.Match.NAME);
        assertThat(r.keys().recordingRule()).isEqualTo(KeyRule.TEXT);
        assertThat(r.length().source()).isEqualTo(ListenLength.Source.UNKNOWN);
        assertThat(r.lines()).containsExactly(
                "Counted for David Bowie by artist name in the credit.",
                "No recording MBID: matched by detuned title text 'under pressure'.",
                "Title rule: '(2011 Remaster)' stripped.",
                "No release group known: album matched by detuned title text 'hot space'.",
                "Album title rule: '(Deluxe)' stripped.",
                "Length unknown: the listen sent none and no recording length is known.");
    }

    @Test
    void aMappedListenWithALookedUpReleaseGroupAndLengthSaysSo() {
        metadata.putReleaseGroup("rel-low", "rg-low");
        metadata.putLength("rec-sv", 183_000);
        MbidMapping mapping = new MbidMapping("rec-sv", "Sound and Vision", "rel-low", null, List.of(BOWIE), List.of(),
                null, null);
        Listen mapped = listen(T, "b", "David Bowie", "Sound and Vision - 2017 Remaster", "Low [Remastered]", null, mapping);
        Listen liveUnmapped = listen(T + 300, "c", "David Bowie", "Sound and Vision (Live)", "Low", 200_000L, null);
        index.add(mapped);
        index.add(liveUnmapped);

        assertThat(index.explain(mapped).lines()).containsExactly(
                "Counted for David Bowie by artist MBID from ListenBrainz's mbid_mapping.",
                "Recording MBID rec-sv from ListenBrainz's mbid_mapping.",
                "Title rule: '- 2017 Remaster' stripped.",
                "Release group rg-low of the mapping's release, from a metadata look-up.",
                "Length 3:03 from the recording's length from a metadata look-up.");
        // the unmapped "Low" joins the release group the mapped "Low [Remastered]" has (AlbumClusters)
        assertThat(index.explain(liveUnmapped).lines()).containsExactly(
                "Counted for David Bowie by artist name in the credit.",
                "No recording MBID: matched by detuned title text 'sound and vision [live]'.",
                "Title rule: '(Live)' stripped; kept apart as the live version.",
                "No release group known: album matched by detuned title text 'low'.",
                "Counted with the album 'Low [Remastered]' (the release group of mapped listens of the same album, mb:rg-low).",
                "Length 3:20 from the listen's duration_ms (or duration).");
        assertThat(index.explain(listen(T, "not-indexed", "David Bowie", "Heroes", null, null, null))).isNull();
    }
}
