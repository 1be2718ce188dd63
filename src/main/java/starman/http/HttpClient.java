package starman.http;

import java.io.IOException;
import java.util.List;

/** Runs a request through the interceptors in order, then the transport. */
public final class HttpClient {
    private final Transport transport;
    private final List<Interceptor> interceptors;

    public HttpClient(Transport transport, List<Interceptor> interceptors) {
        this.transport = transport;
        this.interceptors = List.copyOf(interceptors);
    }

    public Response execute(Request request) throws IOException {
        return new RealChain(0, request).proceed(request);
    }

    private final class RealChain implements Interceptor.Chain {
        private final int index;
        private final Request request;

        RealChain(int index, Request request) {
            this.index = index;
            this.request = request;
        }

        @Override
        public Request request() {
            return request;
        }

        @Override
        public Response proceed(Request next) throws IOException {
            if (index == interceptors.size()) {
                return transport.execute(next);
            }
            return interceptors.get(index).intercept(new RealChain(index + 1, next));
        }
    }
}
