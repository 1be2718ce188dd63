package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Each fault kind, as a client sees it, and that faults leave the data alone. */
class FaultTest {
    static final long END = 1_764_000_000L;

    @Test
    void scheduledFaultsHappenOnTheirRequests() throws Exception {
        FaultPlan plan = FaultPlan.schedule(Map.of(
                1L, Fault.drop(),
                2L, Fault.serverError(500, true),
                3L, Fault.serverError(503, false),
                4L, Fault.serverError(502, false),
                5L, Fault.slow(30),
                6L, Fault.truncated(),
                7L, Fault.storm(3)));
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().faults(plan).rateLimit(1000, 10)
                .user("u", HistoryGenerator.generate(2, "u", 100, END).listens()).start()) {
            String path = "/1/user/u/listens?count=10";
            // java.net.http would silently retry a dropped GET once, so the drop is observed on a bare socket
            assertThat(Http.raw(simulator.port(), path)).isEmpty();
            Http http = new Http(simulator);

            HttpResponse<String> internal = http.get(path);
            assertThat(internal.statusCode()).isEqualTo(500);
            assertThat(Http.parse(internal.body()).get("code").asInt()).isEqualTo(500);
            assertThat(internal.headers().firstValue("X-RateLimit-Remaining")).isPresent();

            HttpResponse<String> unavailable = http.get(path);
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.headers().firstValue("Content-Type")).hasValue("text/html");
            assertThat(unavailable.headers().firstValue("X-RateLimit-Remaining")).isEmpty();
            assertThat(unavailable.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(http.get(path).statusCode()).isEqualTo(502);

            HttpResponse<String> slow = http.get(path);
            assertThat(slow.statusCode()).isEqualTo(200);
            assertThat(Http.parse(slow.body()).get("payload").get("count").asInt()).isEqualTo(10);

            HttpResponse<String> truncated = http.get(path);
            assertThat(truncated.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> Http.JSON.readTree(truncated.body())).isInstanceOf(JsonProcessingException.class);

            for (int i = 0; i < 3; i++) {
                HttpResponse<String> storm = http.get(path);
                assertThat(storm.statusCode()).isEqualTo(429);
                assertThat(Http.parse(storm.body()).get("code").asInt()).isEqualTo(429);
                assertThat(storm.headers().firstValue("X-RateLimit-Reset-In")).isPresent();
            }
            HttpResponse<String> calm = http.get(path);
            assertThat(calm.statusCode()).isEqualTo(200);
            assertThat(calm.body()).isEqualTo(slow.body());

            assertThat(simulator.stats().faults()).isEqualTo(9);
            assertThat(simulator.stats().rateLimited()).isZero();
            assertThat(simulator.stats().answered(429)).isEqualTo(3);
            assertThat(simulator.stats().answered(200)).isEqualTo(3);
            assertThat(simulator.stats().requests()).isEqualTo(10);
            assertThat(simulator.listens("u")).hasSize(100);
        }
    }

    @Test
    void randomPlansAreDeterminedByTheirSeed() {
        List<Fault> kinds = List.of(Fault.drop(), Fault.serverError(503, false), Fault.truncated());
        List<Fault> a = faults(FaultPlan.random(9, 0.3, kinds));
        assertThat(a).isEqualTo(faults(FaultPlan.random(9, 0.3, kinds)));
        assertThat(a).isNotEqualTo(faults(FaultPlan.random(10, 0.3, kinds)));
        long injected = a.stream().filter(f -> f != null).count();
        assertThat(injected).isBetween(200L, 400L);
        assertThat(a).contains(kinds.toArray(new Fault[0]));
    }

    @Test
    void faultsCanBeSwitchedOnAndOff() throws Exception {
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().user("u", List.of()).start()) {
            Http http = new Http(simulator);
            assertThat(http.get("/1/user/u/listen-count").statusCode()).isEqualTo(200);
            simulator.setFaults(FaultPlan.random(1, 1.0, List.of(Fault.serverError(502, true))));
            assertThat(http.get("/1/user/u/listen-count").statusCode()).isEqualTo(502);
            simulator.setFaults(FaultPlan.NONE);
            assertThat(http.get("/1/user/u/listen-count").statusCode()).isEqualTo(200);
        }
    }

    private static List<Fault> faults(FaultPlan plan) {
        return LongStream.rangeClosed(1, 1000).mapToObj(plan::faultFor).toList();
    }
}
