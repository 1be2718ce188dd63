package starman.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import starman.importer.LineSplitter;
import starman.importer.ListenLine;
import starman.importer.SeenTexts;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.metrics.ListenIndex;
import starman.model.ListenJson;
import starman.model.TrackMetadata;

/**
 * Feeds a JSONL file of listens into an index in one streaming pass with bounded memory: each line's top level is
 * read without making anything, its {@code track_metadata} text looked up among those seen (by hash) and judged
 * only when new, and only the chosen artist's listens are kept, as three numbers each until the index takes them.
 * The file is cut at line ends into a part per processor, read side by side; the parts' listens reach the index in
 * file order, so a listen given twice ends as the later one, as {@link ListenIndex#addAll} would have it.
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
    private long[] times = new long[4096];
    private long[] hashes = new long[4096];
    private int[] judged = new int[4096];
    private int kept;
    /** The part's lines so far, and its first failure (line within the part, message), if any. */
    private long lines;
    private long failedLine;
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

    /** Adds every listen of {@code file} to {@code index}; a line that is not a listen fails it, naming the line. */
    static void read(Path file, ListenIndex index) throws IOException {
        read(file, index, Runtime.getRuntime().availableProcessors(), MIN_PART);
    }

    /** The same in up to {@code most} parts of at least {@code minPart} bytes. */
    static void read(Path file, ListenIndex index, int most, long minPart) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] cuts = cuts(channel, most, minPart);
            List<StreamedStats> parts = new ArrayList<>();
            Texts texts = new Texts();
            for (int p = 0; p + 1 < cuts.length; p++) {
                parts.add(new StreamedStats(index, texts));
            }
            ExecutorService pool = Executors.newFixedThreadPool(parts.size());
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int p = 0; p < parts.size(); p++) {
                    StreamedStats part = parts.get(p);
                    long from = cuts[p];
                    long to = cuts[p + 1];
                    running.add(pool.submit(() -> part.read(channel, from, to)));
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
            for (StreamedStats part : parts) {
                if (part.failure != null) {
                    throw new JsonException("line " + (before + part.failedLine) + ": " + part.failure);
                }
                before += part.lines;
            }
            addInFileOrder(index, parts);
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

    /** Where the parts begin (each just after a line end) and, last, the file's size. */
    private static long[] cuts(FileChannel channel, int most, long minPart) throws IOException {
        long size = channel.size();
        int parts = (int) Math.max(1, Math.min(most, size / minPart));
        long[] cuts = new long[parts + 1];
        ByteBuffer one = ByteBuffer.allocate(1);
        for (int p = 1; p < parts; p++) {
            long at = Math.max(cuts[p - 1], size * p / parts);
            while (at < size) {
                one.clear();
                channel.read(one, at++);
                if (one.get(0) == '\n') {
                    break;
                }
            }
            cuts[p] = at;
        }
        cuts[parts] = size;
        return cuts;
    }

    private Void read(FileChannel channel, long from, long to) throws IOException {
        LineSplitter splitter = new LineSplitter(MAX_LINE_BYTES, new LineSplitter.Handler() {
            @Override
            public void line(byte[] bytes, int offset, int length, long number) {
                if (failure == null) {
                    try {
                        StreamedStats.this.line(bytes, offset, length);
                    } catch (JsonException e) {
                        fail(number, e.getMessage());
                    }
                }
            }

            @Override
            public void tooLong(long number) {
                fail(number, "longer than 1 MB, so not a listen");
            }
        });
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        int[] newlines = new int[CHUNK];
        for (long at = from; at < to && failure == null; ) {
            chunk.clear().limit((int) Math.min(CHUNK, to - at));
            int n = channel.read(chunk, at);
            if (n <= 0) {
                break;
            }
            splitter.accept(chunk.array(), 0, n, newlines, LongWords.newlines(chunk.array(), 0, n, newlines));
            at += n;
        }
        splitter.end();
        lines = splitter.lines();
        return null;
    }

    private void fail(long line, String message) {
        if (failure == null) {
            failedLine = line;
            failure = message;
        }
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
