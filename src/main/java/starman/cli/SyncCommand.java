package starman.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import starman.http.PoliteClient;
import starman.http.Transport;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListenBrainzException;
import starman.sync.HistorySync;
import starman.sync.SyncProgress;
import starman.time.Clock;

/**
 * {@code starman sync}: mirrors a ListenBrainz history into a JSONL file with the browser's own client
 * and Lane B ({@link PoliteClient}, {@link ListenBrainzClient}, {@link HistorySync}); only the transport
 * and the store ({@link JsonlMirrorStore}) are the JVM's. Progress and the summary go to stderr; stdout
 * stays clean.
 */
public final class SyncCommand {
    public static final String USAGE = "usage: starman sync --user NAME [--api-root URL] [--token TOKEN]"
            + " --out FILE.jsonl [--rescan-days 3]";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The command's settings; {@code token} may be null. */
    public record Options(String user, String apiRoot, String token, Path out, int rescanDays) {

        /** Parses the arguments after {@code sync}; a bad one throws IllegalArgumentException. */
        public static Options parse(List<String> args) {
            String user = null;
            String apiRoot = ListenBrainzClient.DEFAULT_API_ROOT;
            String token = null;
            Path out = null;
            int rescanDays = 3;
            for (int i = 0; i < args.size(); i += 2) {
                String option = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("missing value for " + option);
                }
                String value = args.get(i + 1);
                switch (option) {
                    case "--user" -> user = value;
                    case "--api-root" -> apiRoot = value;
                    case "--token" -> token = value;
                    case "--out" -> out = Path.of(value);
                    case "--rescan-days" -> rescanDays = rescanDays(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("missing --user");
            }
            if (out == null) {
                throw new IllegalArgumentException("missing --out");
            }
            return new Options(user.trim(), apiRoot, token, out, rescanDays);
        }

        private static int rescanDays(String value) {
            try {
                int days = Integer.parseInt(value);
                if (days >= 0) {
                    return days;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--rescan-days takes a whole number of days, not " + value);
        }
    }

    /** What a sync did. */
    public record Summary(String user, Path out, int listens, int added, int removed, long requests, long millis) {
        public String line() {
            return String.format(Locale.ROOT, "synced %s into %s: %d listens (+%d new, -%d removed), %d requests in %.1f s",
                    user, out, listens, added, removed, requests, millis / 1000.0);
        }
    }

    /** Opens the mirror a sync writes: {@link JsonlMirrorStore#open}, or one whose folds a test stops. */
    interface MirrorOpener {
        JsonlMirrorStore open(Path mirror) throws IOException;
    }

    private final Transport transport;
    private final Clock clock;
    private final PrintStream err;
    private final MirrorOpener opener;

    /** @param err where progress goes */
    public SyncCommand(Transport transport, Clock clock, PrintStream err) {
        this(transport, clock, err, JsonlMirrorStore::open);
    }

    SyncCommand(Transport transport, Clock clock, PrintStream err, MirrorOpener opener) {
        this.transport = transport;
        this.clock = clock;
        this.err = err;
        this.opener = opener;
    }

    /**
     * Runs {@code starman sync ARGS} over the JDK's HTTP client on the system clock. Returns the exit
     * status: 0 when the mirror has caught up, 1 when the sync failed (the reason on stderr), 2 for bad
     * arguments. Only {@code --help} writes to {@code out}.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.println(USAGE);
            return 0;
        }
        return new SyncCommand(new JdkTransport(TIMEOUT), Clock.SYSTEM, err).execute(args);
    }

    /** Parses, syncs and reports on stderr; returns the exit status as {@link #run} does. */
    public int execute(List<String> args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("starman sync: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            err.println(sync(options).line());
            return 0;
        } catch (ListenBrainzException e) {
            err.println("starman sync: " + e.getMessage() + (e.isTransient() ? " Run again to resume." : ""));
        } catch (IOException | UncheckedIOException e) {
            err.println("starman sync: " + e.getMessage());
        }
        return 1;
    }

    /** Brings the mirror at {@code options.out()} up to the server's history, resuming an interrupted run. */
    public Summary sync(Options options) throws IOException {
        long start = clock.nowMillis();
        CountingTransport counting = new CountingTransport(transport);
        PoliteClient polite = PoliteClient.create(counting, clock, PoliteClient.Options.defaults(start));
        ListenBrainzClient api = new ListenBrainzClient(polite.http(), options.apiRoot()).withToken(options.token());
        try (JsonlMirrorStore store = opener.open(options.out())) {
            String owner = store.userName();
            if (owner != null && !owner.equalsIgnoreCase(options.user())) {
                throw new NotAMirrorException(options.out() + " mirrors " + owner + "'s listens, not "
                        + options.user() + "'s.");
            }
            if (options.token() != null && !api.validateToken(options.token()).valid()) {
                throw new ListenBrainzException(ListenBrainzException.Kind.BAD_TOKEN,
                        "ListenBrainz says the token is not valid; copy it again from your settings page.");
            }
            HistorySync history = new HistorySync(api, store, clock,
                    requests -> polite.budget().millisFor(requests, clock.nowMillis()),
                    new HistorySync.Options(ListenBrainzClient.MAX_COUNT, options.rescanDays() * 86_400L));
            history.addListener(this::progress);
            history.run(options.user(), true); // a mirror short of the server's count (an import) is scanned for gaps
            return new Summary(options.user(), options.out(), store.count(), store.added(), store.removed(),
                    counting.requests(), clock.nowMillis() - start);
        }
    }

    private void progress(SyncProgress progress) {
        if (!progress.done()) {
            err.printf(Locale.ROOT, "page %d: %d listens fetched, about %d left, ETA %s%n", progress.pages(),
                    progress.listensStored(), progress.listensLeft(), minutesSeconds(progress.etaMillis()));
        }
    }

    private static String minutesSeconds(long millis) {
        long seconds = (millis + 999) / 1000;
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
