package starman.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
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
 *
 * <p>One {@link #execute} is exactly one request at the server, as the rate budget counts it. Left to
 * itself, {@code java.net.http} sends a GET a second time when the connection closes before the first
 * byte of an answer (it wraps the EOF in a ConnectionExpiredException and retries, on fresh and pooled
 * connections alike): a request the budget counted once would cost two units, and could draw a 429.
 * No switch turns that off alone ({@code jdk.httpclient.disableRetryConnect} only covers refused
 * connects, which never reach the server), so this class caps every exchange at one attempt with
 * {@value #ATTEMPTS_PROPERTY}. The JDK reads it once, when its first request is sent: this class sets it
 * when it loads, so create it before anything else in the JVM uses {@code java.net.http}.
 */
public final class JdkTransport implements Transport {
    static final String ATTEMPTS_PROPERTY = "jdk.httpclient.redirects.retrylimit";
    private static final String USER_AGENT = "Starman/0.1 (ListenBrainz listening coach)";

    static {
        System.setProperty(ATTEMPTS_PROPERTY, "1");
    }

    private final HttpClient client;
    private final Duration timeout;

    public JdkTransport(Duration timeout) {
        // the attempt cap also stops redirects, so none are followed: a 3xx comes back as it is
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
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
        } catch (IOException e) {
            throw new IOException(describe(e, URI.create(request.url())), e);
        }
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (!header.getValue().isEmpty()) {
                headers.put(header.getKey(), header.getValue().get(0));
            }
        }
        return new Response(response.statusCode(), headers, response.body());
    }

    /** The JDK's own messages are often null or "Too many retries": say what happened. */
    private String describe(IOException e, URI uri) {
        if (e instanceof HttpTimeoutException) {
            return "no answer from " + uri.getAuthority() + " within " + timeout.toSeconds() + " s";
        }
        boolean connecting = false;
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            connecting |= t instanceof ConnectException;
            root = t;
        }
        if (root instanceof UnresolvedAddressException) {
            return "unknown host " + uri.getHost();
        }
        if (connecting) {
            return "cannot connect to " + uri.getAuthority();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
