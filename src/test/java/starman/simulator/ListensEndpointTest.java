package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.ListenKey;
import starman.model.TrackMetadata;

/** The listens and listen-count endpoints over HTTP, against a tiny hand-made user and the demo user. */
class ListensEndpointTest {
    static final long END = 1_764_000_000L;
    static ListenBrainzSimulator simulator;
    static Http http;

    /** Listens at 100, 200 (twice: a same-second tie), 300, 400 and 500. */
    static final List<Listen> TINY = List.of(listen(100, "a"), listen(200, "b"), listen(200, "c"), listen(300, "d"),
            listen(400, "e"), listen(500, "f"));

    @BeforeAll
    static void start() throws Exception {
        simulator = ListenBrainzSimulator.builder()
                .rateLimit(1_000_000, 10)
                .user("demo", HistoryGenerator.generate(3, "demo", 12_345, END).listens())
                .user("tiny", TINY)
                .user("empty", List.of())
                .start();
        http = new Http(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    static Listen listen(long at, String msid) {
        return new Listen(at, at + 10, msid, "tiny",
                new TrackMetadata("David Bowie", "Track " + msid, "Low", AdditionalInfo.EMPTY, null));
    }

    @Test
    void newestFirstWithNeitherBound() {
        JsonNode payload = http.json("/1/user/tiny/listens").get("payload");
        assertThat(times(payload)).containsExactly(500L, 400L, 300L, 200L, 200L, 100L);
        assertThat(payload.get("count").asInt()).isEqualTo(6);
        assertThat(payload.get("latest_listen_ts").asLong()).isEqualTo(500);
        assertThat(payload.get("oldest_listen_ts").asLong()).isEqualTo(100);
        assertThat(payload.get("user_id").asText()).isEqualTo("tiny");
        assertThat(times(http.json("/1/user/tiny/listens?count=2").get("payload"))).containsExactly(500L, 400L);
    }

    @Test
    void boundsAreExclusive() {
        assertThat(times(http.json("/1/user/tiny/listens?max_ts=300").get("payload"))).containsExactly(200L, 200L, 100L);
        assertThat(times(http.json("/1/user/tiny/listens?min_ts=300").get("payload"))).containsExactly(500L, 400L);
        assertThat(times(http.json("/1/user/tiny/listens?min_ts=100&max_ts=400").get("payload")))
                .containsExactly(300L, 200L, 200L);
    }

    @Test
    void minTsPicksTheOldestAfterItAndReversesThem() {
        assertThat(times(http.json("/1/user/tiny/listens?min_ts=100&count=3").get("payload")))
                .containsExactly(300L, 200L, 200L);
        assertThat(times(http.json("/1/user/tiny/listens?min_ts=0&count=1").get("payload"))).containsExactly(100L);
    }

    @Test
    void listensHaveTheApiShape() {
        JsonNode first = http.json("/1/user/tiny/listens?count=1").get("payload").get("listens").get(0);
        assertThat(first.get("listened_at").asLong()).isEqualTo(500);
        assertThat(first.get("inserted_at").asLong()).isEqualTo(510);
        assertThat(first.get("recording_msid").asText()).isEqualTo("f");
        assertThat(first.get("user_name").asText()).isEqualTo("tiny");
        assertThat(first.get("track_metadata").get("track_name").asText()).isEqualTo("Track f");
        assertThat(ListenJson.parse(first.toString())).isEqualTo(TINY.get(5));
    }

    @Test
    void countIsCappedAtAThousand() {
        JsonNode payload = http.json("/1/user/demo/listens?count=5000").get("payload");
        assertThat(payload.get("count").asInt()).isEqualTo(1000);
        assertThat(payload.get("listens")).hasSize(1000);
        assertThat(http.json("/1/user/demo/listens").get("payload").get("count").asInt()).isEqualTo(25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"count=-1", "count=ten", "min_ts=x", "max_ts=-5", "min_ts=300&max_ts=300",
        "min_ts=400&max_ts=300"})
    void badParametersAre400(String query) throws Exception {
        var response = http.get("/1/user/tiny/listens?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = Http.parse(response.body());
        assertThat(body.get("code").asInt()).isEqualTo(400);
        assertThat(body.get("error").asText()).isNotBlank();
    }

    @Test
    void emptyUserHasNoListens() {
        JsonNode payload = http.json("/1/user/empty/listens").get("payload");
        assertThat(payload.get("count").asInt()).isZero();
        assertThat(payload.get("latest_listen_ts").asLong()).isZero();
        assertThat(http.json("/1/user/empty/listen-count").get("payload").get("count").asLong()).isZero();
    }

    @Test
    void unknownUserIs404() {
        var response = http.get("/1/user/nobody/listens");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.parse(response.body()).get("error").asText()).isEqualTo("Cannot find user: nobody");
        assertThat(http.get("/1/user/nobody/listen-count").statusCode()).isEqualTo(404);
        assertThat(http.get("/1/user/nobody/playing-now").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathIs404Json() {
        var response = http.get("/1/no/such/thing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.parse(response.body()).get("code").asInt()).isEqualTo(404);
    }

    /** Pages backward with max_ts, resuming one second later to catch same-second ties, de-duplicating. */
    @Test
    void walkingBackwardReproducesTheServersSet() {
        Set<ListenKey> seen = new HashSet<>();
        long maxTs = END + 1;
        while (true) {
            List<Listen> page = listens(http.json("/1/user/demo/listens?count=1000&max_ts=" + maxTs).get("payload"));
            page.forEach(l -> seen.add(l.key()));
            if (page.size() < 1000) {
                break;
            }
            maxTs = page.get(page.size() - 1).listenedAt() + 1;
        }
        assertThat(seen).isEqualTo(keys(simulator.listens("demo")));
    }

    /** Pages forward with min_ts: the next min_ts is the page's newest listen, one second earlier for ties. */
    @Test
    void walkingForwardReproducesTheServersSet() {
        Set<ListenKey> seen = new HashSet<>();
        long minTs = 0;
        while (true) {
            JsonNode payload = http.json("/1/user/demo/listens?count=1000&min_ts=" + minTs).get("payload");
            List<Listen> page = listens(payload);
            page.forEach(l -> seen.add(l.key()));
            if (page.isEmpty() || page.get(0).listenedAt() == payload.get("latest_listen_ts").asLong()) {
                break;
            }
            minTs = page.get(0).listenedAt() - 1;
        }
        assertThat(seen).isEqualTo(keys(simulator.listens("demo")));
        assertThat(seen).hasSize(12_345);
    }

    @Test
    void listenCountFollowsInsertsAndDeletes() {
        Listen late = new Listen(250, 100_000, "late", null,
                new TrackMetadata("Sigur Rós", "Starálfur", "Ágætis byrjun", AdditionalInfo.EMPTY, null));
        assertThat(http.json("/1/user/tiny/listen-count").get("payload").get("count").asLong()).isEqualTo(6);
        assertThat(simulator.addListen("tiny", late)).isTrue();
        assertThat(simulator.addListen("tiny", late)).isFalse();
        try {
            assertThat(http.json("/1/user/tiny/listen-count").get("payload").get("count").asLong()).isEqualTo(7);
            List<Listen> page = listens(http.json("/1/user/tiny/listens?min_ts=200&max_ts=300").get("payload"));
            assertThat(page).extracting(Listen::recordingMsid).containsExactly("late");
            assertThat(page.get(0).userName()).isEqualTo("tiny");
        } finally {
            assertThat(simulator.deleteListen("tiny", 250, "late")).isTrue();
        }
        assertThat(http.json("/1/user/tiny/listen-count").get("payload").get("count").asLong()).isEqualTo(6);
        assertThat(simulator.listens("tiny")).isEqualTo(TINY);
    }

    static List<Long> times(JsonNode payload) {
        return listens(payload).stream().map(Listen::listenedAt).toList();
    }

    static List<Listen> listens(JsonNode payload) {
        List<Listen> listens = new ArrayList<>();
        payload.get("listens").forEach(node -> listens.add(ListenJson.parse(node.toString())));
        return listens;
    }

    static Set<ListenKey> keys(List<Listen> listens) {
        Set<ListenKey> keys = new HashSet<>();
        listens.forEach(l -> keys.add(l.key()));
        return keys;
    }
}
