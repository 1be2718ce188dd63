package starman.http;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** A chain (and transport) that answers from a script: each step a Response or an IOException to throw. */
final class ScriptedChain implements Interceptor.Chain, Transport {
    private final Deque<Object> script = new ArrayDeque<>();
    private Object last;
    final List<Request> sent = new ArrayList<>();

    ScriptedChain then(Object... steps) {
        for (Object step : steps) {
            script.add(step);
        }
        return this;
    }

    static Response ok(String remaining, String resetIn) {
        return withRate(200, remaining, resetIn);
    }

    static Response withRate(int status, String remaining, String resetIn) {
        return new Response(status, Map.of("X-RateLimit-Limit", "30", "X-RateLimit-Remaining", remaining,
                "X-RateLimit-Reset-In", resetIn), "{}");
    }

    static Response bare(int status) {
        return new Response(status, Map.of(), "{}");
    }

    @Override
    public Request request() {
        return Request.get("http://fake.test/1/x");
    }

    @Override
    public Response proceed(Request request) throws IOException {
        return execute(request);
    }

    /** Answers the next step; once the script is used up, repeats its last step. */
    @Override
    public Response execute(Request request) throws IOException {
        sent.add(request);
        Object step = script.isEmpty() ? last : script.poll();
        last = step;
        if (step instanceof IOException e) {
            throw e;
        }
        return (Response) step;
    }
}
