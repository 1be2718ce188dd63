package starman.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import starman.archive.ByteSource;
import starman.importer.ImportFile;
import starman.importer.ImportPart;
import starman.importer.ImportProblem;
import starman.importer.ImportResult;
import starman.importer.ListenSplitter;
import starman.json.JsonReader;
import starman.model.Listen;
import starman.model.ListenJson;

/**
 * Folds a ListenBrainz export (the ZIP, or the older JSON array), or a JSONL file of listens, into a mirror in bounded
 * memory. {@link ImportFile#plan} says which parts of the file to read; each is streamed ({@link ImportFile#stream},
 * inflated when it is DEFLATE) and cut into lines or array elements, and each
 * listen becomes a mirror line in import layers (sorted in memory, spilled into runs beside the mirror) that the
 * store's streaming merge folds in, adding only listens the mirror does not hold (of a key twice in the file, the
 * first line). A line that is not a listen is skipped and reported with its file and line.
 */
final class MirrorImport {
    static final int KEPT_PROBLEMS = 20;
    /** A "line" longer than this is not a listen; it is skipped without being held. */
    private static final int MAX_LINE_BYTES = 1 << 20;
    private static final int USER_INFO_BYTES = 1 << 16;
    private static final int CHUNK = 1 << 16;

    private final JsonlMirrorStore store;
    private final String fileName;
    private final PendingLayers layers;
    private final JsonReader reader = new JsonReader(new byte[0]);
    private final byte[] chunk = new byte[CHUNK];
    private final List<ImportProblem> problems = new ArrayList<>();
    /** Whose listens these are: the mirror's owner, the one named, or the file's; null until known. */
    private String owner;
    private ImportPart part;
    private long read;
    private long added;
    private long skipped;

    private MirrorImport(JsonlMirrorStore store, String fileName, String owner) {
        this.store = store;
        this.fileName = fileName;
        this.owner = owner;
        this.layers = store.newLayers();
    }

    /**
     * Imports {@code file} (named {@code fileName} in messages) into {@code store}.
     *
     * @param owner whose listens the mirror holds, or null when neither the mirror nor the person says: then the
     *              file's user.json, or its first listen with a user name, does
     */
    static ImportResult run(JsonlMirrorStore store, ByteSource file, String fileName, String owner) throws IOException {
        MirrorImport job = new MirrorImport(store, fileName, owner);
        try (PendingLayers layers = job.layers) {
            for (ImportPart part : ImportFile.plan(file, fileName)) {
                job.part = part;
                job.read(file, part);
            }
            job.added += store.foldIn(layers);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new ImportResult(job.read, job.added, job.skipped, job.problems);
    }

    private void read(ByteSource file, ImportPart part) throws IOException {
        if (part.content() == ImportPart.Content.USER_INFO) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            ImportFile.stream(file, fileName, part, chunk, (bytes, offset, length) ->
                    json.write(bytes, offset, Math.min(length, USER_INFO_BYTES - json.size())));
            userInfo(json.toByteArray());
            return;
        }
        ListenSplitter listens = new ListenSplitter(part.content() == ImportPart.Content.ARRAY, MAX_LINE_BYTES,
                new ListenSplitter.Handler() {
                    @Override
                    public void listen(byte[] bytes, int offset, int length, long line, long place) {
                        MirrorImport.this.listen(bytes, offset, length, line, place);
                    }

                    @Override
                    public void problem(long line, long place, String sentence) {
                        MirrorImport.this.problem(line, place, sentence);
                    }
                });
        ImportFile.stream(file, fileName, part, chunk, listens::accept);
        listens.end();
    }

    /** An export's {@code {"user_id": 1, "username": "rob"}}: the export must be the mirror's user's. */
    private void userInfo(byte[] json) throws IOException {
        String[] name = new String[1];
        try {
            JsonReader r = new JsonReader(new String(json, StandardCharsets.UTF_8));
            r.readField("username", () -> name[0] = r.nextStringOrNull());
        } catch (RuntimeException e) {
            problem(1, 0, "not the export's user information: " + e.getMessage());
            return;
        }
        if (name[0] == null || name[0].isEmpty()) {
            return;
        }
        if (owner != null && !owner.equalsIgnoreCase(name[0])) {
            throw new NotAMirrorException("'" + fileName + "' is " + name[0] + "'s export, and the mirror holds "
                    + owner + "'s listens.");
        }
        owner = owner == null ? name[0] : owner;
    }

    /** A listen at {@code line} (in a JSON array, its {@code number}th element; 0 in JSONL). */
    private void listen(byte[] bytes, int offset, int length, long line, long number) {
        Listen listen;
        try {
            listen = ListenJson.read(reader.reset(bytes, offset, length));
            reader.endDocument();
        } catch (RuntimeException e) {
            problem(line, number, e.getMessage() == null ? e.toString() : e.getMessage());
            return;
        }
        String user = listen.userName() != null ? listen.userName() : owner;
        if (user == null) {
            throw new UncheckedIOException(new NotAMirrorException("'" + fileName + "' does not say whose listens"
                    + " it holds; name the user with --user NAME."));
        }
        if (owner != null && !owner.equalsIgnoreCase(user)) {
            problem(line, number, "a listen of " + user + ", not of " + owner);
            return;
        }
        owner = owner == null ? user : owner;
        read++;
        Listen owned = listen.userName() != null ? listen
                : new Listen(listen.listenedAt(), listen.insertedAt(), listen.recordingMsid(), user, listen.track());
        try {
            layers.memory().putIfAbsent(owned.key(), ListenJson.toJson(owned).getBytes(StandardCharsets.UTF_8));
            layers.spillIfFull();
            if (layers.runs() >= JsonlMirrorStore.MAX_RUNS) {
                added += store.foldIn(layers);
                layers.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void problem(long line, long number, String reason) {
        skipped++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(new ImportProblem(part.name(), line, number, reason));
        }
    }
}
