package starman.http;

import java.io.IOException;

/** Sends one request and waits for the whole response. The browser uses fetch, the JVM java.net.http. */
public interface Transport {
    /** @throws IOException when no HTTP response arrived (offline, refused, dropped, cut off) */
    Response execute(Request request) throws IOException;
}
