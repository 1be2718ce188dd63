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
import starman.json.JsonReader;
import starman.json.JsonWriter;
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

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> junk = Arbitraries.of(
                "\"duration_ms\": \"215000\"", "\"duration_ms\": -5", "\"duration\": \"3:15\"", "\"duration\": 215.6",
                "\"tracknumber\": \"3\"", "\"tracknumber\": \"3/12\"", "\"tracknumber\": 2.5", "\"tracknumber\": null",
                "\"recording_msid\": \"in-info\"", "\"recording_msid\": 7", "\"x\": {\"a\": 1, \"a\": [true, null]}",
                "\"x\": [\"s\", 1, 2.5, {\"k\": \"v\"}, []]", "\"artist_mbids\": [\"a\", null, 5]", "\"artist_mbids\": null",
                "\"submission_client\": null", "\"music_service\": \"sp\\u00f6tify\\\"\"");
        return Combinators.combine(tracks(), junk.list().ofMaxSize(4), junk.list().ofMaxSize(2),
                Arbitraries.of("", ", \"recording_msid\": \"m-1\"", ", \"recording_msid\": null",
                        ", \"extra_top\": {\"deep\": [1]}", ", \"mbid_mapping\": null", ", \"additional_info\": null"))
                .as((track, infoJunk, moreJunk, tail) -> {
                    JsonWriter w = new JsonWriter();
                    ListenJson.writeTrack(w, track);
                    String json = w.toString();
                    // players' odd fields inside additional_info, a name given twice, fields after the usual ones
                    String extra = String.join(", ", infoJunk);
                    if (!extra.isEmpty()) {
                        json = json.replace("\"additional_info\":{", "\"additional_info\":{" + extra + ", ")
                                .replace(", }", "}");
                    }
                    for (String j : moreJunk) {
                        json = json.replace("\"additional_info\":{", "\"additional_info\":{" + j + ", ")
                                .replace(", }", "}");
                    }
                    return json.substring(0, json.length() - 1) + tail + "}";
                });
    }

    @Property(tries = 1_000)
    void jsonReadStraightIntoNumbersIsWhatTheMetadataGives(@ForAll("texts") String json) {
        ListenDictionary dictionary = new ListenDictionary();
        TrackCodec codec = new TrackCodec(dictionary, new TrackTable());
        int[] direct = new int[3];
        JsonReader r = new JsonReader(json);
        codec.read(r, direct);
        r.endDocument();

        String[] msid = new String[1];
        JsonReader again = new JsonReader(json);
        TrackMetadata track = ListenJson.readTrack(again, msid);
        assertThat(direct[0]).as(json).isEqualTo(codec.track(track));
        assertThat(direct[1]).as(json).isEqualTo(codec.extra(track));
        assertThat(direct[2] < 0 ? null : dictionary.string(direct[2])).as(json).isEqualTo(msid[0]);
        assertThat(codec.decode(direct[0], direct[1])).isEqualTo(track);
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
