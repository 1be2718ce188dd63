package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.simulator.Catalogue.Album;
import starman.time.VirtualClock;

/** Playing-now, validate-token, the metadata endpoints and CORS, over HTTP. */
class OtherEndpointsTest {
    static final VirtualClock CLOCK = new VirtualClock(1_764_000_000_000L);
    static final Album ZIGGY = Catalogue.standard().albums().stream()
            .filter(a -> a.name().startsWith("The Rise and Fall of Ziggy Stardust")).findFirst().orElseThrow();
    static final String UNKNOWN_MBID = "00000000-0000-0000-0000-000000000000";
    static ListenBrainzSimulator simulator;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        simulator = ListenBrainzSimulator.builder().clock(CLOCK).rateLimit(1_000_000, 10)
                .demoUser(2_000, 5).user("quiet", List.of(), "quiet-token").start();
        http = new Http(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void playingNowIsOffByDefaultThenShowsTheSubmittedTrackUntilItEnds() {
        JsonNode off = http.json("/1/user/demo/playing-now").get("payload");
        assertThat(off.get("count").asInt()).isZero();
        assertThat(off.get("playing_now").asBoolean()).isTrue();
        assertThat(off.get("listens")).isEmpty();
        assertThat(off.get("user_id").asText()).isEqualTo("demo");

        MbidMapping mapping = new MbidMapping("r", "Starman", null, null, List.of(), List.of(), null, null);
        AdditionalInfo info = new AdditionalInfo(250_000L, null, null, null, null, List.of(), 4, "Navidrome", Map.of());
        simulator.setPlayingNow("demo", new TrackMetadata("David Bowie", "Starman - 2012 Remaster",
                ZIGGY.releases().get(1).name(), info, mapping));
        try {
            JsonNode on = http.json("/1/user/demo/playing-now").get("payload");
            assertThat(on.get("count").asInt()).isEqualTo(1);
            JsonNode entry = on.get("listens").get(0);
            assertThat(entry.get("playing_now").asBoolean()).isTrue();
            assertThat(entry.has("listened_at")).isFalse();
            assertThat(entry.has("recording_msid")).isFalse();
            JsonNode track = entry.get("track_metadata");
            assertThat(track.get("track_name").asText()).isEqualTo("Starman - 2012 Remaster");
            assertThat(track.get("additional_info").get("duration_ms").asLong()).isEqualTo(250_000);
            assertThat(track.has("mbid_mapping")).isFalse();

            CLOCK.advance(250_000);
            assertThat(http.json("/1/user/demo/playing-now").get("payload").get("count").asInt()).isZero();
        } finally {
            simulator.clearPlayingNow("demo");
        }
    }

    @Test
    void playingNowWithoutDurationExpiresAfterTenMinutes() {
        simulator.setPlayingNow("quiet", new TrackMetadata("Björk", "Jóga", "Homogenic", AdditionalInfo.EMPTY, null));
        CLOCK.advance(599_000);
        assertThat(http.json("/1/user/quiet/playing-now").get("payload").get("count").asInt()).isEqualTo(1);
        CLOCK.advance(1_000);
        assertThat(http.json("/1/user/quiet/playing-now").get("payload").get("count").asInt()).isZero();
    }

    @Test
    void validateToken() {
        JsonNode valid = Http.parse(http.get("/1/validate-token", "Token " + ListenBrainzSimulator.DEMO_TOKEN).body());
        assertThat(valid.get("code").asInt()).isEqualTo(200);
        assertThat(valid.get("message").asText()).isEqualTo("Token valid.");
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("user_name").asText()).isEqualTo("demo");
        assertThat(Http.parse(http.get("/1/validate-token", "Token quiet-token").body()).get("user_name").asText())
                .isEqualTo("quiet");

        var wrong = http.get("/1/validate-token", "Token nope");
        assertThat(wrong.statusCode()).isEqualTo(200);
        JsonNode invalid = Http.parse(wrong.body());
        assertThat(invalid.get("message").asText()).isEqualTo("Token invalid.");
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(invalid.has("user_name")).isFalse();

        assertThat(http.get("/1/validate-token").statusCode()).isEqualTo(400);
    }

