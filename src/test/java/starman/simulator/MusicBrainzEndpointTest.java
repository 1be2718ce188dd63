package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator's MusicBrainz {@code /ws/2/recording}: browse pages, works by song, live takes, lookups, refusals. */
class MusicBrainzEndpointTest {
    private static final String BOWIE = Catalogue.BOWIE_MBID;
    private static ListenBrainzSimulator simulator;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(500, 5).start();
        http = new Http(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** Every recording of the artist, page after page, as the browse gives them. */
    private static List<JsonNode> browseAll(String artist) {
        List<JsonNode> all = new ArrayList<>();
        int count;
        do {
            JsonNode page = http.json("/ws/2/recording?artist=" + artist + "&inc=work-rels&limit=100&offset="
                    + all.size() + "&fmt=json");
            count = page.get("recording-count").asInt();
            assertThat(page.get("recording-offset").asInt()).isEqualTo(all.size());
            assertThat(page.get("recordings").size()).isLessThanOrEqualTo(100).isPositive();
            page.get("recordings").forEach(all::add);
        } while (all.size() < count);
        return all;
    }

    @Test
    void theBrowseGivesEachOfTheArtistsRecordingsOnceWithTheWorkItPerforms() {
        List<JsonNode> recordings = browseAll(BOWIE);

        Set<String> expected = new LinkedHashSet<>();
        Catalogue.standard().discography(BOWIE).forEach(e -> e.album().tracks().forEach(t -> expected.add(t.mbid())));
        assertThat(recordings).extracting(r -> r.get("id").asText()).containsExactlyElementsOf(expected);
        for (JsonNode recording : recordings) {
            JsonNode relation = recording.get("relations").get(0);
            assertThat(relation.get("type").asText()).isEqualTo("performance");
            assertThat(relation.get("target-type").asText()).isEqualTo("work");
            assertThat(relation.get("work").get("id").asText()).hasSize(36);
        }
    }

    @Test
    void aSongsStudioTakeAndItsLiveTakeAreOneWorkAndTheLiveOneSaysSo() {
        List<JsonNode> heroes = browseAll(BOWIE).stream().filter(r -> r.get("title").asText().equals("\"Heroes\""))
                .toList();

        assertThat(heroes).hasSize(2);
        assertThat(heroes).extracting(r -> r.get("relations").get(0).get("work").get("id").asText()).containsOnly(
                heroes.get(0).get("relations").get(0).get("work").get("id").asText());
        assertThat(heroes).extracting(r -> r.get("relations").get(0).get("attributes").toString())
                .containsExactlyInAnyOrder("[]", "[\"live\"]");
        List<JsonNode> noGame = browseAll(BOWIE).stream()
                .filter(r -> r.get("title").asText().startsWith("It's No Game")).toList();
        assertThat(noGame).hasSize(2).allSatisfy(r -> assertThat(r.get("relations").get(0).get("work")
                .get("title").asText()).isEqualTo("It's No Game"));
        assertThat(noGame.get(0).get("relations").get(0).get("work").get("id"))
                .isEqualTo(noGame.get(1).get("relations").get(0).get("work").get("id"));
    }

    @Test
    void withoutWorkRelsNoRelationsAndALookupGivesOneRecording() {
        JsonNode page = http.json("/ws/2/recording?artist=" + BOWIE + "&fmt=json");
        assertThat(page.get("recordings").size()).isEqualTo(MusicBrainzRoutes.DEFAULT_LIMIT);
        assertThat(page.get("recordings").get(0).has("relations")).isFalse();

        String mbid = page.get("recordings").get(3).get("id").asText();
        JsonNode one = http.json("/ws/2/recording/" + mbid + "?inc=work-rels&fmt=json");
        assertThat(one.get("id").asText()).isEqualTo(mbid);
        assertThat(one.get("relations").get(0).get("work").get("title").asText())
                .isEqualTo(one.get("title").asText());
    }

    @Test
    void answersWithCorsHeadersOutsideListenBrainzsRateLimitAndRefusesWhatMusicBrainzRefuses() {
        HttpResponse<String> ok = http.get("/ws/2/recording?artist=" + BOWIE + "&inc=work-rels&fmt=json");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).isEmpty();
        assertThat(simulator.stats().requests("unknown")).isZero();

        assertThat(http.get("/ws/2/recording?artist=" + BOWIE + "&inc=work-rel&fmt=json").statusCode()).isEqualTo(400);
        assertThat(http.get("/ws/2/recording?fmt=json").statusCode()).isEqualTo(400);
        assertThat(http.get("/ws/2/recording?artist=00000000-0000-4000-8000-000000000000&fmt=json").statusCode())
                .isEqualTo(404);
        HttpResponse<String> unknown = http.get("/ws/2/recording/00000000-0000-4000-8000-000000000000?fmt=json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.parse(unknown.body()).get("error").asText()).isEqualTo("Not Found");
    }
}
