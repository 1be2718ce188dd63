package starman.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import starman.http.Response;
import starman.http.Transport;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.simulator.ApiRoutes.Answer;
import starman.time.Clock;

/**
 * A local ListenBrainz for tests and demos: the read API Starman uses (listens, playing-now, listen-count,
 * validate-token, recording and release-group metadata), ListenBrainz's fixed-window rate limiting and
 * CORS, switchable faults, and optionally the Starman site itself. Binds 127.0.0.1 only.
 *
 * <p>Playing-now is off until a test sets it with {@link #setPlayingNow}.
 */
public final class ListenBrainzSimulator implements AutoCloseable {
    public static final String DEMO_USER = "demo";
    public static final String DEMO_TOKEN = "starman-demo-token";
    public static final int DEFAULT_LISTENS = 50_000;
    public static final int DEFAULT_LIMIT = 30;
    public static final int DEFAULT_WINDOW_SECONDS = 10;
    /** The API root of {@link #inProcess()}. */
    public static final String IN_PROCESS_ROOT = "http://listenbrainz.simulator";

    private static final String RATE_LIMIT_HEADERS =
            "X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, X-RateLimit-Reset-In";

    static {
        // Without TCP_NODELAY, headers and body go out in two segments and each small answer waits ~40 ms
        // for a delayed ACK. Read once, when the JDK's server configuration loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, SimulatedUser> users;
    private final ApiRoutes routes;
    private final MusicBrainzRoutes musicBrainz = new MusicBrainzRoutes(Catalogue.standard());
    private final RateLimiter limiter;
    private final StaticSite site;
    private final String siteBase;
    private final Clock clock;
    private final SimulatorStats stats = new SimulatorStats();
    private volatile FaultPlan faults;
    /** 429s still to answer for the current injected storm. */
    private final AtomicInteger storm = new AtomicInteger();

    private ListenBrainzSimulator(Builder b, boolean listen) throws IOException {
        clock = b.clock;
        users = new LinkedHashMap<>();
        for (Function<Clock, SimulatedUser> user : b.users) {
            SimulatedUser u = user.apply(clock);
            users.put(u.name, u);
        }
        routes = new ApiRoutes(users, Catalogue.standard(), clock, b.cacheResponses ? new ResponseCache(clock) : null);
        limiter = new RateLimiter(b.limit, b.windowSeconds, clock);
        site = b.site == null ? null : new StaticSite(b.site);
        siteBase = b.siteBase;
        faults = b.faults;
        if (!listen) {
            server = null;
            executor = null;
            return;
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 0);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "listenbrainz-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The demo server: user {@value #DEMO_USER} with a generated history, default limits, an optional site. */
    public static ListenBrainzSimulator start(int port, int listens, long seed, Path siteOrNull) throws IOException {
        return builder().port(port).demoUser(listens, seed).site(siteOrNull).start();
    }

    public int port() {
        if (server == null) {
            throw new IllegalStateException("an in-process simulator has no port; use inProcess()");
        }
        return server.getAddress().getPort();
    }

    /** E.g. {@code http://127.0.0.1:41234}: the API root and, with a site, the app's address. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** A manual mapping the simulator took: the user whose token sent it, and what. */
    public record ManualMapping(String user, String recordingMsid, String recordingMbid) {
    }

    /** The manual mappings submitted so far, the latest per user and msid, in the order taken. */
    public List<ManualMapping> manualMappings() {
        return routes.manualMappings();
    }

    public SimulatorStats stats() {
        return stats;
    }

    public void setFaults(FaultPlan plan) {
        faults = plan == null ? FaultPlan.NONE : plan;
    }

    /** The server's current set of listens for a user, oldest first. */
    public List<Listen> listens(String user) {
        return user(user).listens.snapshot();
    }

    /** Inserts a listen (e.g. a late one, at any listened_at); false if its (listened_at, msid) exists. */
    public boolean addListen(String user, Listen listen) {
        return user(user).listens.add(new Listen(listen.listenedAt(), listen.insertedAt(), listen.recordingMsid(),
                user, listen.track()));
    }

    public boolean deleteListen(String user, long listenedAt, String msid) {
        return user(user).listens.delete(listenedAt, msid);
    }

    /** Starts playing-now from the simulator clock's now; it expires as on ListenBrainz. Null clears it. */
    public void setPlayingNow(String user, TrackMetadata track) {
        user(user).playingNow(track, clock.nowMillis());
    }

    public void clearPlayingNow(String user) {
        setPlayingNow(user, null);
    }

    /**
     * The API as a {@link Transport} without sockets, for virtual-time tests: the same routes, rate limit and
     * faults for URLs under {@link #IN_PROCESS_ROOT}; a drop or a reset throws an IOException, a slow answer
     * sleeps on the simulator's clock.
     */
    public Transport inProcess() {
        return request -> {
            if (!request.url().startsWith(IN_PROCESS_ROOT + "/")) {
                throw new IOException("not an in-process simulator address: " + request.url());
            }
            String target = request.url().substring(IN_PROCESS_ROOT.length());
            int q = target.indexOf('?');
            if (target.startsWith(MusicBrainzRoutes.PREFIX)) {
                Answer answer = musicBrainz(request.method(), q < 0 ? target : target.substring(0, q),
                        q < 0 ? null : target.substring(q + 1));
                return new Response(answer.status(), Map.of("Content-Type", answer.contentType()), answer.body());
            }
            String authorization = request.headers().entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase("Authorization")).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            Outcome outcome = api(request.method(), q < 0 ? target : target.substring(0, q),
                    q < 0 ? null : target.substring(q + 1), authorization,
                    request.body() == null ? "" : request.body(), "in-process");
            if (outcome.fault() == Fault.Kind.DROP) {
                throw new IOException("the connection closed without a response");
            }
            try {
                clock.sleep(outcome.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted during a slow answer");
            }
            if (outcome.fault() == Fault.Kind.RESET) {
                throw new IOException("the connection was reset half-way through the body");
            }
            Map<String, String> headers = rateLimitHeaders(outcome.quota());
            headers.put("Content-Type", outcome.answer().contentType());
            return new Response(outcome.answer().status(), headers, outcome.answer().body());
        };
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private SimulatedUser user(String name) {
        SimulatedUser user = users.get(name);
        if (user == null) {
            throw new IllegalArgumentException("no such simulated user: " + name);
        }
        return user;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Access-Control-Allow-Origin", "*");
            headers.set("Access-Control-Expose-Headers", RATE_LIMIT_HEADERS);
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getPath();
            if (method.equals("OPTIONS")) {
                stats.countPreflight();
                headers.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                headers.set("Access-Control-Allow-Headers", "Authorization, Content-Type");
                headers.set("Access-Control-Max-Age", "86400");
                exchange.sendResponseHeaders(204, -1);
            } else if (path.startsWith(MusicBrainzRoutes.PREFIX)) {
                send(exchange, musicBrainz(method, exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery()), null, false);
            } else if (site != null && !path.startsWith("/1/")) {
                serveFile(exchange, path, method);
            } else {
                serveApi(exchange, method);
            }
        }
    }

    private void serveApi(HttpExchange exchange, String method) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Outcome outcome = api(method, exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"), body,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        if (outcome.fault() == Fault.Kind.DROP) {
            return; // closing the exchange before any header closes the connection
        }
        if (outcome.delayMillis() > 0) {
            sleep(outcome.delayMillis());
        }
        if (outcome.fault() == Fault.Kind.PROXY_ERROR) {
            exchange.getResponseHeaders().remove("Access-Control-Allow-Origin");
            exchange.getResponseHeaders().remove("Access-Control-Expose-Headers");
        }
        if (outcome.fault() == Fault.Kind.RESET) {
            byte[] bytes = send(exchange, outcome.answer(), outcome.quota(), true);
            throw new IOException("reset after " + bytes.length / 2 + " of " + bytes.length + " bytes");
        }
        send(exchange, outcome.answer(), outcome.quota(), false);
    }

    /**
     * What the API does with one request, before it goes over a socket or back in process: an answer with the
     * quota its headers show (null: none), or a {@link Fault.Kind#DROP} / {@link Fault.Kind#RESET} to act out,
     * after {@code delayMillis}; a {@link Fault.Kind#PROXY_ERROR}'s answer goes out without CORS headers.
     */
    private record Outcome(Answer answer, RateLimiter.Quota quota, Fault.Kind fault, long delayMillis) {
    }

    private Outcome api(String method, String rawPath, String rawQuery, String authorization, String body,
                        String client) {
        long request = stats.countRequest(ApiRoutes.endpoint(rawPath));
        if (authorization != null && authorization.startsWith("Token ")) {
            stats.countWithToken();
        }
        RateLimiter.Quota quota = limiter.take(client);
        if (storm.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            stats.countFault(Fault.Kind.STORM);
            return reply(tooManyRequests(), quota);
        }
        if (!quota.allowed()) {
            stats.countRateLimited();
            return reply(tooManyRequests(), quota);
        }
        Fault fault = faults.faultFor(request);
        if (fault == null) {
            return reply(routes.answer(method, rawPath, query(rawQuery), authorization, body), quota);
        }
        stats.countFault(fault.kind());
        return switch (fault.kind()) {
            case DROP -> new Outcome(null, null, Fault.Kind.DROP, 0);
            case SERVER_ERROR -> reply(serverError(fault.status()), fault.rateLimitHeaders() ? quota : null);
            case PROXY_ERROR -> new Outcome(reply(serverError(fault.status()), null).answer(), null,
                    Fault.Kind.PROXY_ERROR, 0);
            case STORM -> {
                storm.set(fault.storm() - 1);
                yield reply(tooManyRequests(), quota);
            }
            case MALFORMED -> reply(CAPTIVE_PORTAL, null);
            case TRUNCATED -> {
                Answer answer = routes.answer(method, rawPath, query(rawQuery), authorization, body);
                String text = answer.body();
                yield reply(new Answer(200, answer.contentType(), text.substring(0, text.length() / 2)), quota);
            }
            case RESET, SLOW -> {
                Outcome normal = reply(routes.answer(method, rawPath, query(rawQuery), authorization, body), quota);
                yield new Outcome(normal.answer(), quota, fault.kind() == Fault.Kind.RESET ? Fault.Kind.RESET : null,
                        fault.delayMillis());
            }
        };
    }

    /**
     * MusicBrainz's {@code /ws/2} on the same origin, as the demo's page finds it: outside ListenBrainz's rate limit,
     * faults and statistics, which count ListenBrainz's requests only.
     */
    private Answer musicBrainz(String method, String rawPath, String rawQuery) {
        return musicBrainz.answer(method, rawPath, query(rawQuery));
    }

    /** An answer to send, its status counted. */
    private Outcome reply(Answer answer, RateLimiter.Quota quota) {
        stats.countAnswer(answer.status());
        return new Outcome(answer, quota, null, 0);
    }

    private static final Answer CAPTIVE_PORTAL = new Answer(200, "text/html",
            "<html><head><title>Sign in to the network</title></head><body>Accept the terms to continue.</body></html>");

    private static Answer tooManyRequests() {
        return Answer.error(429, "Rate limit exceeded. Please wait and retry, and read the X-RateLimit headers.");
    }

    /** A 500 from the app is JSON; other 5xx come from the proxy in front of it, as HTML. */
    private static Answer serverError(int status) {
        if (status == 500) {
            return Answer.error(500, "An unknown error occured.");
        }
        String title = status + switch (status) {
            case 502 -> " Bad Gateway";
            case 503 -> " Service Temporarily Unavailable";
            case 504 -> " Gateway Time-out";
            default -> " Error";
        };
        return new Answer(status, "text/html",
                "<html><head><title>" + title + "</title></head><body><center><h1>" + title
                        + "</h1></center><hr><center>nginx</center></body></html>");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends an answer (only the first half of its body when {@code cut}); returns the whole body's bytes. */
    private static byte[] send(HttpExchange exchange, Answer answer, RateLimiter.Quota quota, boolean cut)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        rateLimitHeaders(quota).forEach(headers::set);
        headers.set("Content-Type", answer.contentType());
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, cut ? body.length / 2 : body.length);
        out.flush();
        if (!cut) {
            out.close();
        }
        return body;
    }