    @Test
    void recordingMetadata() {
        String starman = ZIGGY.tracks().get(3).mbid();
        JsonNode result = http.json("/1/metadata/recording/?recording_mbids=" + starman + "," + UNKNOWN_MBID
                + "&inc=artist%20release");
        assertThat(result.size()).isEqualTo(1);
        JsonNode entry = result.get(starman);
        assertThat(entry.get("recording").get("name").asText()).isEqualTo("Starman");
        assertThat(entry.get("recording").get("length").asLong()).isEqualTo(250_000);
        assertThat(entry.get("release").get("name").asText()).isEqualTo(ZIGGY.name());
        assertThat(entry.get("release").get("mbid").asText()).isEqualTo(ZIGGY.canonical().mbid());
        assertThat(entry.get("release").get("release_group_mbid").asText()).isEqualTo(ZIGGY.releaseGroupMbid());
        assertThat(entry.get("release").get("year").asInt()).isEqualTo(1972);
        assertThat(entry.get("release").get("caa_id").asLong()).isEqualTo(ZIGGY.canonical().caaId());
        assertThat(entry.get("artist").get("name").asText()).isEqualTo("David Bowie");
        assertThat(entry.get("artist").get("artists").get(0).get("artist_mbid").asText()).isEqualTo(Catalogue.BOWIE_MBID);

        JsonNode bare = http.json("/1/metadata/recording/?recording_mbids=" + starman).get(starman);
        assertThat(bare.has("recording")).isTrue();
        assertThat(bare.has("release")).isFalse();
        assertThat(bare.has("artist")).isFalse();
    }

