package starman.musicbrainz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.http.PoliteClient;
import starman.http.Request;
import starman.http.Response;
import starman.http.Transport;
import starman.simulator.Catalogue;
import starman.time.VirtualClock;

/** MusicBrainz's recording browse: its JSON by hand, its policy (one a second, 503 retried, no token), its root. */
class MusicBrainzClientTest {
    private static final String BOWIE = Catalogue.BOWIE_MBID;
    /** A page of {@code /ws/2/recording?artist=…&inc=work-rels&fmt=json} as musicbrainz.org sends it, trimmed. */
    private static final String PAGE = """
            {"recording-count": 3, "recording-offset": 1, "recordings": [
              {"id": "11111111-1111-4111-8111-111111111111", "title": "“Heroes”", "length": 371000, "video": false,
               "disambiguation": "", "first-release-date": "1977-09-23",
               "relations": [
                 {"type": "performance", "type-id": "a3005666-a872-32c3-ad06-98af558e99b0", "target-type": "work",
                  "direction": "forward", "attributes": ["live"],
                  "attribute-ids": {"live": "70007db6-a8bc-46d7-a770-80e6a0bb551a"}, "attribute-values": {},
                  "begin": null, "end": null, "ended": false, "source-credit": "", "target-credit": "",
                  "work": {"id": "22222222-2222-4222-8222-222222222222", "title": "“Heroes”", "type": "Song",
                           "language": "eng", "iswcs": ["T-010.498.245-8"], "attributes": [], "disambiguation": ""}},
                 {"type": "medley", "target-type": "work", "attributes": [],
                  "work": {"id": "33333333-3333-4333-8333-333333333333", "title": "Medley"}}]},
              {"id": "44444444-4444-4444-8444-444444444444", "title": "Untitled jam", "relations": []}]}
            """;

    private final VirtualClock clock = new VirtualClock(1_732_000_000_000L);
    private final List<Request> seen = new ArrayList<>();
    private final List<Long> sentAt = new ArrayList<>();

    /** A MusicBrainz client on a ListenBrainz polite client that sends a token, over {@code transport}. */
    private MusicBrainzClient client(Transport transport) {
        PoliteClient listenBrainz = PoliteClient.create(request -> {
            seen.add(request);
            sentAt.add(clock.nowMillis());
            return transport.execute(request);
        }, clock, PoliteClient.Options.defaults(5));
        return new MusicBrainzClient(MusicBrainzClient.polite(listenBrainz, 7).http(), MusicBrainzClient.DEFAULT_ROOT);
    }

    /** Answers {@code body}, with rate-limit headers that would let a ListenBrainz client go at once. */
    private static Transport answering(String body) {
        return request -> new Response(200, Map.of("X-RateLimit-Limit", "100", "X-RateLimit-Remaining", "99",
                "X-RateLimit-Reset-In", "10"), body);
    }

    @Test
    void readsThePerformancesOfWorksWithTheirAttributesAndNothingElse() throws IOException {
        RecordingsPage page = client(answering(PAGE)).artistRecordings(BOWIE, 1);

        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.url()).isEqualTo("https://musicbrainz.org/ws/2/recording?artist=" + BOWIE
                    + "&inc=work-rels&limit=100&offset=1&fmt=json");
            assertThat(r.headers()).isEmpty();
        });
        assertThat(page.count()).isEqualTo(3);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.recordings()).containsExactly(
                new BrowsedRecording("11111111-1111-4111-8111-111111111111", "“Heroes”", List.of(new Performance(
                        "22222222-2222-4222-8222-222222222222", "“Heroes”", List.of("live")))),
                new BrowsedRecording("44444444-4444-4444-8444-444444444444", "Untitled jam", List.of()));
        assertThat(page.nextOffset()).isEqualTo(3);
        assertThat(page.isLast()).isTrue();
        assertThat(new RecordingsPage(250, 100, page.recordings()).isLast()).isFalse();
    }

    @Test
    void sendsOneRequestASecondWhateverTheHeadersSay() throws IOException {
        MusicBrainzClient musicBrainz = client(answering(PAGE));
        for (int i = 0; i < 4; i++) {
            musicBrainz.artistRecordings(BOWIE, i * 100);
        }

        long first = sentAt.get(0);
        assertThat(sentAt).containsExactly(first, first + 1_000, first + 2_000, first + 3_000);
    }

    @Test
    void aServiceUnavailableIsSlowingDownAndTriedAgainLater() throws IOException {
        int[] calls = {0};
        MusicBrainzClient musicBrainz = client(request -> ++calls[0] <= 2
                ? new Response(503, Map.of("Retry-After", "1"), "<html>503 Service Temporarily Unavailable</html>")
                : new Response(200, Map.of(), PAGE));

        assertThat(musicBrainz.artistRecordings(BOWIE, 0).recordings()).hasSize(2);
        assertThat(sentAt).hasSize(3);
        // each retry backs off at least half of 2 s, twice that the second time, on top of the pace
        assertThat(sentAt.get(1) - sentAt.get(0)).isGreaterThanOrEqualTo(1_000);
        assertThat(sentAt.get(2) - sentAt.get(1)).isGreaterThanOrEqualTo(2_000);
    }

    @Test
    void anAnswerThatIsNotMusicBrainzsJsonOrAFailureIsAMusicBrainzException() {
        assertThatThrownBy(() -> client(answering(PAGE.substring(0, 200))).artistRecordings(BOWIE, 0))
                .isInstanceOf(MusicBrainzException.class).hasMessageContaining("cannot read");
        assertThatThrownBy(() -> client(request -> new Response(404, Map.of(), "{\"error\": \"Not Found\"}"))
                .artistRecordings(BOWIE, 0)).isInstanceOf(MusicBrainzException.class).hasMessageContaining("404");
        assertThatThrownBy(() -> client(answering(PAGE)).artistRecordings("David Bowie", 0))
                .isInstanceOf(MusicBrainzException.class);
        assertThat(seen).hasSize(2);
    }

    @Test
    void theSiblingSharesListenBrainzsPauseButton() {
        PoliteClient listenBrainz = PoliteClient.create(answering(PAGE), clock, PoliteClient.Options.defaults(5));
        PoliteClient musicBrainz = MusicBrainzClient.polite(listenBrainz, 7);

        listenBrainz.pause().pause();

        assertThat(musicBrainz.pause().isPaused()).isTrue();
        assertThat(musicBrainz.budget()).isNotSameAs(listenBrainz.budget());
    }

    @Test
    void musicBrainzBesideListenBrainzElseTheApiRootsOrigin() {
        assertThat(MusicBrainzClient.rootFor("https://api.listenbrainz.org")).isEqualTo("https://musicbrainz.org");
        assertThat(MusicBrainzClient.rootFor("https://api.listenbrainz.org/")).isEqualTo("https://musicbrainz.org");
        assertThat(MusicBrainzClient.rootFor("")).isEqualTo("https://musicbrainz.org");
        assertThat(MusicBrainzClient.rootFor("http://127.0.0.1:41234")).isEqualTo("http://127.0.0.1:41234");
        assertThat(MusicBrainzClient.rootFor("http://localhost:8080/starman/")).isEqualTo("http://localhost:8080");
    }
}
