package starman.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import starman.metrics.ListenLength;
import starman.metrics.RecordingLengths;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

class TrackCodecTest {
    private static final String BOWIE = ArtistFilter.DAVID_BOWIE.mbid();

    @Provide
    Arbitrary<TrackMetadata> tracks() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.of("David Bowie", "DAVID BOWIE", "Heroes - 2017 Remaster", "Low", "", BOWIE,
                        "5441c29d-3602-4898-b1a1-b77fa23b8e5f", "5441C29D-3602-4898-B1A1-B77FA23B8E50"));
        Arbitrary<String> maybe = Arbitraries.oneOf(text, Arbitraries.just(null));
        Arbitrary<Long> positive = Arbitraries.longs().between(1, 9_000_000_000L).injectNull(0.4);
        Arbitrary<List<String>> mbids = text.list().ofMaxSize(3);
        Arbitrary<Object> scalar = Arbitraries.oneOf(text.map(s -> (Object) s), Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d), Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        Arbitrary<Object> value = Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.maps(text, inner).ofMaxSize(3).map(m -> (Object) new LinkedHashMap<>(m))), 2);
        Arbitrary<Map<String, Object>> other = Arbitraries.maps(text, value).ofMaxSize(5).map(LinkedHashMap::new);
        Arbitrary<Long[]> durations = Combinators.combine(positive, positive).as((ms, s) -> new Long[] {ms, s});
        Arbitrary<AdditionalInfo> info = Combinators.combine(durations, maybe, maybe, maybe, mbids,
                Arbitraries.integers().between(1, 99).injectNull(0.5), maybe, other)
                .as((d, rec, rel, rg, artists, n, client, o) -> new AdditionalInfo(d[0], d[1], rec, rel, rg, artists, n,
                        client, o));
        Arbitrary<MbidMapping> mapping = Combinators.combine(maybe, maybe, maybe, maybe, mbids,
                Combinators.combine(maybe, maybe, maybe).as(MbidMapping.MappedArtist::new).list().ofMaxSize(2),
                Arbitraries.longs().injectNull(0.3), maybe).as(MbidMapping::new).injectNull(0.4);
        return Combinators.combine(text, text, maybe, info.injectNull(0.2), mapping).as(TrackMetadata::new);
    }

    @Property(tries = 400)
    void metadataComesBackExactlyFromItsTrackAndExtra(@ForAll("tracks") TrackMetadata track) {
        ListenDictionary dictionary = new ListenDictionary();
        TrackTable table = new TrackTable();
        TrackCodec codec = new TrackCodec(dictionary, table);
        int number = codec.track(track);
        int extra = codec.extra(track);

        assertThat(codec.decode(number, extra)).isEqualTo(track);
        assertThat(codec.track(track)).isEqualTo(number);
        assertThat(codec.extra(track)).isEqualTo(extra);
        TrackCodec reopened = new TrackCodec(ListenDictionary.fromBytes(dictionary.toBytes()),
                TrackTable.fromChunks(new int[] {0}, List.of(table.toBytes(0))));
        assertThat(reopened.decode(number, extra)).isEqualTo(track);
    }

    @Property(tries = 400)
    void theTrackAloneIsJudgedAsTheWholeMetadataIs(@ForAll("tracks") TrackMetadata track) {
        TrackCodec codec = new TrackCodec(new ListenDictionary(), new TrackTable());
        TrackMetadata judged = codec.judged(codec.track(track));
        Normalizer normalizer = new Normalizer(release -> release.startsWith("5") ? "rg-" + release : null);
        RecordingLengths lengths = mbid -> mbid.length() * 1000L;

        for (ArtistFilter artist : List.of(ArtistFilter.DAVID_BOWIE, ArtistFilter.byName("Low"), new ArtistFilter("", null))) {
            assertThat(artist.match(judged)).isEqualTo(artist.match(track));
        }
        assertThat(normalizer.keys(judged)).isEqualTo(normalizer.keys(track));
        assertThat(ListenLength.of(judged, normalizer.keys(judged), lengths))
                .isEqualTo(ListenLength.of(track, normalizer.keys(track), lengths));
        assertThat(Normalizer.releaseToResolve(judged)).isEqualTo(Normalizer.releaseToResolve(track));
        assertThat(new Normalizer(ReleaseGroupResolver.NONE).keys(judged))
                .isEqualTo(new Normalizer(ReleaseGroupResolver.NONE).keys(track));
    }

    @Test
    void fatSubmissionsCostTheirDistinctValuesOnceAndAFewBytesEach() {
        ListenDictionary dictionary = new ListenDictionary();
        TrackCodec codec = new TrackCodec(dictionary, new TrackTable());
        List<Listen> listens = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            listens.add(DayBlockTest.fatListen(i, "msid-" + i, "Artist " + (i % 3), "Track " + (i % 10)));
        }
        long json = 0;
        for (Listen l : listens) {
            codec.track(l.track());
            codec.extra(l.track());
            json += ListenJson.toJson(l).length();
        }

        // 3 artists x 10 titles share one release: 30 tracks; the player fields repeat, so do most values
        assertThat(codec.decode(0, codec.extra(listens.get(0).track()))).isEqualTo(listens.get(0).track());
        assertThat(dictionary.toBytes().length * 10L).isLessThan(json);
    }
}
