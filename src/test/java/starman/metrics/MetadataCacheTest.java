package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.javatime.JavaTime;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;

class MetadataCacheTest {
    final MetadataCache cache = new MetadataCache();
    final ListenIndex index = new ListenIndex(new Normalizer(cache), ArtistFilter.DAVID_BOWIE,
            JavaTime.periods(ZoneId.of("UTC"), DayOfWeek.MONDAY), cache);

    /** A player that sent MBIDs but no duration. */
    final Listen listen = new Listen(1_743_328_800L, 0, "m", "u", new TrackMetadata("David Bowie", "Starman", null,
            new AdditionalInfo(null, null, "rec-starman", "rel-ziggy-2012", null, List.of(), null, null, Map.of()), null));

    @Test
    void answersArrivingLaterAreTakenUpOnReAdd() {
        index.add(listen);
        assertThat(index.totals(0, Long.MAX_VALUE)).isEqualTo(new Totals(1, 0, 0, 1));

        cache.putReleaseGroup("rel-ziggy-2012", "rg-ziggy");
        cache.putLength("rec-starman", 254_000);
        index.add(listen);
        assertThat(index.totals(0, Long.MAX_VALUE)).isEqualTo(new Totals(1, 1, 254_000, 0));
        assertThat(index.albumKey(index.albumId(0))).isEqualTo("mb:rg-ziggy");

        assertThat(cache.tracks("rg-ziggy")).isNull();
        cache.putTracks("rg-ziggy", List.of(new TrackLists.Track("rec-starman", "Starman")));
        assertThat(new AlbumProgress(index, cache).completionAt(0).complete()).isTrue();
    }

    @Test
    void jsonRoundTripKeepsWhatIsKnownAndWhatWasNotFound() {
        cache.putReleaseGroup("rel-ziggy-2012", "rg-ziggy");
        cache.putLength("rec-starman", 254_000);
        cache.putLength("rec-no-length", -1);
        cache.putTracks("rg-ziggy", List.of(new TrackLists.Track("rec-five-years", "Five Years"),
                new TrackLists.Track("rec-starman", "Starman \"quoted\" ünïcode"), new TrackLists.Track("rec-x", null)));
        cache.putTracks("rg-empty", List.of());
        cache.markNotFound("rec-unknown", 1_700_000_000_000L);
        cache.putWorks("rec-heroes-live", List.of(new RecordingWorks.Work("w-heroes", "“Heroes”"),
                new RecordingWorks.Work("w-medley", "Medley")));
        cache.putWorks("rec-no-work", List.of());

        MetadataCache back = MetadataCache.fromJson(cache.toJson());

        assertThat(back.releaseGroupOf("rel-ziggy-2012")).isEqualTo("rg-ziggy");
        assertThat(back.lengthMs("rec-starman")).isEqualTo(254_000);
        assertThat(back.knowsLength("rec-no-length")).isTrue();
        assertThat(back.lengthMs("rec-no-length")).isEqualTo(-1);
        assertThat(back.tracks("rg-ziggy")).isEqualTo(cache.tracks("rg-ziggy"));
        assertThat(back.tracks("rg-empty")).isEmpty();
        assertThat(back.works("rec-heroes-live")).isEqualTo(cache.works("rec-heroes-live")).hasSize(2);
        assertThat(back.works("rec-no-work")).isEmpty();
        assertThat(back.works("rec-starman")).isNull();
        assertThat(back.notFoundAt("rec-unknown")).isEqualTo(1_700_000_000_000L);
        assertThat(back.notFoundAt("rec-starman")).isEqualTo(-1);
        assertThat(MetadataCache.fromJson(new MetadataCache().toJson()).knowsTracks("rg-ziggy")).isFalse();
    }

    @Test
    void anAnswerClearsAnEarlierMiss() {
        cache.markNotFound("rec-starman", 1);
        cache.putLength("rec-starman", 254_000);
        assertThat(cache.notFoundAt("rec-starman")).isEqualTo(-1);
    }
}
