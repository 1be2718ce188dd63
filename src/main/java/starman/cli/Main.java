package starman.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import starman.archive.ArchiveException;

/** The command line: {@code starman <command> [options]}. Add a command as one more case. */
public final class Main {
    private Main() {
    }

    static final String USAGE = "usage: starman <command> [options]\n"
            + "commands:\n"
            + "  demo    serve the built app with a simulated ListenBrainz on 127.0.0.1 (demo --help)\n"
            + "  stats   the listening table for one artist from an export or a file of listens (stats --help)\n"
            + "  sync    mirror a ListenBrainz history into a local JSONL file (sync --help)\n"
            + "  import  fold a ListenBrainz export into that mirror (import --help)";

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs a command; returns the exit status (0 ok, 1 unreadable input, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "demo":
                    if (rest.length > 0 && rest[0].equals("--help")) {
                        out.println(DemoCommand.USAGE);
                        return 0;
                    }
                    return DemoCommand.run(rest, out);
                case "stats":
                    return StatsCommand.run(rest, out);
                case "sync":
                    return SyncCommand.run(Arrays.asList(rest), out, err);
                case "import":
                    return ImportCommand.run(rest, out, err);
                default:
                    throw new UsageException("unknown command '" + args[0] + "' (try --help)");
            }
        } catch (UsageException e) {
            err.println("starman " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (ArchiveException e) { // a sentence that names the file already
            err.println("starman " + args[0] + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("starman " + args[0] + ": cannot read " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("starman " + args[0] + ": " + e);
            return 1;
        }
    }
}
