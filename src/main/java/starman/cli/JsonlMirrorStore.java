package starman.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.ListenKey;
import starman.store.ListenStore;
import starman.store.PageWrite;
import starman.store.SyncCheckpoint;

/**
 * A {@link ListenStore} over a JSONL mirror of one user's history: one listen a line in the ListenBrainz
 * API shape, oldest first, unique on (listened_at, recording_msid).
 *
 * <p>Two files. The mirror {@code FILE.jsonl} is only ever replaced whole: written to a temporary file,
 * forced to disk and renamed over the old one, so a kill leaves the old or the new mirror. Each
 * {@link #apply} appends one line to the journal {@code FILE.jsonl.sync} (the page's listens, its
 * reconcile range and the checkpoint) and forces it: a page is committed once its line and newline are
 * on disk. Opening replays the journal's complete lines over the mirror and cuts a torn last line (its
 * page is simply fetched again).
 *
 * <p>Rewriting the mirror on every page would cost O(n²) for a long backfill, so the journal is folded
 * into a new mirror only when a run ends and whenever it has grown past the mirror's size (at least
 * {@link #MIN_FOLD_BYTES}): each listen is written a bounded number of times. After a completed run the
 * journal is deleted. A rename is on disk only once its directory is forced too, so each replacement forces
 * the directory before anything goes on: the journal is never deleted while the disk may still hold the old
 * mirror. Replaying pages over a mirror that already holds them changes nothing (a page decides exactly what
 * its range holds), so a kill between the rename and the journal's reset is harmless.
 *
 * <p>Not thread-safe, and one process per mirror: nothing locks the files.
 */
public final class JsonlMirrorStore implements ListenStore, Closeable {
    static final long MIN_FOLD_BYTES = 8 << 20;

    /** Forces a directory's entries (a rename, a deletion) to disk; tests watch when it happens. */
    interface DirectoryForce {
        void force(Path directory) throws IOException;
    }

