package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import starman.http.Request;
import starman.http.Response;
import starman.http.Transport;
import starman.time.VirtualClock;

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
    void aResetCutsTheBodyAndAMalformedAnswerIsNotJson() throws Exception {
        FaultPlan plan = FaultPlan.schedule(Map.of(1L, Fault.reset(), 2L, Fault.malformed()));
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().faults(plan)
                .user("u", HistoryGenerator.generate(2, "u", 100, END).listens()).start()) {
            String path = "/1/user/u/listens?count=10";
            String reset = Http.raw(simulator.port(), path);
            assertThat(reset).startsWith("HTTP/1.1 200");
            int declared = Integer.parseInt(reset.replaceAll("(?s).*Content-length: (\\d+).*", "$1"));
            String body = reset.substring(reset.indexOf("\r\n\r\n") + 4);
            assertThat(body.length()).as("about half the declared bytes, then the close").isBetween(declared / 3, declared / 2);

            HttpResponse<String> malformed = new Http(simulator).get(path);
            assertThat(malformed.statusCode()).isEqualTo(200);
            assertThat(malformed.body()).startsWith("<html>");
            assertThat(simulator.stats().faults(Fault.Kind.RESET)).isEqualTo(1);
            assertThat(simulator.stats().faults(Fault.Kind.MALFORMED)).isEqualTo(1);
        }
    }

    /** A front proxy's 502 lacks the CORS headers every other answer has: a page of another origin cannot read it. */
    @Test
    void aProxyErrorIsA502WithoutCorsHeaders() throws Exception {
        FaultPlan plan = FaultPlan.schedule(Map.of(1L, Fault.proxyError()));
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().faults(plan)
                .user("u", HistoryGenerator.generate(2, "u", 100, END).listens()).start()) {
            Http http = new Http(simulator);
            String path = "/1/user/u/listens?count=10";

            HttpResponse<String> proxied = http.get(path);
            assertThat(proxied.statusCode()).isEqualTo(502);
            assertThat(proxied.body()).contains("502 Bad Gateway");
            assertThat(proxied.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(proxied.headers().firstValue("Access-Control-Expose-Headers")).isEmpty();
            assertThat(proxied.headers().firstValue("X-RateLimit-Remaining")).isEmpty();
            HttpResponse<String> next = http.get(path);
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(next.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(simulator.stats().faults(Fault.Kind.PROXY_ERROR)).isEqualTo(1);
        }
    }

    /** The transport without sockets answers as the HTTP server does, and acts out drops and resets as errors. */
    @Test
    void inProcessTheSameFaultsHappenWithoutASocket() throws Exception {
        FaultPlan plan = FaultPlan.schedule(Map.of(1L, Fault.drop(), 2L, Fault.reset(), 3L, Fault.slow(7_000),
                4L, Fault.storm(2), 6L, Fault.serverError(503, false)));
        VirtualClock clock = new VirtualClock(END * 1000);
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).faults(plan)
                .user("u", HistoryGenerator.generate(2, "u", 100, END).listens()).startInProcess()) {
            Transport transport = simulator.inProcess();
            Request request = Request.get(ListenBrainzSimulator.IN_PROCESS_ROOT + "/1/user/u/listens?count=10");
            assertThatThrownBy(() -> transport.execute(request)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> transport.execute(request)).isInstanceOf(IOException.class);

            Response slow = transport.execute(request);
            assertThat(clock.nowMillis()).isEqualTo(END * 1000 + 7_000);
            assertThat(Http.parse(slow.body()).get("payload").get("count").asInt()).isEqualTo(10);
            assertThat(slow.header("X-RateLimit-Remaining")).isEqualTo("27");
            assertThat(transport.execute(request).status()).isEqualTo(429);
            assertThat(transport.execute(request).status()).isEqualTo(429);
            Response unavailable = transport.execute(request);
            assertThat(unavailable.status()).isEqualTo(503);
            assertThat(unavailable.header("X-RateLimit-Remaining")).isNull();
            assertThat(transport.execute(Request.get(ListenBrainzSimulator.IN_PROCESS_ROOT + "/1/user/nobody/listens"))
                    .status()).isEqualTo(404);
            assertThat(simulator.stats().faults()).isEqualTo(6);
            assertThatThrownBy(simulator::port).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void mixedSchedulesAreDeterminedByTheirSeedBoundedAndUseEveryKind() {
        List<Fault> a = faults(FaultPlan.mixed(5, 300, 20_000));
        assertThat(a).isEqualTo(faults(FaultPlan.mixed(5, 300, 20_000)));
        assertThat(a).isNotEqualTo(faults(FaultPlan.mixed(6, 300, 20_000)));
        assertThat(a.subList(300, a.size())).containsOnlyNulls();
        Set<Fault.Kind> kinds = LongStream.range(0, 200).boxed()
                .flatMap(seed -> faults(FaultPlan.mixed(seed, 300, 20_000)).stream())
                .filter(Objects::nonNull).map(Fault::kind).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(Fault.Kind.values());
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
