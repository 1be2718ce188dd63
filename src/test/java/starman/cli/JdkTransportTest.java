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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import starman.http.Request;
import starman.http.Response;

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

        assertThatThrownBy(() -> transport.execute(Request.get("http://127.0.0.1:" + port + "/"))).isInstanceOf(IOException.class);
    }
}
