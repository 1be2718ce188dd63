package starman.listenbrainz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import starman.http.PoliteClient;
import starman.http.Request;
import starman.http.Response;
import starman.http.RetryPolicy;
import starman.http.Transport;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.sync.FakeListenBrainz;
import starman.sync.FakeListenBrainz.Fault;
import starman.time.VirtualClock;

class ListenBrainzClientTest {
    private static final RetryPolicy RETRY = new RetryPolicy(4, 500, 8_000);

    private final VirtualClock clock = new VirtualClock(1_732_000_000_000L);
    private final FakeListenBrainz server = new FakeListenBrainz(clock, "rob");
    private final ListenBrainzClient api = client(server);
    private final List<Request> seen = new ArrayList<>();

    private ListenBrainzClient client(Transport transport) {
        Transport recording = request -> {
            seen.add(request);
            return transport.execute(request);
        };
        return new ListenBrainzClient(PoliteClient.create(recording, clock, new PoliteClient.Options(RETRY, 1_000, 5)).http(),
                FakeListenBrainz.ROOT);
    }

    private static TrackMetadata track(String artist, String title, String release, long durationMs) {
        return new TrackMetadata(artist, title, release,
                new AdditionalInfo(durationMs, null, null, null, null, List.of(), null, null, Map.of()), null);
    }

    @Test
    void playingNowDecodesTheTrackOrNothing() throws IOException {
        assertThat(api.playingNow("rob")).isNull();

        server.playing(track("Björk", "Jóga", "Homogenic", 305_000));
        PlayingNow playing = api.playingNow("rob");

        assertThat(playing.track().artistName()).isEqualTo("Björk");
        assertThat(playing.track().trackName()).isEqualTo("Jóga");
        assertThat(playing.track().additionalInfo().effectiveDurationMs()).isEqualTo(305_000);
    }

    @Test
    void fingerprintSeesArtistTrackReleaseAndDuration() {
        PlayingNow a = new PlayingNow(track("A", "T", "R", 1_000));

        assertThat(a.fingerprint()).isEqualTo(new PlayingNow(track("A", "T", "R", 1_000)).fingerprint());
        assertThat(List.of(track("B", "T", "R", 1_000), track("A", "U", "R", 1_000), track("A", "T", null, 1_000),
                track("A", "T", "R", 2_000)))
                .allSatisfy(t -> assertThat(new PlayingNow(t).fingerprint()).isNotEqualTo(a.fingerprint()));
    }

    @Test
    void validateTokenSendsItAndReadsTheUser() throws IOException {
        assertThat(api.validateToken(FakeListenBrainz.GOOD_TOKEN)).isEqualTo(new TokenStatus(true, "rob"));
        assertThat(seen.get(0).headers()).containsEntry("Authorization", "Token " + FakeListenBrainz.GOOD_TOKEN);
        assertThat(api.validateToken("wrong")).isEqualTo(new TokenStatus(false, null));
    }

    @Test
    void aTokenGoesWithEveryRequestOfTheTokenClient() throws IOException {
        api.withToken("t0k").listenCount("rob");
        api.listenCount("rob");

        assertThat(seen.get(0).headers()).containsEntry("Authorization", "Token t0k");
        assertThat(seen.get(1).headers()).doesNotContainKey("Authorization");
    }

    @Test
    void unknownUserIsNamedAndNotRetried() {
        assertThatThrownBy(() -> api.listenCount("nobody"))
                .isInstanceOfSatisfying(ListenBrainzException.class,
                        e -> assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.UNKNOWN_USER));
        assertThat(seen).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"400, BAD_REQUEST, 1", "401, BAD_TOKEN, 1", "404, UNKNOWN_USER, 1", "503, SERVER_ERROR, 4",
            "429, RATE_LIMITED, 4"})
    void errorStatusesBecomeTypedErrors(int status, ListenBrainzException.Kind kind, int requests) {
        ListenBrainzClient failing = client(request -> new Response(status, Map.of(), "{\"code\": " + status
                + ", \"error\": \"no\"}"));

        assertThatThrownBy(() -> failing.listenCount("rob"))
                .isInstanceOfSatisfying(ListenBrainzException.class, e -> assertThat(e.kind()).isEqualTo(kind));
        assertThat(seen).hasSize(requests);
    }

    @Test
    void tooManyRequestsWaitsTheAnnouncedResetAndRetriesTransparently() throws IOException {
        List<Response> answers = new ArrayList<>(List.of(
                new Response(429, Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset-In", "3"), "{\"code\": 429}"),
                new Response(200, Map.of("X-RateLimit-Remaining", "29", "X-RateLimit-Reset-In", "10"),
                        "{\"payload\": {\"count\": 7}}")));
        ListenBrainzClient limited = client(request -> answers.remove(0));
        long start = clock.nowMillis();

        assertThat(limited.listenCount("rob")).isEqualTo(7);
        assertThat(clock.nowMillis() - start).isEqualTo(3_000 + 100);
        assertThat(seen).hasSize(2);
    }

    @Test
    void noAnswerAfterTheRetriesIsANetworkError() {
        server.faults(n -> Fault.DROP);

        assertThatThrownBy(() -> api.listenCount("rob"))
                .isInstanceOfSatisfying(ListenBrainzException.class,
                        e -> assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.NETWORK));
        assertThat(seen).hasSize(RETRY.maxAttempts());
    }

    @Test
    void aCutOffBodyIsFetchedAgain() throws IOException {
        server.add(new Listen(1_700_000_000L, 0, "m1", "rob", track("A", "T", "R", 1_000)));
        server.faults(n -> n < 2 ? Fault.TRUNCATE : Fault.NONE);

        assertThat(api.listens("rob", 0, 0, 10).listens()).hasSize(1);
        assertThat(seen).hasSize(3);
    }

    @Test
    void aBodyThatNeverDecodesIsMalformed() {
        server.faults(n -> Fault.TRUNCATE);

        assertThatThrownBy(() -> api.listens("rob", 0, 0, 10))
                .isInstanceOfSatisfying(ListenBrainzException.class,
                        e -> assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.MALFORMED));
        assertThat(seen).hasSize(ListenBrainzClient.DECODE_ATTEMPTS);
    }
}
