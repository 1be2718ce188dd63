package starman.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one append-only string table that day blocks point into (STORAGE.md layout e). Ids are dense
 * from 0 and never change. Stored as one UTF-8 buffer plus end offsets; strings are decoded lazily,
 * and the reverse map is built only once something is added.
 *
 * <p>{@link #toBytes(int)}: int32 LE count, count int32 LE end offsets, then the UTF-8 bytes; a
 * JavaScript adapter may view the header as an Int32Array. A store persists the table as such chunks,
 * each holding the strings added since the previous one, so a sync page never rewrites the whole table.
 */
public final class ListenDictionary {
    private byte[] utf8;
    private int utf8Length;
    private int[] ends;
    private int size;
    private String[] decoded;
    private Map<String, Integer> ids;

    public ListenDictionary() {
        this(new byte[1024], 0, new int[64], 0);
    }

    private ListenDictionary(byte[] utf8, int utf8Length, int[] ends, int size) {
        this.utf8 = utf8;
        this.utf8Length = utf8Length;
        this.ends = ends;
        this.size = size;
        this.decoded = new String[ends.length];
    }

    public synchronized int size() {
        return size;
    }

    /** The string with this id. */
    public synchronized String string(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no string " + id + " in a dictionary of " + size);
        }
        String s = decoded[id];
        if (s == null) {
            int start = id == 0 ? 0 : ends[id - 1];
            s = new String(utf8, start, ends[id] - start, StandardCharsets.UTF_8);
            decoded[id] = s;
        }
        return s;
    }

    /** The id of {@code s}, added at the end when new. */
    public synchronized int id(String s) {
        if (ids == null) {
            ids = new HashMap<>(size * 2 + 16);
            for (int i = 0; i < size; i++) {
                ids.put(string(i), i);
            }
        }
        Integer id = ids.get(s);
        if (id != null) {
            return id;
        }
        append(s);
        ids.put(s, size - 1);
        return size - 1;
    }

    private void append(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (utf8Length + bytes.length > utf8.length) {
            utf8 = Arrays.copyOf(utf8, Math.max(utf8.length * 2, utf8Length + bytes.length));
        }
        System.arraycopy(bytes, 0, utf8, utf8Length, bytes.length);
        utf8Length += bytes.length;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            decoded = Arrays.copyOf(decoded, size * 2);
        }
        ends[size] = utf8Length;
        decoded[size] = s;
        size++;
    }

    /** The whole table as one chunk. */
    public byte[] toBytes() {
        return toBytes(0);
    }

    /** The strings with ids from {@code from} on, as one chunk; {@link #fromChunks} puts chunks together. */
    public synchronized byte[] toBytes(int from) {
        int base = from == 0 ? 0 : ends[from - 1];
        int count = size - from;
        int length = utf8Length - base;
        byte[] out = new byte[4 + 4 * count + length];
        putInt(out, 0, count);
        for (int i = 0; i < count; i++) {
            putInt(out, 4 + 4 * i, ends[from + i] - base);
        }
        System.arraycopy(utf8, base, out, 4 + 4 * count, length);
        return out;
    }

    public static ListenDictionary fromBytes(byte[] bytes) {
        return fromChunks(List.of(bytes));
    }

    /** The table from its chunks, in the order they were written. */
    public static ListenDictionary fromChunks(List<byte[]> chunks) {
        int size = 0;
        int length = 0;
        for (byte[] chunk : chunks) {
            int count = getInt(chunk, 0);
            int chunkLength = count == 0 ? 0 : getInt(chunk, 4 * count);
            if (4 + 4 * count + chunkLength != chunk.length) {
                throw new IllegalArgumentException("not a dictionary chunk: " + chunk.length + " bytes for "
                        + count + " strings");
            }
            size += count;
            length += chunkLength;
        }
        int[] ends = new int[Math.max(size, 16)];
        byte[] utf8 = new byte[Math.max(length, 16)];
        int at = 0;
        int base = 0;
        for (byte[] chunk : chunks) {
            int count = getInt(chunk, 0);
            for (int i = 0; i < count; i++) {
                ends[at + i] = base + getInt(chunk, 4 + 4 * i);
            }
            int chunkLength = chunk.length - 4 - 4 * count;
            System.arraycopy(chunk, 4 + 4 * count, utf8, base, chunkLength);
            at += count;
            base += chunkLength;
        }
        return new ListenDictionary(utf8, length, ends, size);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