    @Test
    void recordingMetadataByPost() {
        String starman = ZIGGY.tracks().get(3).mbid();
        var response = http.post("/1/metadata/recording/",
                "{\"recording_mbids\": [\"" + starman + "\", \"" + UNKNOWN_MBID + "\"], \"inc\": \"release\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = Http.parse(response.body());
        assertThat(result.size()).isEqualTo(1);
        assertThat(result.get(starman).get("release").get("name").asText()).isEqualTo(ZIGGY.name());
        assertThat(http.post("/1/metadata/recording/", "{\"recording_mbids\": []}").statusCode()).isEqualTo(400);
        assertThat(http.post("/1/metadata/recording/", "{\"recording_mbids\": [\"x\"]}").statusCode()).isEqualTo(400);
        assertThat(http.post("/1/metadata/recording/", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void submitManualMappingTakesAUsersMappingAndRefusesNoTokenABadTokenAndABadBody() {
        String path = "/1/metadata/submit_manual_mapping/";
        String msid = "d23f4719-9212-49f0-ad08-ddbfbfc50d6f";
        String starman = ZIGGY.tracks().get(3).mbid();
        String body = "{\"recording_msid\": \"" + msid + "\", \"recording_mbid\": \"" + starman + "\"}";

        var none = http.post(path, body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(Http.parse(none.body()).get("error").asText()).isEqualTo("You need to provide an Authorization header.");
        var bad = http.post(path, body, "Token nope");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(Http.parse(bad.body()).get("error").asText()).isEqualTo("Invalid authorization token.");
        assertThat(http.post(path, "not json", "Token quiet-token").statusCode()).isEqualTo(400);
        assertThat(http.post(path, "{\"recording_msid\": \"x\", \"recording_mbid\": \"" + starman + "\"}",
                "Token quiet-token").statusCode()).isEqualTo(400);
        assertThat(http.post(path, "{\"recording_msid\": \"" + msid + "\"}", "Token quiet-token").statusCode())
                .isEqualTo(400);
        assertThat(simulator.manualMappings()).isEmpty();

        var ok = http.post(path, body, "Token quiet-token");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.parse(ok.body()).get("status").asText()).isEqualTo("ok");
        // a second mapping of the msid by the same user replaces the first
        http.post(path, "{\"recording_msid\": \"" + msid + "\", \"recording_mbid\": \"" + UNKNOWN_MBID + "\"}",
                "Token quiet-token");
        assertThat(simulator.manualMappings()).containsExactly(
                new ListenBrainzSimulator.ManualMapping("quiet", msid, UNKNOWN_MBID));
        assertThat(http.get(path, "Token quiet-token").statusCode()).isEqualTo(405);
    }

    @Test
    void readEndpointsRefuseOtherMethods() {
        var response = http.post("/1/user/demo/listens", "{}");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(Http.parse(response.body()).get("code").asInt()).isEqualTo(405);
    }

    @Test
    void theDemoHistoryEndsAtTheSimulatorClocksNow() throws Exception {
        VirtualClock clock = new VirtualClock(1_900_000_000_000L);
        try (ListenBrainzSimulator demo = ListenBrainzSimulator.builder().demoUser(100, 1).clock(clock).start()) {
            List<Listen> listens = demo.listens(ListenBrainzSimulator.DEMO_USER);
            assertThat(listens).hasSize(100);
            assertThat(listens.get(99).listenedAt()).isBetween(1_900_000_000L - 3600, 1_900_000_000L);
        }
    }

    @Test
    void releaseGroupTrackList() {
        JsonNode result = http.json("/1/metadata/release_group/?release_group_mbids=" + ZIGGY.releaseGroupMbid()
                + "," + UNKNOWN_MBID + "&inc=recording");
        assertThat(result.size()).isEqualTo(1);
        JsonNode entry = result.get(ZIGGY.releaseGroupMbid());
        assertThat(entry.get("release_group").get("name").asText()).isEqualTo(ZIGGY.name());
        JsonNode tracks = entry.get("recording").get("mediums").get(0).get("tracks");
        assertThat(tracks).hasSize(11);
        assertThat(tracks.get(3).get("name").asText()).isEqualTo("Starman");
        assertThat(tracks.get(3).get("position").asInt()).isEqualTo(4);
        assertThat(tracks.get(3).get("recording_mbid").asText()).isEqualTo(ZIGGY.tracks().get(3).mbid());
        assertThat(tracks.get(3).get("length").asLong()).isEqualTo(250_000);
    }

    @Test
    void artistDiscographyHasListenBrainzsShapeWithEveryReleaseGroupOfTheCredit() {
        JsonNode result = http.json("/1/metadata/artist/?artist_mbids=" + Catalogue.BOWIE_MBID + "," + UNKNOWN_MBID
                + "&inc=release_group");
        assertThat(result.isArray()).isTrue();
        assertThat(result.size()).isEqualTo(1);
        JsonNode bowie = result.get(0);
        assertThat(bowie.get("artist_mbid").asText()).isEqualTo(Catalogue.BOWIE_MBID);
        assertThat(bowie.get("mbid").asText()).isEqualTo(Catalogue.BOWIE_MBID);
        assertThat(bowie.get("name").asText()).isEqualTo("David Bowie");
        JsonNode groups = bowie.get("release_group");
        List<Catalogue.Entry> discography = Catalogue.standard().discography(Catalogue.BOWIE_MBID);
        assertThat(groups.size()).isEqualTo(discography.size());
        // every album the listens play is there, with the unheard ones
        for (Album played : Catalogue.standard().albums()) {
            if (played.isBy(Catalogue.BOWIE_MBID)) {
                assertThat(groups.findValuesAsText("mbid")).contains(played.releaseGroupMbid());
            }
        }
        assertThat(groups.size()).isGreaterThan((int) Catalogue.standard().albums().stream()
                .filter(a -> a.isBy(Catalogue.BOWIE_MBID)).count());
        JsonNode ziggy = find(groups, ZIGGY.releaseGroupMbid());
        assertThat(ziggy.get("name").asText()).isEqualTo(ZIGGY.name());
        assertThat(ziggy.get("date").asText()).isEqualTo("1972-06-16");
        assertThat(ziggy.get("type").asText()).isEqualTo("Album");
        assertThat(ziggy.has("secondary_types")).isFalse(); // left out where MusicBrainz has none, as ListenBrainz does
        assertThat(ziggy.get("artist_credit_name").asText()).isEqualTo("David Bowie");
        assertThat(ziggy.get("artists").get(0).get("artist_mbid").asText()).isEqualTo(Catalogue.BOWIE_MBID);
        assertThat(ziggy.get("caa_release_mbid").asText()).isEqualTo(ZIGGY.canonical().mbid());
        JsonNode stage = find(groups, discography.stream().filter(e -> e.album().name().equals("Stage")).findFirst()
                .orElseThrow().album().releaseGroupMbid());
        assertThat(stage.get("secondary_types").get(0).asText()).isEqualTo("Live");
        JsonNode underPressure = groups.findParents("name").stream()
                .filter(g -> g.get("name").asText().equals("Under Pressure")).findFirst().orElseThrow();
        assertThat(underPressure.get("type").asText()).isEqualTo("Single");
        assertThat(underPressure.get("artist_credit_name").asText()).isEqualTo("Queen & David Bowie");
        assertThat(underPressure.get("artists").get(0).get("join_phrase").asText()).isEqualTo(" & ");
        // without inc=release_group, the artist alone
        assertThat(http.json("/1/metadata/artist/?artist_mbids=" + Catalogue.BOWIE_MBID).get(0).has("release_group"))
                .isFalse();
    }

    @Test
    void anUnheardReleaseGroupHasItsTrackListAndASingleSharesItsAlbumsRecording() {
        List<Catalogue.Entry> discography = Catalogue.standard().discography(Catalogue.BOWIE_MBID);
        Catalogue.Entry starman = discography.stream()
                .filter(e -> e.type().equals("Single") && e.album().name().equals("Starman")).findFirst().orElseThrow();
        JsonNode entry = http.json("/1/metadata/release_group/?release_group_mbids="
                + starman.album().releaseGroupMbid() + "&inc=recording").get(starman.album().releaseGroupMbid());
        assertThat(entry.get("release_group").get("type").asText()).isEqualTo("Single");
        assertThat(entry.get("release_group").get("date").asText()).isEqualTo("1972-04-28");
        JsonNode tracks = entry.get("recording").get("mediums").get(0).get("tracks");
        assertThat(tracks.get(0).get("recording_mbid").asText()).isEqualTo(ZIGGY.tracks().get(3).mbid());
        assertThat(tracks.get(0).get("position").asInt()).isEqualTo(1);
        assertThat(http.json("/1/metadata/artist/?artist_mbids=" + UNKNOWN_MBID + "&inc=release_group")).isEmpty();
        assertThat(http.get("/1/metadata/artist/?artist_mbids=nope").statusCode()).isEqualTo(400);
    }

    private static JsonNode find(JsonNode groups, String mbid) {
        for (JsonNode g : groups) {
            if (g.get("mbid").asText().equals(mbid)) {
                return g;
            }
        }
        throw new AssertionError("no release group " + mbid);
    }

    @Test
    void badMetadataRequestsAre400() {
        assertThat(http.get("/1/metadata/recording/?recording_mbids=not-a-uuid").statusCode()).isEqualTo(400);
        assertThat(http.get("/1/metadata/recording/").statusCode()).isEqualTo(400);
        assertThat(http.get("/1/metadata/release_group/?release_group_mbids=" + UNKNOWN_MBID + "&inc=lyrics")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void everyApiResponseCarriesRateLimitAndCorsHeaders() {
        for (String path : List.of("/1/user/demo/listens", "/1/user/demo/listens?count=-1", "/1/user/nobody/listens",
                "/1/nothing", "/1/validate-token")) {
            var headers = http.get(path).headers();
            assertThat(headers.firstValue("X-RateLimit-Limit")).as(path).hasValue("1000000");
            assertThat(headers.firstValue("X-RateLimit-Remaining")).as(path).isPresent();
            assertThat(headers.firstValue("X-RateLimit-Reset")).as(path).isPresent();
            assertThat(headers.firstValue("X-RateLimit-Reset-In")).as(path).isPresent();
            assertThat(headers.firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(headers.firstValue("Access-Control-Expose-Headers").orElseThrow()).as(path)
                    .contains("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Reset-In");
        }
    }

    @Test
    void preflightAnswers204WithTheAllowedMethodsAndHeaders() {
        var response = http.options("/1/user/demo/listens");
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, OPTIONS");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type");
    }
}
