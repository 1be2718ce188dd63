package starman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import starman.http.PoliteClient;
import starman.http.Request;
import starman.http.Response;
import starman.listenbrainz.ListenBrainzClient;
import starman.simulator.Fault;
import starman.simulator.FaultPlan;
import starman.simulator.ListenBrainzSimulator;
import starman.time.VirtualClock;

class JdkTransportTest {
    private final JdkTransport transport = new JdkTransport(Duration.ofSeconds(5));
    private HttpServer server;
    private String root;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            byte[] body = ("{\"auth\": \"" + exchange.getRequestHeaders().getFirst("Authorization") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-RateLimit-Remaining", "29");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/cut", exchange -> {
            exchange.sendResponseHeaders(200, 1_000);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"payload\": {".getBytes(StandardCharsets.UTF_8));
            out.flush();
            exchange.getHttpContext().getServer().stop(0);
        });
        server.start();
        root = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsHeadersAndReadsStatusHeadersAndBody() throws IOException {
        Response response = transport.execute(Request.get(root + "/ok").withHeader("Authorization", "Token t"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-ratelimit-remaining")).isEqualTo("29");
        assertThat(response.body()).isEqualTo("{\"auth\": \"Token t\"}");
    }

    @Test
    void aCutOffBodyIsAnIOException() {
        assertThatThrownBy(() -> transport.execute(Request.get(root + "/cut"))).isInstanceOf(IOException.class);
    }

    @Test
    void aRefusedConnectionIsAnIOException() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        assertThatThrownBy(() -> transport.execute(Request.get("http://127.0.0.1:" + port + "/")))
                .isInstanceOf(IOException.class).hasMessage("cannot connect to 127.0.0.1:" + port);
    }

    /** java.net.http alone would send each dropped GET twice (see JdkTransport): the budget would undercount. */
    @Test
    void everyRequestTheChainSendsIsExactlyOneAtTheServerEvenWhenTheConnectionDrops() throws IOException {
        VirtualClock clock = new VirtualClock(1_764_000_000_000L);
        FaultPlan drops = FaultPlan.schedule(Map.of(2L, Fault.drop(), 3L, Fault.drop(), 5L, Fault.drop()));
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).faults(drops)
                .user("u", List.of()).start()) {
            CountingTransport counting = new CountingTransport(transport);
            PoliteClient polite = PoliteClient.create(counting, clock, PoliteClient.Options.defaults(1));
            ListenBrainzClient api = new ListenBrainzClient(polite.http(), simulator.baseUrl());

            for (int i = 0; i < 4; i++) {
                assertThat(api.listenCount("u")).isZero();
            }

            assertThat(simulator.stats().faults()).isEqualTo(3);
            assertThat(simulator.stats().requests()).isEqualTo(counting.requests()).isEqualTo(7);
        }
    }

    @Test
    void aDroppedConnectionIsAnIOExceptionNamingItsCause() throws IOException {
        FaultPlan drops = FaultPlan.schedule(Map.of(1L, Fault.drop()));
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().faults(drops).user("u", List.of())
                .start()) {
            assertThatThrownBy(() -> transport.execute(Request.get(simulator.baseUrl() + "/1/user/u/listen-count")))
                    .isInstanceOf(IOException.class).hasMessage("EOF reached while reading");
            assertThat(simulator.stats().requests()).isEqualTo(1);
        }
    }
}
