package starman.cli;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import starman.http.Request;
import starman.http.Response;
import starman.http.Transport;

/** Counts the requests that leave through a transport: what the server should see, no more. */
public final class CountingTransport implements Transport {
    private final Transport delegate;
    private final AtomicLong requests = new AtomicLong();

    public CountingTransport(Transport delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response execute(Request request) throws IOException {
        requests.incrementAndGet();
        return delegate.execute(request);
    }

    public long requests() {
        return requests.get();
    }
}
