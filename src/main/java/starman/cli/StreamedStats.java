package starman.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import starman.archive.ByteSource;
import starman.importer.ImportFile;
import starman.importer.ImportPart;
import starman.importer.ImportProblem;
import starman.importer.ListenSplitter;
import starman.importer.ListenLine;
import starman.importer.SeenTexts;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.metrics.ListenIndex;
import starman.model.ListenJson;
import starman.model.TrackMetadata;

/**
 * Feeds a file of listens (an export ZIP, a JSON array or JSONL, as {@link ImportFile#plan} tells them) into an index
 * in one streaming pass with bounded memory: each listen's top level is read without making anything, its
 * {@code track_metadata} text looked up among those seen (by hash) and judged only when new, and only the chosen
 * artist's listens are kept, as three numbers each until the index takes them. The file is read in pieces side by
 * side, a thread per processor: a ZIP's entries (inflated in chunks of a megabyte), and stored lines cut at line ends;
 * the pieces' listens reach the index in file order, so a listen given twice ends as the later one, as
 * {@link ListenIndex#addAll} would have it.
 */
final class StreamedStats {
    private static final int MAX_LINE_BYTES = 1 << 20;
    private static final int CHUNK = 1 << 20;
    /** A part is at least this long: a small file is not worth a second thread. */
    private static final long MIN_PART = 32L << 20;
    /** Beyond this many distinct texts the cache starts again, so memory stays bounded. */
    private static final int SEEN_TEXTS = 4_000_000;

    private final ListenIndex index;
    private final Texts texts;
    private final ListenLine listen;
    private final JsonReader whole = new JsonReader(new byte[0]).skippingBy(LongWords.JVM);
    private final JsonReader spare = new JsonReader(new byte[0]).skippingBy(LongWords.JVM);
    /** The msid of the text being judged, hashed from its bytes. */
    private boolean carriesMsid;
    private long msidHash;
    private final ListenJson.MsidReader msid = r -> {
        carriesMsid = r.nextStringSpan();
        msidHash = carriesMsid ? ListenIndex.hash(r.spanBytes(), r.spanStart(), r.spanLength()) : 0;
        return carriesMsid;
    };
    private long[] times = new long[256];
    private long[] hashes = new long[256];
    private int[] judged = new int[256];
    private int kept;
    /** The piece's lines so far, and its failure (line within the piece, place in an array, message), if any. */
    private long lines;
    private long failedLine;
    private long failedListen;
    private String failure;

    private StreamedStats(ListenIndex index, Texts texts) {
        this.index = index;
        this.texts = texts;
        this.listen = new ListenLine(texts.seen, new ListenLine.Texts() {
            @Override
            public int add(JsonReader text) {
                return judge(text);
            }

            @Override
            public boolean carriesMsid(int entry) {
                return texts.hasMsid(entry);
            }
        }).skippingBy(LongWords.JVM);
    }

    /**
     * The track_metadata texts the parts have seen, shared, so a text met in both halves of the file is judged once:
     * per text, the index's judgement (-1: another artist's) and the msid it carries. Lines ask on every listen, so
     * an entry counted in {@link #published} is read without the lock (its chunk never moves).
     */
    private static final class Texts {
        private static final int CHUNK_BITS = 12;
        private static final int CHUNK = 1 << CHUNK_BITS;
        final SeenTexts seen = new SeenTexts(LongWords.JVM);
        private int[][] judgement = new int[64][];
        private long[][] embeddedMsid = new long[64][];
        private boolean[][] hasMsid = new boolean[64][];
        /** Entries below it are written whole (a volatile write after each, which a reader reads first). */
        private volatile int published;

