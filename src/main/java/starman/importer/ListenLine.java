package starman.importer;

import starman.json.JsonException;
import starman.json.JsonReader;
import starman.json.Words;
import starman.model.ListenJson;

/**
 * The top level of one listen line (API or export shape), read by {@link ListenJson#readFields}'s rules but without
 * making anything: its times, its msid and user name as UTF-8 bytes, and its {@code track_metadata} as an entry
 * among the texts seen ({@link SeenTexts}): a text seen before is neither parsed nor, when it ends the line (as in
 * an export), even scanned. Reused line after line.
 */
public final class ListenLine implements ListenJson.Fields {
    /** What a caller keeps of each distinct {@code track_metadata} text. */
    public interface Texts {
        /** A text not seen before, {@code text} reading exactly it: read it, keep what you need, return its entry. */
        int add(JsonReader text);

        /** Whether the text of this entry carries an msid (in track_metadata or additional_info). */
        boolean carriesMsid(int entry);
    }

    public long listenedAt;
    /** Unix seconds, 0 when the line has none. */
    public long insertedAt;
    /** The entry of the line's {@code track_metadata} text. */
    public int track;
    private final Field msid = new Field();
    private final Field user = new Field();
    private final SeenTexts seen;
    private final SeenTexts.Key key = new SeenTexts.Key();
    private final Texts texts;
    private final JsonReader reader = new JsonReader(new byte[0]);
    private final JsonReader text = new JsonReader(new byte[0]);
    private byte[] line;
    private int lineEnd;

    /** A string field's bytes, copied (a reader's span lasts only until its next string). */
    public static final class Field {
        public byte[] bytes = new byte[64];
        /** -1 when the line has none. */
        public int length = -1;

        void take(JsonReader r) {
            if (!r.nextStringSpan()) {
                length = -1;
                return;
            }
            if (r.spanLength() > bytes.length) {
                bytes = new byte[Math.max(r.spanLength(), 2 * bytes.length)];
            }
            System.arraycopy(r.spanBytes(), r.spanStart(), bytes, 0, r.spanLength());
            length = r.spanLength();
        }

        public boolean present() {
            return length >= 0;
        }
    }

    /**
     * @param seen the texts seen so far, by hash
     * @param texts what becomes of a text the first time it is seen
     */
    public ListenLine(SeenTexts seen, Texts texts) {
        this.seen = seen;
        this.texts = texts;
    }

    /** Skips strings eight bytes at a time (see {@link JsonReader#skippingBy}). */
    public ListenLine skippingBy(Words words) {
        reader.skippingBy(words);
        text.skippingBy(words);
        return this;
    }

    /** Reads a line; throws {@code JsonException} (naming the path) when it is not a listen. */
    public void read(byte[] bytes, int offset, int length) {
        line = bytes;
        lineEnd = offset + length;
        listenedAt = 0;
        insertedAt = 0;
        track = -1;
        msid.length = -1;
        user.length = -1;
        JsonReader r = reader.reset(bytes, offset, length);
        ListenJson.readFields(r, this);
        r.endDocument();
    }

    @Override
    public void listenedAt(long t) {
        listenedAt = t;
    }

    @Override
    public void insertedAt(long t) {
        insertedAt = t;
    }

    @Override
    public void msid(JsonReader r) {
        msid.take(r);
    }

    @Override
    public void user(JsonReader r) {
        user.take(r);
    }

    /**
     * Export lines end with {@code track_metadata}, so the text up to the line's closing brace is tried first: seen,
     * it needs no scan (a seen text is one whole value, so it cannot be that and more fields); else the value is
     * scanned for its end and looked up as it is, and added when new.
     */
    @Override
    public void track(JsonReader r) {
        int from = r.rawStart();
        int last = lineEnd - 1;
        while (last > from && isSpace(line[last])) {
            last--;
        }
        if (line[last] == '}') {
            seen.hash(line, from, last, key);
            int entry = seen.get(key);
            if (entry >= 0) {
                r.skipValueTo(last);
                track = entry;
                return;
            }
            if (endsObject(from, last) && addWhole(from, last)) {
                r.skipValueTo(last);
                return;
            }
        }
        r.skipRawValue();
        int to = r.position();
        seen.hash(line, from, to, key);
        int entry = seen.get(key);
        if (entry < 0) {
            int added = texts.add(text.reset(line, from, to - from));
            text.endDocument();
            entry = seen.putIfAbsent(key, added);
        }
        track = entry;
    }

    /** Whether the bytes before {@code to} end with a closing brace, as a track_metadata object that ends the line does. */
    private boolean endsObject(int from, int to) {
        int i = to - 1;
        while (i > from && isSpace(line[i])) {
            i--;
        }
        return line[i] == '}';
    }

    /**
     * A new text that seems to end the line, added as it is: if it is one whole value, it needs no scan for its end
     * and no second hash. Not one value (more fields follow, or it is not JSON), it is left for the scan, which
     * reports what is wrong.
     */
    private boolean addWhole(int from, int to) {
        int added;
        try {
            added = texts.add(text.reset(line, from, to - from));
            text.endDocument();
        } catch (JsonException e) {
            return false;
        }
        track = seen.putIfAbsent(key, added);
        return true;
    }

    @Override
    public boolean hasMsid() {
        return msid.present() || texts.carriesMsid(track);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** The top-level {@code recording_msid} (export lines keep theirs in {@code track_metadata}). */
    public Field msid() {
        return msid;
    }

    public Field user() {
        return user;
    }
}
