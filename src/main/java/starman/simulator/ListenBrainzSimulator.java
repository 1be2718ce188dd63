package starman.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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
    private final RateLimiter limiter;
    private final StaticSite site;
    private final String siteBase;
    private final Clock clock;
    private final SimulatorStats stats = new SimulatorStats();
    private volatile FaultPlan faults;
    /** 429s still to answer for the current injected storm. */
    private final AtomicInteger storm = new AtomicInteger();

    private ListenBrainzSimulator(Builder b) throws IOException {
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
        return server.getAddress().getPort();
    }

    /** E.g. {@code http://127.0.0.1:41234}: the API root and, with a site, the app's address. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
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

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
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
            } else if (site != null && !path.startsWith("/1/")) {
                serveFile(exchange, path, method);
            } else {
                serveApi(exchange, method, path);
            }
        }
    }

    private void serveApi(HttpExchange exchange, String method, String path) throws IOException {
        long request = stats.countRequest(ApiRoutes.endpoint(path));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Token ")) {
            stats.countWithToken();
        }
        RateLimiter.Quota quota = limiter.take(exchange.getRemoteAddress().getAddress().getHostAddress());
        if (storm.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            stats.countFault();
            reply(exchange, tooManyRequests(), quota);
            return;
        }
        if (!quota.allowed()) {
            stats.countRateLimited();
            reply(exchange, tooManyRequests(), quota);
            return;
        }
        Fault fault = faults.faultFor(request);
        if (fault != null) {
            stats.countFault();
            switch (fault.kind()) {
                case DROP -> {
                    return; // closing the exchange before any header closes the connection
                }
                case SERVER_ERROR -> {
                    reply(exchange, serverError(fault.status()), fault.rateLimitHeaders() ? quota : null);
                    return;
                }
                case STORM -> {
                    storm.set(fault.storm() - 1);
                    reply(exchange, tooManyRequests(), quota);
                    return;
                }
                case SLOW -> sleep(fault.delayMillis());
                case TRUNCATED -> {
                    Answer answer = answer(exchange, method, path);
                    String body = answer.body();
                    reply(exchange, new Answer(200, answer.contentType(), body.substring(0, body.length() / 2)), quota);
                    return;
                }
            }
        }
        reply(exchange, answer(exchange, method, path), quota);
    }

    /** Sends an API answer and counts its status. */
    private void reply(HttpExchange exchange, Answer answer, RateLimiter.Quota quota) throws IOException {
        stats.countAnswer(answer.status());
        send(exchange, answer, quota);
    }

    private Answer answer(HttpExchange exchange, String method, String path) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return routes.answer(method, path, query(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Authorization"), body);
    }

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

    private static void send(HttpExchange exchange, Answer answer, RateLimiter.Quota quota) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (quota != null) {
            headers.set("X-RateLimit-Limit", String.valueOf(quota.limit()));
            headers.set("X-RateLimit-Remaining", String.valueOf(quota.remaining()));
            headers.set("X-RateLimit-Reset", String.valueOf(quota.resetEpochSeconds()));
            headers.set("X-RateLimit-Reset-In", String.valueOf(quota.resetInSeconds()));
        }
        headers.set("Content-Type", answer.contentType());
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void serveFile(HttpExchange exchange, String path, String method) throws IOException {
        boolean readable = (method.equals("GET") || method.equals("HEAD")) && path.startsWith(siteBase);
        StaticSite.File file = readable ? site.resolve(path.substring(siteBase.length() - 1)) : null;
        if (file == null) {
            send(exchange, Answer.error(404, "Not found: " + path), null);
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
            return new ListenBrainzSimulator(this);
        }
    }
}