        /** @param msid the {@link ListenIndex#hash} of the msid the text carries, if it {@code carries} one */
        synchronized int add(int judged, boolean carries, long msid) {
            if (seen.size() >= SEEN_TEXTS) {
                seen.clear(); // older entries stay valid for lines that hold them; new lines judge again
            }
            int entry = published;
            int chunk = entry >> CHUNK_BITS;
            if (chunk == judgement.length) {
                judgement = Arrays.copyOf(judgement, 2 * chunk);
                embeddedMsid = Arrays.copyOf(embeddedMsid, 2 * chunk);
                hasMsid = Arrays.copyOf(hasMsid, 2 * chunk);
            }
            if (judgement[chunk] == null) {
                judgement[chunk] = new int[CHUNK];
                embeddedMsid[chunk] = new long[CHUNK];
                hasMsid[chunk] = new boolean[CHUNK];
            }
            judgement[chunk][entry & (CHUNK - 1)] = judged;
            hasMsid[chunk][entry & (CHUNK - 1)] = carries;
            embeddedMsid[chunk][entry & (CHUNK - 1)] = msid;
            published = entry + 1;
            return entry;
        }

        int judgement(int entry) {
            see(entry);
            return judgement[entry >> CHUNK_BITS][entry & (CHUNK - 1)];
        }

        boolean hasMsid(int entry) {
            see(entry);
            return hasMsid[entry >> CHUNK_BITS][entry & (CHUNK - 1)];
        }

        long embeddedMsid(int entry) {
            see(entry);
            return embeddedMsid[entry >> CHUNK_BITS][entry & (CHUNK - 1)];
        }

        /** Makes what {@link #add} wrote of an entry visible here: the volatile read, else the lock it wrote under. */
        private void see(int entry) {
            if (entry >= published) {
                synchronized (this) {
                    assert entry < published;
                }
            }
        }
    }

    /**
     * Adds every listen of {@code file} to {@code index}: an export ZIP's listens (entries side by side), a JSON
     * array's, or a JSONL file's. A listen that is not one fails it, naming where.
     */
    static void read(Path file, ListenIndex index) throws IOException {
        read(file, index, Runtime.getRuntime().availableProcessors(), MIN_PART);
    }