    private static Map<String, String> rateLimitHeaders(RateLimiter.Quota quota) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (quota != null) {
            headers.put("X-RateLimit-Limit", String.valueOf(quota.limit()));
            headers.put("X-RateLimit-Remaining", String.valueOf(quota.remaining()));
            headers.put("X-RateLimit-Reset", String.valueOf(quota.resetEpochSeconds()));
            headers.put("X-RateLimit-Reset-In", String.valueOf(quota.resetInSeconds()));
        }
        return headers;
    }

    private void serveFile(HttpExchange exchange, String path, String method) throws IOException {
        boolean readable = (method.equals("GET") || method.equals("HEAD")) && path.startsWith(siteBase);
        StaticSite.File file = readable ? site.resolve(path.substring(siteBase.length() - 1)) : null;
        if (file == null) {
            send(exchange, Answer.error(404, "Not found: " + path), null, false);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", file.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        long size = Files.size(file.path());
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, size);
        try (OutputStream out = exchange.getResponseBody()) {
            Files.copy(file.path(), out);
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    /** Configures a simulator; without any user it serves the demo user with {@value #DEFAULT_LISTENS} listens. */
    public static final class Builder {
        private int port;
        private Clock clock = Clock.SYSTEM;
        private int limit = DEFAULT_LIMIT;
        private int windowSeconds = DEFAULT_WINDOW_SECONDS;
        private Path site;
        private String siteBase = "/";
        private FaultPlan faults = FaultPlan.NONE;
        private boolean cacheResponses;
        /** Made at start, so that the demo history ends at "now" on whichever clock was set. */
        private final List<Function<Clock, SimulatedUser>> users = new ArrayList<>();

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The clock of rate-limit windows, playing-now expiry and the demo history's end. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder rateLimit(int limit, int windowSeconds) {
            this.limit = limit;
            this.windowSeconds = windowSeconds;
            return this;
        }

        /** A directory to serve at {@code /} (index.html); null serves none. */
        public Builder site(Path directory) {
            return site(directory, "/");
        }

        /** A directory to serve under a base path such as {@code /starman/}, as GitHub Pages does. */
        public Builder site(Path directory, String basePath) {
            this.site = directory;
            this.siteBase = basePath.endsWith("/") ? basePath : basePath + "/";
            return this;
        }

        public Builder faults(FaultPlan plan) {
            this.faults = plan;
            return this;
        }

        /**
         * Caches listens pages for an hour and listen counts for five minutes, as ListenBrainz does; off by
         * default so that test controls show at once.
         */
        public Builder cacheResponses(boolean cache) {
            this.cacheResponses = cache;
            return this;
        }

        /** A user with the given listens and no token. */
        public Builder user(String name, List<Listen> listens) {
            return user(name, listens, null);
        }

        public Builder user(String name, List<Listen> listens, String token) {
            List<Listen> copy = List.copyOf(listens);
            users.add(clock -> new SimulatedUser(name, token, copy));
            return this;
        }

        /** The demo user with token {@value #DEMO_TOKEN} and a realistic history, generated when the simulator starts. */
        public Builder demoUser(RealisticHistory history) {
            users.add(clock -> new SimulatedUser(DEMO_USER, DEMO_TOKEN, history.listens()));
            return this;
        }

        /** The demo user with token {@value #DEMO_TOKEN} and a generated history ending now on the clock. */
        public Builder demoUser(int listens, long seed) {
            users.add(clock -> new SimulatedUser(DEMO_USER, DEMO_TOKEN,
                    HistoryGenerator.generate(seed, DEMO_USER, listens, clock.nowMillis() / 1000).listens()));
            return this;
        }

        public ListenBrainzSimulator start() throws IOException {
            if (users.isEmpty()) {
                demoUser(DEFAULT_LISTENS, HistoryGenerator.DEFAULT_SEED);
            }
            return new ListenBrainzSimulator(this, true);
        }

        /** A simulator without a socket, reached through {@link ListenBrainzSimulator#inProcess()}. */
        public ListenBrainzSimulator startInProcess() throws IOException {
            if (users.isEmpty()) {
                demoUser(DEFAULT_LISTENS, HistoryGenerator.DEFAULT_SEED);
            }
            return new ListenBrainzSimulator(this, false);
        }
    }
}
