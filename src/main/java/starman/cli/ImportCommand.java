package starman.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import starman.importer.ImportProblem;
import starman.importer.ImportResult;

/**
 * {@code starman import}: folds a ListenBrainz export (or a JSONL file of listens) into the mirror {@code sync} keeps,
 * through the mirror's own streaming merge ({@link MirrorImport}), without the network. The summary goes to stderr,
 * as sync's does.
 */
final class ImportCommand {
    static final String USAGE = "usage: starman import --listens FILE --out FILE.jsonl [--user NAME]\n"
            + "  FILE: the ZIP from listenbrainz.org's Settings -> Export, or a JSONL file of listens\n"
            + "  FILE.jsonl: the mirror that sync --out keeps (started if missing); only listens it lacks are added\n"
            + "  --user: whose listens they are, when neither the mirror nor the file says";

    private ImportCommand() {
    }

    /** Returns the exit status: 0 imported, 1 the file or the mirror could not be read or written. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options(args, Set.of("listens", "out", "user"), Set.of("help"));
        if (o.has("help")) {
            out.println(USAGE);
            return 0;
        }
        Path file = Path.of(o.required("listens"));
        Path mirror = Path.of(o.required("out"));
        String user = o.get("user", null);
        try (FileBytes bytes = FileBytes.open(file); JsonlMirrorStore store = JsonlMirrorStore.open(mirror)) {
            String owner = store.userName();
            if (owner != null && user != null && !owner.equalsIgnoreCase(user)) {
                throw new NotAMirrorException(mirror + " mirrors " + owner + "'s listens, not " + user + "'s.");
            }
            ImportResult result = MirrorImport.run(store, bytes, file.getFileName().toString(), owner != null ? owner : user);
            err.printf(Locale.ROOT, "imported %s into %s: %d listens read (+%d new), %d lines skipped; %d listens in the"
                    + " mirror%n", file, mirror, result.read(), result.added(), result.skipped(), store.count());
            for (ImportProblem problem : result.problems()) {
                err.println("  skipped " + problem);
            }
            if (result.skipped() > result.problems().size()) {
                err.println("  and " + (result.skipped() - result.problems().size()) + " more lines skipped");
            }
            return 0;
        } catch (NoSuchFileException e) {
            err.println("starman import: " + (e.getReason() != null ? e.getMessage() : e.getFile() + ": no such file"));
        } catch (IOException | UncheckedIOException e) {
            err.println("starman import: " + e.getMessage());
        }
        return 1;
    }
}
