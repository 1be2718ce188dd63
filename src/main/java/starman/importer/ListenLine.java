package starman.importer;

import starman.json.JsonException;
import starman.json.JsonReader;

/**
 * The top level of one listen line (API or export shape), read as {@code ListenJson.read} reads it but without
 * making anything: its times, its msid and user name as UTF-8 bytes, and where its {@code track_metadata} lies in
 * the line, unparsed, so a caller can look that text up among those it has seen. Reused line after line.
 */
public final class ListenLine {
    public long listenedAt;
    /** Unix seconds, 0 when the line has none. */
    public long insertedAt;
    /** The line's bytes; {@code track_metadata}'s text is {@code line[trackFrom, trackTo)}. */
    public byte[] line;
    public int trackFrom;
    public int trackTo;
    /** What {@link #seen} attached to the {@code track_metadata} text, or -1 when it is new (then put it). */
    public int seenEntry;
    private final SeenTexts seen;
    private final JsonReader reader = new JsonReader(new byte[0]);
    private final Field msid = new Field();
    private final Field user = new Field();
    private String path;

    /** @param seen the texts seen so far: a line whose {@code track_metadata} is one of them is not scanned */
    public ListenLine(SeenTexts seen) {
        this.seen = seen;
    }

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

    /** Reads a line; throws {@link JsonException} (naming the path) when it is not a listen. */
    public void read(byte[] bytes, int offset, int length) {
        JsonReader r = reader.reset(bytes, offset, length);
        line = bytes;
        listenedAt = 0;
        insertedAt = 0;
        trackFrom = -1;
        trackTo = -1;
        seenEntry = -1;
        msid.length = -1;
        user.length = -1;
        boolean sawListenedAt = false;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "listened_at": listenedAt = r.nextLong(); sawListenedAt = true; break;
                case "inserted_at": insertedAt = r.skipNull() ? 0 : r.nextWholePart(); break;
                case "recording_msid": msid.take(r); break;
                case "user_name": user.take(r); break;
                case "track_metadata": track(r, offset + length); break;
                default: r.skipValue();
            }
        }
        path = r.path();
        r.endObject();
        r.endDocument();
        if (!sawListenedAt) {
            throw missing("listened_at");
        }
        if (trackFrom < 0) {
            throw missing("track_metadata");
        }
    }

    /**
     * Finds the text of {@code track_metadata} and whether it was seen. Export lines end with it, so the text up to
     * the line's closing brace is tried first: seen, it needs no scan (a seen text is one whole value, so it cannot
     * be that and more fields); else the value is scanned for its end and looked up as it is.
     */
    private void track(JsonReader r, int lineEnd) {
        trackFrom = r.rawStart();
        int last = lineEnd - 1;
        while (last > trackFrom && isSpace(line[last])) {
            last--;
        }
        if (line[last] == '}') {
            int entry = seen.get(line, trackFrom, last);
            if (entry >= 0) {
                r.skipValueTo(last);
                trackTo = last;
                seenEntry = entry;
                return;
            }
        }
        r.skipRawValue();
        trackTo = r.position();
        seenEntry = seen.get(line, trackFrom, trackTo);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** The error for a listen without {@code field}, as ListenJson words it. */
    public JsonException missing(String field) {
        return new JsonException("listen has no " + field + " at " + path);
    }

    /** The top-level {@code recording_msid} (export lines keep theirs in {@code track_metadata}). */
    public Field msid() {
        return msid;
    }

    public Field user() {
        return user;
    }
}
