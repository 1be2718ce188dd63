package starman.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 */
final class StreamedStats {
    private static final int MAX_LINE_BYTES = 1 << 20;
    private static final int CHUNK = 1 << 20;
    /** Beyond this many distinct texts the cache starts again, so memory stays bounded. */
    private static final int SEEN_TEXTS = 4_000_000;

    private final ListenIndex index;
    private final ListenLine listen = new ListenLine();
    private final SeenTexts seen = new SeenTexts();
    /** Per seen text: the index's judgement (-1: another artist's), and whether and which msid it carries. */
    private int[] judgement = new int[1024];
    private long[] embeddedMsid = new long[1024];
    private boolean[] hasMsid = new boolean[1024];
    private long[] times = new long[4096];
    private long[] hashes = new long[4096];
    private int[] judged = new int[4096];
    private int kept;

    private StreamedStats(ListenIndex index) {
        this.index = index;
    }

    /** Adds every listen of {@code file} to {@code index}; a line that is not a listen fails it, naming the line. */
    static void read(Path file, ListenIndex index) throws IOException {
        StreamedStats stats = new StreamedStats(index);
        LineSplitter lines = new LineSplitter(MAX_LINE_BYTES, new LineSplitter.Handler() {
            @Override
            public void line(byte[] bytes, int offset, int length, long number) {
                try {
                    stats.line(bytes, offset, length);
                } catch (JsonException e) {
                    throw new JsonException("line " + number + ": " + e.getMessage());
                }
            }

            @Override
            public void tooLong(long number) {
                throw new JsonException("line " + number + ": longer than 1 MB, so not a listen");
            }
        });
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(chunk); n > 0; n = in.read(chunk)) {
                lines.accept(chunk, 0, n);
            }
        }
        lines.end();
        index.addJudged(stats.times, stats.hashes, stats.judged, stats.kept);
    }

    private void line(byte[] bytes, int offset, int length) {
        listen.read(bytes, offset, length);
        int entry = seen.get(listen.line, listen.trackFrom, listen.trackTo);
        if (entry < 0) {
            entry = judge();
        }
        if (!listen.msid().present() && !hasMsid[entry]) {
            throw listen.missing("recording_msid");
        }
        if (judgement[entry] < 0) {
            return; // another artist's listen: the index would not keep it
        }
        long hash = listen.msid().present() ? ListenIndex.hash(listen.msid().bytes, 0, listen.msid().length)
                : embeddedMsid[entry];
        if (kept == times.length) {
            times = Arrays.copyOf(times, 2 * kept);
            hashes = Arrays.copyOf(hashes, 2 * kept);
            judged = Arrays.copyOf(judged, 2 * kept);
        }
        times[kept] = listen.listenedAt;
        hashes[kept] = hash;
        judged[kept++] = judgement[entry];
    }

    private int judge() {
        JsonReader text = new JsonReader(listen.line, listen.trackFrom, listen.trackTo - listen.trackFrom);
        String[] msid = new String[1];
        TrackMetadata track = ListenJson.readTrack(text, msid);
        text.endDocument();
        if (seen.size() == SEEN_TEXTS) {
            seen.clear();
        }
        int entry = seen.size();
        if (entry == judgement.length) {
            judgement = Arrays.copyOf(judgement, 2 * entry);
            embeddedMsid = Arrays.copyOf(embeddedMsid, 2 * entry);
            hasMsid = Arrays.copyOf(hasMsid, 2 * entry);
        }
        judgement[entry] = index.judgement(track);
        hasMsid[entry] = msid[0] != null;
        embeddedMsid[entry] = msid[0] == null ? 0 : ListenIndex.hash(msid[0]);
        seen.put(entry);
        return entry;
    }
}
