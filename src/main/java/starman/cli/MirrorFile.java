package starman.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.model.ListenJson;
import starman.model.ListenKey;

/**
 * A JSONL file of listens sorted by key, each key once: the mirror, or a run of lines not folded into it yet. A
 * sparse index (the key and offset of every stride-th line, at most {@link #MARKS} of them: the stride doubles as
 * the file grows) finds a key's neighbourhood without holding the file. The file is never changed once written.
 */
final class MirrorFile implements MirrorLayer {
    static final int MARKS = 4096;
    private static final int FIRST_STRIDE = 64;
    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final long bytes;
    private final long lines;
    private final ListenKey first;
    private final ListenKey last;
    private final Marks marks;

    private MirrorFile(Path path, long bytes, long lines, ListenKey first, ListenKey last, Marks marks) {
        this.path = path;
        this.bytes = bytes;
        this.lines = lines;
        this.first = first;
        this.last = last;
        this.marks = marks;
    }

    /** Reads a file through, checking each line is a listen after the one before; {@link NotAMirrorException} if not. */
    static MirrorFile read(Path path) throws IOException {
        Marks marks = new Marks();
        JsonReader reader = new JsonReader(new byte[0]);
        ListenKey first = null;
        ListenKey last = null;
        long count = 0;
        try (Lines in = new Lines(path, 0)) {
            for (long number = 1; in.next(); number++) {
                if (in.blank()) {
                    continue;
                }
                ListenKey key;
                try {
                    key = keyOf(reader, in.bytes, in.start, in.length);
                } catch (JsonException e) {
                    throw new NotAMirrorException(path + ":" + number + ": not a ListenBrainz listen (" + e.getMessage()
                            + "); is this a Starman mirror?");
                }
                if (last != null && key.compareTo(last) <= 0) {
                    throw new NotAMirrorException(path + ":" + number + ": this listen does not come after the one"
                            + " before it, so this is not a Starman mirror (oldest first, each listen once); `starman"
                            + " import --listens " + path + " --out NEW.jsonl` makes one of it.");
                }
                marks.offer(count++, key, in.offset);
                first = first == null ? key : first;
                last = key;
            }
            return new MirrorFile(path, in.position(), count, first, last, marks);
        }
    }

    /** Starts writing a file (replacing what is there); lines must come in key order. */
    static Writer write(Path path) throws IOException {
        return new Writer(path);
    }

