package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import starman.time.VirtualClock;

/** ListenBrainz's fixed windows, observed through a simulator running on virtual time. */
class RateLimitTest {

    @Test
    void overTheLimitAnswers429UntilTheWindowResets() throws Exception {
        VirtualClock clock = new VirtualClock(1_764_000_003_500L);
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).rateLimit(3, 10)
                .user("u", List.of()).start()) {
            Http http = new Http(simulator);
            for (int remaining = 2; remaining >= 0; remaining--) {
                HttpResponse<String> ok = http.get("/1/user/u/listen-count");
                assertThat(ok.statusCode()).isEqualTo(200);
                assertThat(header(ok, "X-RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
                assertThat(header(ok, "X-RateLimit-Limit")).isEqualTo("3");
                assertThat(header(ok, "X-RateLimit-Reset")).isEqualTo("1764000010");
                assertThat(header(ok, "X-RateLimit-Reset-In")).isEqualTo("6.5");
            }
            HttpResponse<String> refused = http.get("/1/user/u/listen-count");
            assertThat(refused.statusCode()).isEqualTo(429);
            JsonNode body = Http.parse(refused.body());
            assertThat(body.get("code").asInt()).isEqualTo(429);
            assertThat(body.get("error").asText()).isNotBlank();
            assertThat(header(refused, "X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(http.get("/1/user/u/listen-count").statusCode()).isEqualTo(429);
            assertThat(simulator.stats().rateLimited()).isEqualTo(2);
            assertThat(simulator.stats().answered(429)).isEqualTo(2);

            clock.sleep((long) (Double.parseDouble(header(refused, "X-RateLimit-Reset-In")) * 1000));
            HttpResponse<String> next = http.get("/1/user/u/listen-count");
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(header(next, "X-RateLimit-Remaining")).isEqualTo("2");
            assertThat(header(next, "X-RateLimit-Reset")).isEqualTo("1764000020");
            assertThat(simulator.stats().requests()).isEqualTo(6);
            assertThat(simulator.stats().requests("listen-count")).isEqualTo(6);
        }
    }

    @Test
    void preflightsDoNotCount() throws Exception {
        VirtualClock clock = new VirtualClock(1_764_000_000_000L);
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).rateLimit(1, 10)
                .user("u", List.of()).start()) {
            Http http = new Http(simulator);
            for (int i = 0; i < 5; i++) {
                assertThat(http.options("/1/user/u/listens").statusCode()).isEqualTo(204);
            }
            HttpResponse<String> get = http.get("/1/user/u/listens");
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(header(get, "X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(simulator.stats().preflights()).isEqualTo(5);
            assertThat(simulator.stats().requests()).isEqualTo(1);
            assertThat(simulator.stats().rateLimited()).isZero();
        }
    }

    @Test
    void aClientThatWaitsAsToldIsNeverRefused() throws Exception {
        VirtualClock clock = new VirtualClock(1_764_000_000_000L);
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).rateLimit(5, 10)
                .user("u", List.of()).start()) {
            Http http = new Http(simulator);
            for (int i = 0; i < 40; i++) {
                HttpResponse<String> response = http.get("/1/user/u/listens");
                assertThat(response.statusCode()).isEqualTo(200);
                if (header(response, "X-RateLimit-Remaining").equals("0")) {
                    clock.sleep((long) Math.ceil(Double.parseDouble(header(response, "X-RateLimit-Reset-In")) * 1000));
                }
            }
            assertThat(simulator.stats().rateLimited()).isZero();
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
    }
}
