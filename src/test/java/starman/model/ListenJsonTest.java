package starman.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import starman.json.JsonException;
import starman.json.JsonReader;

/**
 * The build-time check of the hand-written codec: Jackson decodes every sample through a small
 * reference mapping written here, and the codec must produce exactly the same listens.
 */
class ListenJsonTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void apiPageDecodesLikeJackson() throws IOException {
        String json = resource("listens-page.json");
        List<Listen> ours = new ArrayList<>();
        JsonReader r = new JsonReader(json);
        r.beginObject();
        r.nextName();
        r.beginObject();
        while (r.hasNext()) {
            if (r.nextName().equals("listens")) {
                r.beginArray();
                while (r.hasNext()) {
                    ours.add(ListenJson.read(r));
                }
                r.endArray();
            } else {
                r.skipValue();
            }
        }
        List<Listen> reference = new ArrayList<>();
        JACKSON.readTree(json).path("payload").path("listens").forEach(n -> reference.add(referenceDecode(n)));
        assertThat(ours).hasSize(4).isEqualTo(reference);
    }

    @Test
    void exportLinesDecodeLikeJackson() throws IOException {
        for (String line : resource("export-lines.jsonl").split("\n")) {
            assertThat(ListenJson.parse(line)).isEqualTo(referenceDecode(JACKSON.readTree(line)));
        }
    }

    @Test
    void mappedListenKeepsTheMapping() throws IOException {
        Listen starman = firstListen();
        assertThat(starman.listenedAt()).isEqualTo(1732608000L);
        assertThat(starman.key()).isEqualTo(new ListenKey(1732608000L, "5b2ba2bb-3b0e-4a1e-9b6f-6a4e3f3f8d11"));
        MbidMapping m = starman.track().mbidMapping();
        assertThat(m.releaseGroupMbid()).isEqualTo("6c9ae4f8-5c5f-3ef2-8a35-4c5e8e2b6f03");
        assertThat(m.artists()).containsExactly(new MbidMapping.MappedArtist(
                "5441c29d-3602-4898-b1a1-b77fa23b8e50", "David Bowie", ""));
        assertThat(m.caaId()).isEqualTo(3110934127L);
        assertThat(m.coverUrl(250)).isEqualTo("https://coverartarchive.org/release/" + m.caaReleaseMbid()
                + "/3110934127-250.jpg");
        assertThat(new MbidMapping(null, null, null, null, null, null, null, m.caaReleaseMbid()).coverUrl(250)).isNull();
        assertThat(starman.track().additionalInfo().effectiveDurationMs()).isEqualTo(254000);
        assertThat(starman.track().additionalInfo().other()).containsKeys("music_service", "isrc", "artist_names");
    }

    @Test
    void unmappedAndDurationVariants() throws IOException {
        List<Listen> listens = pageListens();
        Listen seconds = listens.get(1);
        assertThat(seconds.track().mbidMapping()).isNull();
        assertThat(seconds.track().additionalInfo().effectiveDurationMs()).isEqualTo(280_000);
        Listen playerMbids = listens.get(2);
        assertThat(playerMbids.track().additionalInfo().releaseMbid()).isEqualTo("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e055");
        assertThat(playerMbids.track().additionalInfo().trackNumber()).isNull();
        assertThat(playerMbids.track().additionalInfo().other()).containsEntry("tracknumber", "2/10");
        Listen noDuration = listens.get(3);
        assertThat(noDuration.track().additionalInfo().effectiveDurationMs()).isEqualTo(-1);
        assertThat(noDuration.track().releaseName()).isNull();
        assertThat(noDuration.track().artistName()).isEqualTo("Sigur Rós");
        assertThat(noDuration.track().trackName()).isEqualTo("Hoppípolla — \"live\" \\ take");
    }

    @Test
    void sameSecondListensHaveDistinctKeys() throws IOException {
        List<Listen> listens = pageListens();
        assertThat(listens.get(1).listenedAt()).isEqualTo(listens.get(2).listenedAt());
        assertThat(listens.get(1).key()).isNotEqualTo(listens.get(2).key());
        assertThat(listens.get(1).key().compareTo(listens.get(2).key())).isNotZero();
    }

    @Test
    void exportShapeFindsTheMsidInsideTrackMetadata() throws IOException {
        Listen heroes = ListenJson.parse(resource("export-lines.jsonl").split("\n")[0]);
        assertThat(heroes.recordingMsid()).isEqualTo("11111111-2222-4333-8444-555555555503");
        assertThat(heroes.insertedAt()).isEqualTo(1732608012L);
        assertThat(heroes.track().mbidMapping().recordingName()).isEqualTo("“Heroes”");
    }

    @Test
    void roundTripIsLossless() throws IOException {
        List<Listen> all = new ArrayList<>(pageListens());
        for (String line : resource("export-lines.jsonl").split("\n")) {
            all.add(ListenJson.parse(line));
        }
        for (Listen listen : all) {
            String json = ListenJson.toJson(listen);
            assertThat(ListenJson.parse(json)).isEqualTo(listen);
            assertThat(referenceDecode(JACKSON.readTree(json))).isEqualTo(listen);
        }
    }

    @Test
    void errorsNameTheProblemAndThePath() {
        assertThatThrownBy(() -> ListenJson.parse("{\"track_metadata\": {\"artist_name\": \"x\"}}"))
                .isInstanceOf(JsonException.class).hasMessageContaining("no listened_at");
        assertThatThrownBy(() -> ListenJson.parse("{\"listened_at\": 5, \"recording_msid\": \"m\"}"))
                .hasMessageContaining("no track_metadata");
        assertThatThrownBy(() -> ListenJson.parse("{\"listened_at\": 5, \"track_metadata\": {}}"))
                .hasMessageContaining("no recording_msid");
        assertThatThrownBy(() -> ListenJson.parse("{\"listened_at\": \"soon\", \"track_metadata\": {}}"))
                .hasMessageContaining("$.listened_at");
    }

    private static Listen firstListen() throws IOException {
        return pageListens().get(0);
    }

    private static List<Listen> pageListens() throws IOException {
        List<Listen> listens = new ArrayList<>();
        JACKSON.readTree(resource("listens-page.json")).path("payload").path("listens")
                .forEach(n -> listens.add(ListenJson.parse(n.toString())));
        return listens;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ListenJsonTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- the reference mapping, on Jackson's tree ----

    private static final Set<String> TYPED_INFO = Set.of("duration_ms", "duration", "recording_mbid", "release_mbid",
            "release_group_mbid", "artist_mbids", "submission_client");

    private static Listen referenceDecode(JsonNode n) {
        JsonNode t = n.path("track_metadata");
        String msid = n.hasNonNull("recording_msid") ? n.get("recording_msid").asText()
                : t.hasNonNull("recording_msid") ? t.get("recording_msid").asText()
                : t.path("additional_info").path("recording_msid").asText();
        JsonNode info = t.path("additional_info");
        Map<String, Object> other = new LinkedHashMap<>();
        Integer trackNumber = null;
        for (Map.Entry<String, JsonNode> e : info.properties()) {
            if (e.getKey().equals("tracknumber")) {
                if (e.getValue().canConvertToInt() && e.getValue().isIntegralNumber()) {
                    trackNumber = e.getValue().asInt();
                } else {
                    other.put("tracknumber", plain(e.getValue()));
                }
            } else if (!TYPED_INFO.contains(e.getKey())) {
                other.put(e.getKey(), plain(e.getValue()));
            }
        }
        AdditionalInfo additional = new AdditionalInfo(
                positive(info.get("duration_ms")), positive(info.get("duration")),
                text(info, "recording_mbid"), text(info, "release_mbid"), text(info, "release_group_mbid"),
                strings(info.get("artist_mbids")), trackNumber, text(info, "submission_client"), other);
        MbidMapping mapping = null;
        JsonNode m = t.get("mbid_mapping");
        if (m != null && !m.isNull()) {
            List<MbidMapping.MappedArtist> artists = new ArrayList<>();
            m.path("artists").forEach(a -> artists.add(new MbidMapping.MappedArtist(
                    text(a, "artist_mbid"), text(a, "artist_credit_name"), text(a, "join_phrase"))));
            mapping = new MbidMapping(text(m, "recording_mbid"), text(m, "recording_name"), text(m, "release_mbid"),
                    text(m, "release_group_mbid"), strings(m.get("artist_mbids")), artists,
                    m.hasNonNull("caa_id") ? m.get("caa_id").asLong() : null, text(m, "caa_release_mbid"));
        }
        TrackMetadata track = new TrackMetadata(t.path("artist_name").asText(), t.path("track_name").asText(),
                text(t, "release_name"), additional, mapping);
        return new Listen(n.get("listened_at").asLong(), n.path("inserted_at").asLong(), msid,
                text(n, "user_name"), track);
    }

    private static Object plain(JsonNode node) {
        Object value = JACKSON.convertValue(node, Object.class);
        return value instanceof Integer i ? Long.valueOf(i) : value;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long positive(JsonNode v) {
        return v == null || !v.isNumber() || v.asDouble() <= 0 ? null : Math.round(v.asDouble());
    }

    private static List<String> strings(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v != null) {
            v.forEach(s -> out.add(s.asText()));
        }
        return out;
    }
}