    /**
     * A listen line's key from its first fields (a mirror line starts with them), without reading the rest; a line
     * with its msid inside {@code track_metadata} (the export shape) is read whole.
     */
    static ListenKey keyOf(JsonReader r, byte[] line, int offset, int length) {
        r.reset(line, offset, length);
        boolean timed = false;
        long listenedAt = 0;
        String msid = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "listened_at": listenedAt = r.nextLong(); timed = true; break;
                case "recording_msid": msid = r.nextStringOrNull(); break;
                default: r.skipValue();
            }
            if (timed && msid != null) {
                return new ListenKey(listenedAt, msid);
            }
        }
        return ListenJson.read(r.reset(line, offset, length)).key();
    }

    Path path() {
        return path;
    }

    long bytes() {
        return bytes;
    }

    long lines() {
        return lines;
    }

    @Override
    public ListenKey first() {
        return first;
    }

    @Override
    public ListenKey last() {
        return last;
    }

    @Override
    public Cursor from(ListenKey from) throws IOException {
        int mark = from == null ? -1 : marks.atOrBefore(from);
        FileCursor cursor = new FileCursor(new Lines(path, mark < 0 ? 0 : marks.offsets[mark]));
        if (from != null) {
            cursor.skipBefore(from);
        }
        return cursor;
    }

    /** Lines in order from an offset; blank ones are left to the reader. */
    private static final class Lines implements Closeable {
        private final FileChannel channel;
        private final InputStream in;
        private byte[] bytes = new byte[BUFFER];
        /** The file offset of {@code bytes[0]}. */
        private long base;
        private int next;
        private int limit;
        private boolean eof;
        int start;
        int length;
        long offset;

        Lines(Path path, long from) throws IOException {
            channel = FileChannel.open(path, StandardOpenOption.READ).position(from);
            in = Channels.newInputStream(channel);
            base = from;
        }

        boolean next() throws IOException {
            int scanned = next;
            while (true) {
                for (int i = scanned; i < limit; i++) {
                    if (bytes[i] == '\n') {
                        take(i - next, i + 1);
                        return true;
                    }
                }
                if (eof) {
                    if (next == limit) {
                        return false;
                    }
                    take(limit - next, limit);
                    return true;
                }
                scanned = limit - next;
                if (next > 0) {
                    System.arraycopy(bytes, next, bytes, 0, limit - next);
                    base += next;
                    limit -= next;
                    next = 0;
                } else if (limit == bytes.length) {
                    bytes = Arrays.copyOf(bytes, 2 * bytes.length);
                }
                int n = in.read(bytes, limit, bytes.length - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
            }
        }

        private void take(int lineLength, int after) {
            start = next;
            length = lineLength;
            offset = base + next;
            next = after;
        }

        boolean blank() {
            for (int i = start; i < start + length; i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                    return false;
                }
            }
            return true;
        }

        /** The offset after the last line read. */
        long position() {
            return base + next;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static final class FileCursor implements Cursor {
        private final Lines lines;
        private final JsonReader reader = new JsonReader(new byte[0]);
        private ListenKey key;
        /** A line read ahead by {@link #skipBefore}, handed out by the next {@link #next}. */
        private boolean ahead;

        FileCursor(Lines lines) {
            this.lines = lines;
        }

        void skipBefore(ListenKey from) throws IOException {
            while (next()) {
                if (key.compareTo(from) >= 0) {
                    ahead = true;
                    return;
                }
            }
        }

        @Override
        public boolean next() throws IOException {
            if (ahead) {
                ahead = false;
                return true;
            }
            while (lines.next()) {
                if (!lines.blank()) {
                    key = keyOf(reader, lines.bytes, lines.start, lines.length);
                    return true;
                }
            }
            key = null;
            return false;
        }

        @Override
        public ListenKey key() {
            return key;
        }

        @Override
        public byte[] bytes() {
            return lines.bytes;
        }

        @Override
        public int offset() {
            return lines.start;
        }

        @Override
        public int length() {
            return lines.length;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    /** Every stride-th line's key, offset and number; the stride doubles each time the marks fill. */
    private static final class Marks {
        private ListenKey[] keys = new ListenKey[16];
        private long[] offsets = new long[16];
        private int count;
        private long stride = FIRST_STRIDE;

        void offer(long line, ListenKey key, long offset) {
            if (line % stride != 0) {
                return;
            }
            if (count == MARKS) {
                for (int i = 0; i < count / 2; i++) {
                    keys[i] = keys[2 * i];
                    offsets[i] = offsets[2 * i];
                }
                count /= 2;
                stride *= 2;
                if (line % stride != 0) {
                    return;
                }
            }
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, 2 * count);
                offsets = Arrays.copyOf(offsets, 2 * count);
            }
            keys[count] = key;
            offsets[count++] = offset;
        }

        /** The last mark whose key is at most {@code key}, -1 when none is. */
        int atOrBefore(ListenKey key) {
            return search(key, true);
        }

        /** The last mark whose key is below {@code key}, -1 when none is. */
        int before(ListenKey key) {
            return search(key, false);
        }

        private int search(ListenKey key, boolean orEqual) {
            int lo = 0;
            int hi = count - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = keys[mid].compareTo(key);
                if (c < 0 || orEqual && c == 0) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }

        /** The first {@code n} marks of {@code other}, which are this file's too. */
        void adopt(Marks other, int n) {
            keys = Arrays.copyOf(other.keys, Math.max(16, n));
            offsets = Arrays.copyOf(other.offsets, Math.max(16, n));
            count = n;
            stride = other.stride;
        }

        long line(int mark) {
            return mark * stride;
        }
    }

    /** Writes a sorted file; {@link #finish} gives the file to read. */
    static final class Writer implements Closeable {
        private final Path path;
        private final FileChannel channel;
        private final OutputStream out;
        private final Marks marks = new Marks();
        private long bytes;
        private long lines;
        private ListenKey first;
        private ListenKey last;
        private boolean closed;

        private Writer(Path path) throws IOException {
            this.path = path;
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
        }

        /**
         * Copies {@code from}'s lines before {@code until} as they are, byte for byte, up to a mark (so without
         * reading them); returns the key to write on from (that mark's line's), or null to start at the beginning.
         */
        ListenKey copyBefore(MirrorFile from, ListenKey until) throws IOException {
            int mark = from.marks.before(until);
            if (mark <= 0 || lines > 0) {
                return null;
            }
            long length = from.marks.offsets[mark];
            try (FileChannel in = FileChannel.open(from.path, StandardOpenOption.READ)) {
                for (long at = 0; at < length; ) {
                    at += in.transferTo(at, length - at, channel);
                }
            }
            marks.adopt(from.marks, mark);
            bytes = length;
            lines = from.marks.line(mark);
            first = from.first;
            return from.marks.keys[mark];
        }

        void add(ListenKey key, byte[] line, int offset, int length) throws IOException {
            if (last != null && key.compareTo(last) <= 0) {
                throw new IllegalStateException(key + " written after " + last + " into " + path);
            }
            marks.offer(lines++, key, bytes);
            out.write(line, offset, length);
            out.write('\n');
            bytes += length + 1;
            first = first == null ? key : first;
            last = key;
        }

        void flush() throws IOException {
            out.flush();
        }

        /** Forces what was written (and flushed) to disk. */
        void force() throws IOException {
            channel.force(true);
        }

        /** Closes the file; {@code at} is where it will be read from (the name it is renamed to). */
        MirrorFile finish(Path at) throws IOException {
            close();
            return new MirrorFile(at, bytes, lines, first, last, marks);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try (channel) {
                    out.flush();
                }
            }
        }
    }
}
