package starman.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.http.Request;
import starman.http.Response;
import starman.http.Transport;

/**
 * The JVM's {@link Transport} over {@code java.net.http}. JVM only: the browser entry point never
 * reaches this package. Refused, dropped, timed-out and cut-off responses all surface as IOException
 * (the JDK client fails a body shorter than its Content-Length).
 */
public final class JdkTransport implements Transport {
    private static final String USER_AGENT = "Starman/0.1 (ListenBrainz listening coach)";

    private final HttpClient client;
    private final Duration timeout;

    public JdkTransport(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
    }

    @Override
    public Response execute(Request request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(builder::header);
        HttpResponse<String> response;
        try {
            response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted: " + request.url());
        } catch (IllegalArgumentException e) {
            throw new IOException("bad request to " + request.url() + ": " + e.getMessage(), e);
        }
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (!header.getValue().isEmpty()) {
                headers.put(header.getKey(), header.getValue().get(0));
            }
        }
        return new Response(response.statusCode(), headers, response.body());
    }
}