    /** fsync on the directory; where a directory cannot be opened (Windows), its file system keeps renames. */
    static final DirectoryForce FSYNC = directory -> {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory, StandardOpenOption.READ);
        } catch (IOException cannotOpenADirectory) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    };

    private final Path mirror;
    private final Path journal;
    private final long minFoldBytes;
    private final DirectoryForce directoryForce;
    /** The listens as their mirror lines: 100k listens take about 100 MB, parsed objects much more. */
    private final TreeMap<ListenKey, String> lines;
    private SyncCheckpoint checkpoint;
    private long mirrorBytes;
    private long journalBytes;
    private boolean changedSinceFold;
    private FileChannel journalOut;
    private int added;
    private int removed;

    private JsonlMirrorStore(Path mirror, Path journal, long minFoldBytes, DirectoryForce directoryForce,
                             TreeMap<ListenKey, String> lines, SyncCheckpoint checkpoint, long mirrorBytes,
                             long journalBytes) {
        this.mirror = mirror;
        this.journal = journal;
        this.minFoldBytes = minFoldBytes;
        this.directoryForce = directoryForce;
        this.lines = lines;
        this.checkpoint = checkpoint;
        this.mirrorBytes = mirrorBytes;
        this.journalBytes = journalBytes;
        this.changedSinceFold = journalBytes > 0;
    }

    /** Opens (or starts) the mirror at {@code mirror}; a file that is not one throws {@link NotAMirrorException}. */
    public static JsonlMirrorStore open(Path mirror) throws IOException {
        return open(mirror, MIN_FOLD_BYTES, FSYNC);
    }

    static JsonlMirrorStore open(Path mirror, long minFoldBytes, DirectoryForce directoryForce) throws IOException {
        Path directory = mirror.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "no such directory for the mirror");
        }
        Path journal = mirror.resolveSibling(mirror.getFileName() + ".sync");
        TreeMap<ListenKey, String> lines = new TreeMap<>();
        long mirrorBytes = Files.exists(mirror) ? readMirror(mirror, lines) : 0;
        SyncCheckpoint checkpoint = SyncCheckpoint.IDLE;
        long journalBytes = 0;
        if (Files.exists(journal)) {
            Replay replay = replay(journal, lines);
            checkpoint = replay.checkpoint;
            journalBytes = replay.committedBytes;
        }
        JsonlMirrorStore store = new JsonlMirrorStore(mirror, journal, minFoldBytes, directoryForce, lines, checkpoint,
                mirrorBytes, journalBytes);
        if (journalBytes > 0 && !checkpoint.running()) {
            store.fold(); // killed after a run's last page, before its fold
        }
        return store;
    }

    /** Whose history this is: the user_name of the oldest listen, or null when there is none. */
    public String userName() {
        return lines.isEmpty() ? null : ListenJson.parse(lines.firstEntry().getValue()).userName();
    }

    /** Listens this store added since it was opened. */
    public int added() {
        return added;
    }

    /** Listens this store removed (the server no longer had them) since it was opened. */
    public int removed() {
        return removed;
    }

    @Override
    public long newestListenedAt() {
        return lines.isEmpty() ? 0 : lines.lastKey().listenedAt();
    }

    @Override
    public long oldestListenedAt() {
        return lines.isEmpty() ? 0 : lines.firstKey().listenedAt();
    }

    @Override
    public SyncCheckpoint checkpoint() {
        return checkpoint;
    }

    @Override
    public void apply(PageWrite page) {
        try {
            appendToJournal(journalLine(page));
            PageWrite.Applied applied = page.applyTo(lines, ListenJson::toJson);
            added += applied.added();
            removed += applied.removed();
            changedSinceFold = true;
            checkpoint = page.checkpoint();
            if (!checkpoint.running() || journalBytes > Math.max(mirrorBytes, minFoldBytes)) {
                fold();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + journal + ": " + e.getMessage(), e);
        }
    }

    /** Journals the listens not in the mirror yet as one page that reconciles nothing and keeps the checkpoint. */
    @Override
    public int merge(List<Listen> listens) {
        List<Listen> absent = new ArrayList<>();
        Set<ListenKey> seen = new HashSet<>();
        for (Listen listen : listens) {
            if (!lines.containsKey(listen.key()) && seen.add(listen.key())) {
                absent.add(listen);
            }
        }
        if (!absent.isEmpty()) {
            apply(new PageWrite(absent, 1, 0, checkpoint));
        }
        return absent.size();
    }

    @Override
    public int count() {
        return lines.size();
    }

    @Override
    public List<Listen> all() {
        List<Listen> all = new ArrayList<>(lines.size());
        for (String line : lines.values()) {
            all.add(ListenJson.parse(line));
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        if (journalOut != null) {
            journalOut.close();
            journalOut = null;
        }
    }

    /** Writes the mirror anew when it changed (or does not exist yet), then resets the journal to the checkpoint. */
    private void fold() throws IOException {
        close();
        if (changedSinceFold || !Files.exists(mirror)) {
            mirrorBytes = replaceAtomically(mirror, lines.values());
        }
        if (checkpoint.running()) {
            PageWrite checkpointOnly = new PageWrite(List.of(), 1, 0, checkpoint);
            journalBytes = replaceAtomically(journal, List.of(journalLine(checkpointOnly)));
        } else {
            Files.deleteIfExists(journal);
            journalBytes = 0;
        }
        changedSinceFold = false;
    }

    private void appendToJournal(String line) throws IOException {
        if (journalOut == null) {
            journalOut = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(line + "\n");
        journalBytes += bytes.remaining();
        while (bytes.hasRemaining()) {
            journalOut.write(bytes);
        }
        journalOut.force(false);
    }

    private static String journalLine(PageWrite page) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("from").value(page.reconcileFrom()).name("to").value(page.reconcileTo());
        w.name("cursor").value(page.checkpoint().cursor()).name("running").value(page.checkpoint().running());
        if (page.checkpoint().until() > 0) {
            w.name("until").value(page.checkpoint().until());
        }
        w.name("listens").beginArray();
        for (Listen listen : page.listens()) {
            ListenJson.write(w, listen);
        }
        return w.endArray().endObject().toString();
    }

    private static PageWrite parseJournalLine(String line) {
        JsonReader r = new JsonReader(line);
        long from = 1;
        long to = 0;
        long cursor = 0;
        boolean running = false;
        long until = 0;
        List<Listen> listens = List.of();
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "from": from = r.nextLong(); break;
                case "to": to = r.nextLong(); break;
                case "cursor": cursor = r.nextLong(); break;
                case "running": running = r.nextBoolean(); break;
                case "until": until = r.nextLong(); break;
                case "listens": listens = ListenJson.readArray(r); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        r.endDocument();
        return new PageWrite(listens, from, to, new SyncCheckpoint(cursor, running, until));
    }

    /** Reads mirror lines into {@code lines}; returns the file's size. */
    private static long readMirror(Path mirror, TreeMap<ListenKey, String> lines) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(mirror, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    lines.put(ListenJson.parse(line).key(), line);
                } catch (JsonException e) {
                    throw new NotAMirrorException(mirror + ":" + number + ": not a ListenBrainz listen ("
                            + e.getMessage() + "); is this a Starman mirror?");
                }
            }
        }
        return Files.size(mirror);
    }

    private record Replay(SyncCheckpoint checkpoint, long committedBytes) {
    }

    /**
     * Applies the journal's committed lines to {@code lines}. A last line without its newline, or one that
     * does not parse, was torn by a kill: it is cut off the file. A bad line before the last is corruption.
     */
    private static Replay replay(Path journal, TreeMap<ListenKey, String> lines) throws IOException {
        long size = Files.size(journal);
        boolean endsWithNewline = size > 0 && lastByte(journal) == '\n';
        SyncCheckpoint checkpoint = SyncCheckpoint.IDLE;
        long committed = 0;
        try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            int number = 0;
            String line = in.readLine();
            while (line != null) {
                number++;
                String next = in.readLine();
                boolean last = next == null;
                PageWrite page;
                try {
                    page = last && !endsWithNewline ? null : parseJournalLine(line);
                } catch (JsonException e) {
                    if (!last) {
                        throw new NotAMirrorException(journal + ":" + number + ": not a Starman sync journal line ("
                                + e.getMessage() + ")");
                    }
                    page = null;
                }
                if (page == null) {
                    break;
                }
                page.applyTo(lines, ListenJson::toJson);
                checkpoint = page.checkpoint();
                committed += line.getBytes(StandardCharsets.UTF_8).length + 1;
                line = next;
            }
        }
        if (committed < size) {
            try (FileChannel out = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                out.truncate(committed);
            }
        }
        return new Replay(checkpoint, committed);
    }

    private static int lastByte(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            in.read(one, in.size() - 1);
            return one.get(0);
        }
    }

    /**
     * Writes {@code lines} to a temporary file, forces it, renames it over {@code target} and forces the
     * directory, so the new file is on disk under its name; returns the size.
     */
    private long replaceAtomically(Path target, Iterable<String> lines) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Writer writer = Channels.newWriter(out, StandardCharsets.UTF_8);
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
            writer.flush();
            out.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        directoryForce.force(target.toAbsolutePath().getParent());
        return Files.size(target);
    }
}