    /** The same on up to {@code most} threads, stored lines cut into pieces of at least {@code minPart} bytes. */
    static void read(Path file, ListenIndex index, int most, long minPart) throws IOException {
        try (FileBytes source = FileBytes.open(file)) {
            String name = file.getFileName().toString();
            List<ImportPart> pieces = new ArrayList<>();
            List<Integer> partOf = new ArrayList<>();
            List<ImportPart> parts = ImportFile.plan(source, name);
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).content() != ImportPart.Content.USER_INFO) {
                    for (ImportPart piece : pieces(source, parts.get(i), most, minPart)) {
                        pieces.add(piece);
                        partOf.add(i);
                    }
                }
            }
            Texts texts = new Texts();
            List<StreamedStats> readers = new ArrayList<>();
            for (int p = 0; p < pieces.size(); p++) {
                readers.add(new StreamedStats(index, texts));
            }
            int threads = Math.max(1, Math.min(most, pieces.size()));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    running.add(pool.submit(() -> {
                        byte[] chunk = new byte[CHUNK];
                        int[] newlines = new int[CHUNK];
                        for (int p; (p = next.getAndIncrement()) < pieces.size(); ) {
                            readers.get(p).read(source, name, pieces.get(p), chunk, newlines);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
            long before = 0;
            for (int p = 0; p < pieces.size(); p++) {
                ImportPart piece = pieces.get(p);
                if (p > 0 && !partOf.get(p - 1).equals(partOf.get(p))) {
                    before = 0; // another part: its lines count from 1
                }
                StreamedStats part = readers.get(p);
                if (part.failure != null) {
                    ImportProblem problem = new ImportProblem(piece.name(), before + part.failedLine,
                            part.failedListen, part.failure);
                    throw new JsonException(piece.name().equals(name) ? problem.place() + ": " + problem.reason()
                            : problem.toString());
                }
                before += part.lines;
            }
            addInFileOrder(index, readers);
        }
    }

    private static void addInFileOrder(ListenIndex index, List<StreamedStats> parts) {
        int n = 0;
        for (StreamedStats part : parts) {
            n += part.kept;
        }
        long[] times = new long[n];
        long[] hashes = new long[n];
        int[] judged = new int[n];
        int at = 0;
        for (StreamedStats part : parts) {
            System.arraycopy(part.times, 0, times, at, part.kept);
            System.arraycopy(part.hashes, 0, hashes, at, part.kept);
            System.arraycopy(part.judged, 0, judged, at, part.kept);
            at += part.kept;
        }
        index.addJudged(times, hashes, judged, n);
    }

    /**
     * A part as pieces read side by side: stored lines cut just after line ends into up to {@code most} pieces of
     * at least {@code minPart} bytes; a deflated part or an array whole.
     */
    private static List<ImportPart> pieces(ByteSource source, ImportPart part, int most, long minPart)
            throws IOException {
        if (part.deflated() || part.content() != ImportPart.Content.LINES) {
            return List.of(part);
        }
        long size = part.length();
        int parts = (int) Math.max(1, Math.min(most, size / minPart));
        long[] cuts = new long[parts + 1];
        byte[] one = new byte[1];
        for (int p = 1; p < parts; p++) {
            long at = Math.max(cuts[p - 1], size * p / parts);
            while (at < size && source.read(part.offset() + at++, one, 0, 1) == 1 && one[0] != '\n') {
                // to just after the next line end
            }
            cuts[p] = at;
        }
        cuts[parts] = size;
        List<ImportPart> pieces = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            pieces.add(part.slice(part.offset() + cuts[p], part.offset() + cuts[p + 1]));
        }
        return pieces;
    }

    /** Reads one piece: its lines, or its array's elements, into this reader's listens. */
    private void read(ByteSource source, String fileName, ImportPart piece, byte[] chunk, int[] newlines)
            throws IOException {
        boolean array = piece.content() == ImportPart.Content.ARRAY;
        ListenSplitter listens = new ListenSplitter(array, MAX_LINE_BYTES, new ListenSplitter.Handler() {
            @Override
            public void listen(byte[] bytes, int offset, int length, long line, long place) {
                StreamedStats.this.listen(bytes, offset, length, line, place);
            }

            @Override
            public void problem(long line, long place, String sentence) {
                fail(line, place, sentence);
            }
        });
        try {
            ImportFile.stream(source, fileName, piece, chunk, (bytes, offset, length) -> listens.accept(bytes, offset,
                    length, newlines, array ? 0 : LongWords.newlines(bytes, offset, offset + length, newlines)));
            listens.end();
        } catch (Stop stop) {
            // the first failure is kept; the rest of the piece is not read
        }
        lines = listens.lines();
    }

    private void listen(byte[] bytes, int offset, int length, long line, long listen) {
        try {
            line(bytes, offset, length);
        } catch (JsonException e) {
            fail(line, listen, e.getMessage());
        }
    }

    /** Thrown past the splitter and the inflater once a piece has failed. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private void fail(long line, long listen, String message) {
        failedLine = line;
        failedListen = listen;
        failure = message;
        throw new Stop();
    }

    private void line(byte[] bytes, int offset, int length) {
        listen.read(bytes, offset, length);
        int entry = listen.track;
        int judgement = texts.judgement(entry);
        if (judgement < 0) {
            return; // another artist's listen: the index would not keep it
        }
        long hash = listen.msid().present() ? ListenIndex.hash(listen.msid().bytes, 0, listen.msid().length)
                : texts.embeddedMsid(entry);
        if (kept == times.length) {
            times = Arrays.copyOf(times, 2 * kept);
            hashes = Arrays.copyOf(hashes, 2 * kept);
            judged = Arrays.copyOf(judged, 2 * kept);
        }
        times[kept] = listen.listenedAt;
        hashes[kept] = hash;
        judged[kept++] = judgement;
    }

    /** A new track_metadata text: whose it is first, and only the artist's read whole and judged. */
    private int judge(JsonReader text) {
        int from = text.position();
        carriesMsid = false;
        msidHash = 0;
        TrackMetadata credit = ListenJson.readCredit(text, spare, msid);
        int judged = -1;
        if (index.artist().matches(credit)) {
            JsonReader r = whole.reset(text.input(), from, text.position() - from);
            TrackMetadata track = ListenJson.readTrack(r, new String[1]);
            r.endDocument();
            synchronized (index) { // the parts share one index, which numbers what it judged
                judged = index.judgement(track);
            }
        }
        return texts.add(judged, carriesMsid, msidHash);
    }
}
