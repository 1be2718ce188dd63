package starman.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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
 * A {@link ListenStore} over a JSONL mirror of one user's history: one listen a line in the ListenBrainz API shape,
 * oldest first, unique on (listened_at, recording_msid), in memory bounded whatever the mirror's size.
 *
 * <p>The mirror {@code FILE.jsonl} is only ever replaced whole. Each {@link #apply} appends one line to the journal
 * {@code FILE.jsonl.sync} (the page's listens, its reconcile range and the checkpoint) and forces it: a page is
 * committed once its line and newline are on disk. Opening replays the journal's complete lines and cuts a torn last
 * line (its page is simply fetched again).
 *
 * <p>In memory are the mirror's count, first and last key and a sparse index of it, and the pages not yet folded in:
 * a layer of lines by key, with the seconds their reconcile ranges clear, which past {@code pendingBytes} is spilled
 * into a sorted run file beside the mirror (a cache of the journal, deleted once folded). Each page is first
 * merged with what is stored over the seconds it touches, so the counts stay exact and a listen stored as it is costs
 * nothing (it is left out of the journal too).
 *
 * <p>Folding is one streaming merge of the mirror, the runs, the memory layer (and an import's layers) into the
 * temporary file {@code FILE.jsonl.tmp}, the mirror's lines before the first change copied as they are; the file is
 * written, forced, renamed over the mirror, the directory forced, and only then is the journal dropped (reset to the
 * checkpoint while a run goes on). A kill anywhere leaves the old mirror with its journal, or the new one with a
 * journal whose pages it holds already: replaying a page over a mirror that holds it changes nothing (a page decides
 * exactly what its range holds). A fold is due when a run ends, and when the runs or the journal have outgrown the
 * mirror (or there are {@link #MAX_RUNS} runs), so a long first sync writes each listen a few times, not once a fold.
 *
 * <p>Not thread-safe, and one process per mirror: nothing locks the files.
 */
public final class JsonlMirrorStore implements ListenStore, Closeable {
    /** Pending lines kept in memory before they are spilled into a run. */
    static final long PENDING_BYTES = 16 << 20;
    /** Runs merged at most in one fold (each is an open file while it merges). */
    static final int MAX_RUNS = 64;
    private static final ListenKey END = MirrorLayer.startOf(Long.MAX_VALUE);

    /** The steps of a fold, in order. */
    enum Step { TEMP_WRITTEN, TEMP_FORCED, RENAMED, DIRECTORY_FORCED, JOURNAL_DROPPED }

    /** Hears each step of a fold as it is done; tests stop a fold there. */
    interface Steps {
        Steps NONE = step -> { };

        void done(Step step) throws IOException;
    }

    private final Path path;
    private final Path journal;
    private final Path temp;
    private final long pendingBytes;
    private final Steps steps;
    private final PendingLayers pending;
    private int runs;
    /** Null while there is no mirror file yet. */
    private MirrorFile mirror;
    private long count;
    private ListenKey oldest;
    private ListenKey newest;
    private SyncCheckpoint checkpoint = SyncCheckpoint.IDLE;
    private long journalBytes;
    private FileChannel journalOut;
    private int added;
    private int removed;

    private JsonlMirrorStore(Path path, long pendingBytes, Steps steps) {
        this.path = path;
        this.journal = path.resolveSibling(path.getFileName() + ".sync");
        this.temp = path.resolveSibling(path.getFileName() + ".tmp");
        this.pendingBytes = pendingBytes;
        this.steps = steps;
        this.pending = newLayers();
    }

    /** Opens (or starts) the mirror at {@code mirror}; a file that is not one throws {@link NotAMirrorException}. */
    public static JsonlMirrorStore open(Path mirror) throws IOException {
        return open(mirror, PENDING_BYTES, Steps.NONE);
    }

    static JsonlMirrorStore open(Path mirror, long pendingBytes, Steps steps) throws IOException {
        Path directory = mirror.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "no such directory for the mirror");
        }
        JsonlMirrorStore store = new JsonlMirrorStore(mirror, pendingBytes, steps);
        try {
            store.removeLeftovers(directory);
            if (Files.exists(mirror)) {
                store.mirror = MirrorFile.read(mirror);
                store.count = store.mirror.lines();
                store.oldest = store.mirror.first();
                store.newest = store.mirror.last();
            }
            if (Files.exists(store.journal)) {
                store.replay();
                store.added = 0;
                store.removed = 0;
            }
            if (store.journalBytes > 0 && !store.checkpoint.running()) {
                store.fold(List.of()); // killed after a run's last page, before its fold
            }
            return store;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Whose history this is: the user_name of the oldest listen, or null when there is none. */
    public String userName() {
        try (LayerMerge merge = new LayerMerge(layers(List.of()), null, Long.MAX_VALUE)) {
            while (merge.next()) {
                if (merge.present()) {
                    return ListenJson.read(new JsonReader(merge.line())).userName();
                }
            }
            return null;
        } catch (IOException e) {
            throw failure(e);
        }
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
        return newest == null ? 0 : newest.listenedAt();
    }

    @Override
    public long oldestListenedAt() {
        return oldest == null ? 0 : oldest.listenedAt();
    }

    @Override
    public SyncCheckpoint checkpoint() {
        return checkpoint;
    }

    @Override
    public void apply(PageWrite page) {
        try {
            Change change = examine(page);
            appendToJournal(journalLine(change.page()));
            take(change);
            if (foldDue()) {
                fold(List.of());
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Folds the listens not stored yet into the mirror at once; the pages pending and the checkpoint stay as they are. */
    @Override
    public int merge(List<Listen> listens) {
        try (PendingLayers imported = newLayers()) {
            for (Listen listen : listens) {
                imported.memory().putIfAbsent(listen.key(), line(listen));
                imported.spillIfFull();
            }
            return foldIn(imported);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Layers for an import to fill (runs beside the mirror), for {@link #foldIn}. */
    PendingLayers newLayers() {
        return new PendingLayers(pendingBytes, () -> path.resolveSibling(path.getFileName() + ".run-" + runs++));
    }

    /**
     * Folds an import's layers into the mirror, adding only listens of keys not stored (the first of a key in the
     * import's order); returns how many were added. The layers' runs stay for the caller to close. Pending pages are
     * folded first, on their own: replaying them after a kill must find the mirror as they left it, not with the
     * import's listens in their ranges.
     */
    int foldIn(PendingLayers imported) throws IOException {
        if (!pending.isEmpty()) {
            fold(List.of());
        }
        int n = fold(imported.oldestFirst());
        added += n;
        return n;
    }

    @Override
    public int count() {
        return (int) count;
    }

    /** Every listen, read into memory: for tests and small mirrors. */
    @Override
    public List<Listen> all() {
        List<Listen> all = new ArrayList<>();
        try (LayerMerge merge = new LayerMerge(layers(List.of()), null, Long.MAX_VALUE)) {
            while (merge.next()) {
                if (merge.present()) {
                    all.add(ListenJson.read(new JsonReader(merge.line())));
                }
            }
        } catch (IOException e) {
            throw failure(e);
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        closeJournal();
        pending.close();
    }

    private UncheckedIOException failure(IOException e) {
        return new UncheckedIOException("cannot update " + path + ": " + e.getMessage(), e);
    }

    /** The layers by precedence: pending pages (newest first), the mirror, then the import's. */
    private List<MirrorLayer> layers(List<MirrorLayer> imported) {
        List<MirrorLayer> layers = pending.newestFirst();
        if (mirror != null) {
            layers.add(mirror);
        }
        layers.addAll(imported);
        return layers;
    }

    private static byte[] line(Listen listen) {
        return ListenJson.toJson(listen).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What a page changes, found by merging what is stored over the seconds it touches.
     *
     * @param page the page as journaled: without the listens stored exactly as they are
     * @param lines its listens' lines by key, those left out too
     * @param low the first listen of the touched seconds once the page is in (null: none)
     * @param high their last
     */
    private record Change(PageWrite page, TreeMap<ListenKey, byte[]> lines, int added, int removed, long from,
                          long to, ListenKey low, ListenKey high) {
    }

    private Change examine(PageWrite page) throws IOException {
        TreeMap<ListenKey, Listen> incoming = new TreeMap<>();
        for (Listen listen : page.listens()) {
            incoming.put(listen.key(), listen); // the last of a key wins, as PageWrite's
        }
        TreeMap<ListenKey, byte[]> lines = new TreeMap<>();
        incoming.forEach((key, listen) -> lines.put(key, line(listen)));
        boolean ranged = page.reconcileFrom() <= page.reconcileTo();
        long from = ranged ? page.reconcileFrom() : Long.MAX_VALUE;
        long to = ranged ? page.reconcileTo() : Long.MIN_VALUE;
        if (!lines.isEmpty()) {
            from = Math.min(from, lines.firstKey().listenedAt());
            to = Math.max(to, lines.lastKey().listenedAt());
        }
        int stored = 0;
        int removedNow = 0;
        ListenKey low = null;
        ListenKey high = null;
        List<ListenKey> unchanged = new ArrayList<>();
        if (from <= to) {
            try (LayerMerge merge = new LayerMerge(layers(List.of()), MirrorLayer.startOf(from), to)) {
                while (merge.next()) {
                    if (!merge.present()) {
                        continue;
                    }
                    ListenKey key = merge.key();
                    boolean reconciled = ranged && key.listenedAt() >= page.reconcileFrom()
                            && key.listenedAt() <= page.reconcileTo();
                    byte[] line = lines.get(key);
                    if (line != null) {
                        stored++;
                        if (!reconciled && merge.lineEquals(line)) {
                            unchanged.add(key);
                        }
                    } else if (reconciled) {
                        removedNow++;
                        continue;
                    }
                    low = low == null ? key : low;
                    high = key;
                }
            }
        }
        if (!lines.isEmpty()) {
            low = MirrorLayer.earlier(low, lines.firstKey());
            high = high == null || high.compareTo(lines.lastKey()) < 0 ? lines.lastKey() : high;
        }
        int addedNow = lines.size() - stored;
        for (ListenKey key : unchanged) {
            lines.remove(key);
            incoming.remove(key);
        }
        PageWrite journaled = unchanged.isEmpty() ? page : new PageWrite(new ArrayList<>(incoming.values()),
                page.reconcileFrom(), page.reconcileTo(), page.checkpoint());
        return new Change(journaled, lines, addedNow, removedNow, from, to, low, high);
    }

    private void take(Change change) throws IOException {
        PageWrite page = change.page();
        MirrorLayer.InMemory memory = pending.memory();
        if (page.reconcileFrom() <= page.reconcileTo()) {
            memory.clear(page.reconcileFrom(), page.reconcileTo(), change.lines().keySet());
        }
        change.lines().forEach(memory::put);
        count += change.added() - change.removed();
        added += change.added();
        removed += change.removed();
        checkpoint = page.checkpoint();
        boolean lostAnEnd = false;
        if (count == 0) {
            oldest = null;
            newest = null;
        } else {
            if (touched(change, oldest)) {
                oldest = change.low();
                lostAnEnd = oldest == null;
            } else {
                oldest = MirrorLayer.earlier(oldest, change.low());
            }
            if (touched(change, newest)) {
                newest = change.high();
                lostAnEnd |= newest == null;
            } else if (newest == null || change.high() != null && change.high().compareTo(newest) > 0) {
                newest = change.high();
            }
        }
        pending.spillIfFull();
        if (lostAnEnd) {
            findEnds(); // the page removed the first or last listens and added none in their place
        }
    }

    private static boolean touched(Change change, ListenKey key) {
        return key != null && key.listenedAt() >= change.from() && key.listenedAt() <= change.to();
    }

    private void findEnds() throws IOException {
        oldest = null;
        try (LayerMerge merge = new LayerMerge(layers(List.of()), null, Long.MAX_VALUE)) {
            while (merge.next()) {
                if (merge.present()) {
                    oldest = oldest == null ? merge.key() : oldest;
                    newest = merge.key();
                }
            }
        }
    }

    private boolean foldDue() {
        long enough = Math.max(mirror == null ? 0 : mirror.bytes(), 4 * pendingBytes);
        return !checkpoint.running() || pending.runs() >= MAX_RUNS || pending.runBytes() >= enough
                || journalBytes >= enough;
    }

    /**
     * Merges the mirror with what is pending and {@code imported} into a new mirror, then drops the journal; returns
     * how many of the listens came from {@code imported}. Without changes, only the journal is dropped.
     */
    private int fold(List<MirrorLayer> imported) throws IOException {
        closeJournal();
        int fromImport = 0;
        if (!pending.isEmpty() || !imported.isEmpty() || mirror == null) {
            List<MirrorLayer> layers = layers(imported);
            int firstImported = layers.size() - imported.size();
            MirrorFile written;
            try (MirrorFile.Writer out = MirrorFile.write(temp)) {
                ListenKey start = null;
                if (mirror != null) {
                    ListenKey firstChange = null;
                    for (MirrorLayer layer : layers) {
                        firstChange = layer == mirror ? firstChange : MirrorLayer.earlier(firstChange, layer.firstMention());
                    }
                    start = out.copyBefore(mirror, firstChange == null ? END : firstChange);
                }
                try (LayerMerge merge = new LayerMerge(layers, start, Long.MAX_VALUE)) {
                    while (merge.next()) {
                        if (merge.present()) {
                            merge.writeTo(out);
                            fromImport += merge.layer() >= firstImported ? 1 : 0;
                        }
                    }
                }
                out.flush();
                steps.done(Step.TEMP_WRITTEN);
                out.force();
                steps.done(Step.TEMP_FORCED);
                written = out.finish(path);
            }
            move(temp, path);
            steps.done(Step.RENAMED);
            forceDirectory(path.toAbsolutePath().getParent());
            steps.done(Step.DIRECTORY_FORCED);
            mirror = written;
        }
        if (checkpoint.running()) {
            journalBytes = replaceAtomically(journal, journalLine(new PageWrite(List.of(), 1, 0, checkpoint)));
        } else {
            Files.deleteIfExists(journal);
            journalBytes = 0;
        }
        steps.done(Step.JOURNAL_DROPPED);
        pending.close();
        count = mirror.lines();
        oldest = mirror.first();
        newest = mirror.last();
        return fromImport;
    }

    private void closeJournal() throws IOException {
        if (journalOut != null) {
            journalOut.close();
            journalOut = null;
        }
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

    /**
     * Takes the journal's committed lines in. A last line without its newline, or one that does not parse, was torn
     * by a kill: it is cut off the file. A bad line before the last is corruption.
     */
    private void replay() throws IOException {
        long size = Files.size(journal);
        boolean endsWithNewline = size > 0 && lastByte(journal) == '\n';
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
                take(examine(page));
                committed += line.getBytes(StandardCharsets.UTF_8).length + 1;
                line = next;
            }
        }
        if (committed < size) {
            try (FileChannel out = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                out.truncate(committed);
            }
        }
        journalBytes = committed;
    }

    private static int lastByte(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            in.read(one, in.size() - 1);
            return one.get(0);
        }
    }

    /** A fold's temporary files and runs that a kill left behind. */
    private void removeLeftovers(Path directory) throws IOException {
        Files.deleteIfExists(temp);
        Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".tmp"));
        String runPrefix = path.getFileName() + ".run-";
        try (DirectoryStream<Path> runFiles = Files.newDirectoryStream(directory,
                file -> file.getFileName().toString().startsWith(runPrefix))) {
            for (Path run : runFiles) {
                Files.deleteIfExists(run);
            }
        }
    }

    /** Writes one line to a temporary file, forces it, renames it over {@code target} and forces the directory. */
    private static long replaceAtomically(Path target, String line) throws IOException {
        Path written = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(written, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(line + "\n");
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        move(written, target);
        forceDirectory(target.toAbsolutePath().getParent());
        return Files.size(target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A rename is on disk once its directory is; where a directory cannot be opened (Windows), its file system keeps renames. */
    private static void forceDirectory(Path directory) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory, StandardOpenOption.READ);
        } catch (IOException cannotOpenADirectory) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }
}
