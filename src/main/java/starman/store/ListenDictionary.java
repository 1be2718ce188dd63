package starman.store;

import java.util.Arrays;
import java.util.List;
import starman.json.Utf8;
import starman.time.Breather;

/**
 * The one append-only table of distinct byte strings that day blocks point into (STORAGE.md layout e): text in
 * UTF-8, and small binary records (a track's extra fields, a list of ids) interned the same way. Ids are dense
 * from 0 and never change. Everything lives in one byte buffer plus end offsets, so a distinct string costs its
 * bytes and a few more, whatever the number of listens that use it: no Java String is kept, one is decoded when
 * asked for. Two shapes that fill real histories are kept shorter: a canonical lower-case UUID (msids, MBIDs) as
 * its 16 bytes, and a long link ("https://open.spotify.com/track/…", one per track) as the id of its head up to
 * the last '/', '=' or '?' and its tail, so the head is held once. The reverse map is an open-addressing table of
 * ints over the buffer, built once something is looked up, so a cold start that only reads ids never builds it.
 *
 * <p>{@link #toBytes(int)}: a varint count, the entries' lengths as varints, then their bytes. A store persists the
 * table as such chunks, each keyed by the id of its first entry and holding the entries added since the previous
 * one, so a sync page never rewrites the whole table.
 */
public final class ListenDictionary {
    /** First byte of a packed UUID; no UTF-8 text starts with it. */
    private static final byte UUID = (byte) 0xFF;
    /** First byte of a binary record. */
    private static final byte RECORD = (byte) 0xFE;
    /** First byte of a text kept as its head's id (a varint) and its tail's bytes. */
    private static final byte HEADED = (byte) 0xFD;
    /** Texts this long or longer are split at their last separator, when it leaves a head of at least... */
    private static final int SPLIT_FROM = 24;
    private static final int MIN_HEAD = 8;

    private byte[] bytes;
    private int length;
    private int[] ends;
    private int size;
    /** Id + 1 per slot, 0 for an empty one; null until the first look-up. The length is a power of two. */
    private int[] slots;
    /** Each slot's entry's hash, so a probe compares bytes only when the hashes agree. */
    private int[] slotHashes;
    private byte[] scratch = new byte[64];
    /**
     * The last strings looked up, by their hash: names, artists and player fields repeat from track to track, and a
     * String's own hash and equality cost less than encoding, hashing and comparing its bytes. A few thousand
     * Strings at most, whatever the size of the table.
     */
    private final String[] recentStrings = new String[4096];
    private final int[] recentIds = new int[4096];

    public ListenDictionary() {
        this(new byte[1024], 0, new int[64], 0);
    }

    private ListenDictionary(byte[] bytes, int length, int[] ends, int size) {
        this.bytes = bytes;
        this.length = length;
        this.ends = ends;
        this.size = size;
    }

    public synchronized int size() {
        return size;
    }

    /** The string with this id. */
    public synchronized String string(int id) {
        int start = start(id);
        if (isPacked(id, start)) {
            return unpackUuid(bytes, start + 1);
        }
        if (isRecord(id, start)) {
            throw new IllegalArgumentException("entry " + id + " is a record, not a string");
        }
        if (isHeaded(id, start)) {
            Varints.Reader in = new Varints.Reader(bytes, start + 1, ends[id] - start - 1);
            String head = string(in.readInt());
            int tail = start + 1 + varintLength(bytes, start + 1);
            return head + Utf8.decode(bytes, tail, ends[id] - tail);
        }
        return Utf8.decode(bytes, start, ends[id] - start);
    }

    /** The id of {@code s}, added at the end when new. */
    public synchronized int id(String s) {
        int slot = s.hashCode() & (recentStrings.length - 1);
        if (s.equals(recentStrings[slot])) {
            return recentIds[slot];
        }
        byte[] utf8 = Utf8.encode(s);
        int id = intern(utf8, 0, utf8.length, true);
        recentStrings[slot] = s;
        recentIds[slot] = id;
        return id;
    }

    /** The id of {@code s}, or -1 when it is not in the table. */
    public synchronized int find(String s) {
        byte[] utf8 = Utf8.encode(s);
        return intern(utf8, 0, utf8.length, false);
    }

    /** The id of the string whose UTF-8 bytes are {@code utf8[offset, offset + length)}, added when new. */
    public synchronized int id(byte[] utf8, int offset, int length) {
        return intern(utf8, offset, length, true);
    }

    /** A text's id by its stored form: packed when a UUID, headed when a long link, else its bytes. */
    private int intern(byte[] utf8, int offset, int length, boolean add) {
        if (isUuid(utf8, offset, length)) {
            byte[] packed = new byte[17];
            packed[0] = UUID;
            packUuid(utf8, offset, packed, 1);
            return lookUp(packed, 0, 17, add);
        }
        int cut = headEnd(utf8, offset, length);
        if (cut < 0) {
            return lookUp(utf8, offset, length, add);
        }
        int head = intern(utf8, offset, cut - offset, add);
        if (head < 0) {
            return -1;
        }
        Varints stored = new Varints(length + 6);
        stored.writeBytes(new byte[] {HEADED}, 0, 1);
        stored.write(head);
        stored.writeBytes(utf8, cut, offset + length - cut);
        return lookUp(stored.buffer(), 0, stored.length(), add);
    }

    /** Where a long text's head ends (after its last '/', '=' or '?'), or -1 to keep it whole. */
    private static int headEnd(byte[] utf8, int offset, int length) {
        if (length < SPLIT_FROM) {
            return -1;
        }
        for (int i = offset + length - 2; i >= offset + MIN_HEAD - 1; i--) {
            byte b = utf8[i];
            if (b == '/' || b == '=' || b == '?') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The id of a binary record ({@code record[offset, offset + length)}, any bytes), added when new; records and
     * strings never share ids. Read it back with {@link #record}.
     */
    public synchronized int recordId(byte[] record, int offset, int length) {
        if (scratch.length < length + 1) {
            scratch = new byte[Math.max(length + 1, 2 * scratch.length)];
        }
        scratch[0] = RECORD;
        System.arraycopy(record, offset, scratch, 1, length);
        return lookUp(scratch, 0, length + 1, true);
    }

    /** The bytes of the record with this id. */
    public synchronized byte[] record(int id) {
        int start = start(id);
        if (!isRecord(id, start)) {
            throw new IllegalArgumentException("entry " + id + " is a string, not a record");
        }
        return Arrays.copyOfRange(bytes, start + 1, ends[id]);
    }

    /**
     * A 64-bit hash of the string with this id, equal to {@link #hash64(String)} of it, computed from its bytes
     * (a listen's identity in the metrics index is its time and this hash of its msid).
     */
    public synchronized long hash64(int id) {
        int start = start(id);
        if (isPacked(id, start) || !isHeaded(id, start)) {
            return fnv(bytes, start, ends[id] - start);
        }
        return hash64(string(id));
    }

    /** See {@link #hash64(int)}: over the packed form of a UUID, else over the UTF-8 bytes. */
    public static long hash64(String s) {
        byte[] utf8 = Utf8.encode(s);
        return hash64(utf8, 0, utf8.length);
    }

    /** {@link #hash64(String)} of the string whose UTF-8 bytes these are. */
    public static long hash64(byte[] utf8, int offset, int length) {
        if (isUuid(utf8, offset, length)) {
            byte[] packed = new byte[17];
            packed[0] = UUID;
            packUuid(utf8, offset, packed, 1);
            return fnv(packed, 0, 17);
        }
        return fnv(utf8, offset, length);
    }

    /** FNV-1a, then SplitMix64's finaliser to spread the bits. */
    private static long fnv(byte[] b, int offset, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /**
     * Orders two strings as {@link String#compareTo} does (a day block keeps its listens by time, then msid);
     * UUIDs compare by their packed bytes, which sort as their hex text does.
     */
    public synchronized int compare(int a, int b) {
        if (a == b) {
            return 0;
        }
        int sa = start(a);
        int sb = start(b);
        if (isPacked(a, sa) && isPacked(b, sb)) {
            for (int i = 1; i < 17; i++) {
                int c = (bytes[sa + i] & 0xff) - (bytes[sb + i] & 0xff);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        return string(a).compareTo(string(b));
    }

    private boolean isPacked(int id, int start) {
        return ends[id] - start == 17 && bytes[start] == UUID;
    }

    private boolean isRecord(int id, int start) {
        return ends[id] > start && bytes[start] == RECORD;
    }

    private boolean isHeaded(int id, int start) {
        return ends[id] > start && bytes[start] == HEADED;
    }

    private static int varintLength(byte[] b, int at) {
        int n = 1;
        while (b[at + n - 1] < 0) {
            n++;
        }
        return n;
    }

    private int start(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no string " + id + " in a dictionary of " + size);
        }
        return id == 0 ? 0 : ends[id - 1];
    }

    private int lookUp(byte[] b, int offset, int length, boolean add) {
        if (slots == null) { // the least power of two at least twice the size: half full at most
            rehash(Math.max(64, Integer.highestOneBit(Math.max(1, 2 * size - 1)) << 1));
        }
        int hash = hash32(b, offset, length);
        int mask = slots.length - 1;
        int at = hash & mask;
        while (slots[at] != 0) {
            if (slotHashes[at] == hash) {
                int id = slots[at] - 1;
                int start = id == 0 ? 0 : ends[id - 1];
                if (ends[id] - start == length && same(bytes, start, b, offset, length)) {
                    return id;
                }
            }
            at = (at + 1) & mask;
        }
        if (!add) {
            return -1;
        }
        append(b, offset, length);
        slots[at] = size;
        slotHashes[at] = hash;
        if (2 * size > slots.length) {
            rehash(slots.length * 2);
        }
        return size - 1;
    }

    private static boolean same(byte[] a, int at, byte[] b, int bt, int length) {
        for (int i = 0; i < length; i++) {
            if (a[at + i] != b[bt + i]) {
                return false;
            }
        }
        return true;
    }

    /** A table of {@code capacity} slots; the hashes come from the old table, so no entry's bytes are read again. */
    private void rehash(int capacity) {
        int[] oldSlots = slots;
        int[] oldHashes = slotHashes;
        slots = new int[capacity];
        slotHashes = new int[capacity];
        if (oldSlots == null) {
            int[] hashes = new int[size];
            for (int id = 0; id < size; id++) {
                int start = id == 0 ? 0 : ends[id - 1];
                hashes[id] = hash32(bytes, start, ends[id] - start);
            }
            for (int id = 0; id < size; id++) {
                insert(id, hashes[id]);
            }
            return;
        }
        for (int at = 0; at < oldSlots.length; at++) {
            if (oldSlots[at] != 0) {
                insert(oldSlots[at] - 1, oldHashes[at]);
            }
        }
    }

    private void insert(int id, int hash) {
        int mask = slots.length - 1;
        int at = hash & mask;
        while (slots[at] != 0) {
            at = (at + 1) & mask;
        }
        slots[at] = id + 1;
        slotHashes[at] = hash;
    }

    /**
     * Builds the reverse map ahead of need, reading the entries' bytes in slices between which {@code breather}
     * lets the page go on, and holding the table only to put the map in place: the first listen stored after a cold
     * start then finds it ready instead of hashing the whole table in one go.
     */
    public void prepareLookups(Breather breather) {
        byte[] b;
        int[] e;
        int n;
        synchronized (this) {
            if (slots != null) {
                return;
            }
            b = bytes;
            e = ends;
            n = size;
        }
        int[] hashes = new int[n];
        for (int id = 0; id < n; id++) {
            int start = id == 0 ? 0 : e[id - 1];
            hashes[id] = hash32(b, start, e[id] - start);
            if ((id & 0x3FFF) == 0) {
                breather.breathe();
            }
        }
        synchronized (this) {
            if (slots != null) {
                return; // someone needed it sooner
            }
            slots = new int[Math.max(64, Integer.highestOneBit(Math.max(1, 2 * size - 1)) << 1)];
            slotHashes = new int[slots.length];
            for (int id = 0; id < size; id++) {
                int start = id == 0 ? 0 : ends[id - 1];
                insert(id, id < n ? hashes[id] : hash32(bytes, start, ends[id] - start));
            }
        }
    }

    /** FNV-1a, then murmur3's finaliser: FNV's low bits alone cluster in a table indexed by them. */
    private static int hash32(byte[] b, int offset, int length) {
        int h = 0x811c9dc5;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private void append(byte[] b, int offset, int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, grown(bytes.length, length + n));
        }
        System.arraycopy(b, offset, bytes, length, n);
        length += n;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, grown(ends.length, size + 1));
        }
        ends[size++] = length;
    }

    /**
     * A new capacity for an array that needs {@code needed}: doubling while small, then a quarter more, so a table
     * read whole at a cold start does not double its memory for the first string a sync adds.
     */
    static int grown(int capacity, int needed) {
        int more = capacity < 1 << 20 ? capacity : capacity >> 2;
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) capacity + more, needed));
    }

    /** Whether the bytes are a UUID in canonical lower-case form (8-4-4-4-12 hex digits). */
    private static boolean isUuid(byte[] b, int offset, int length) {
        if (length != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            int c = b[offset + i];
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static void packUuid(byte[] text, int offset, byte[] out, int at) {
        int nibble = 0;
        for (int i = 0; i < 36; i++) {
            int c = text[offset + i];
            if (c == '-') {
                continue;
            }
            int v = c <= '9' ? c - '0' : c - 'a' + 10;
            if ((nibble & 1) == 0) {
                out[at + nibble / 2] = (byte) (v << 4);
            } else {
                out[at + nibble / 2] |= (byte) v;
            }
            nibble++;
        }
    }

    private static String unpackUuid(byte[] packed, int at) {
        char[] out = new char[36];
        int k = 0;
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                out[k++] = '-';
            }
            out[k++] = HEX[(packed[at + i] >> 4) & 0xF];
            out[k++] = HEX[packed[at + i] & 0xF];
        }
        return new String(out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The whole table as one chunk. */
    public byte[] toBytes() {
        return toBytes(0);
    }

    /** The entries with ids from {@code from} on, as one chunk; {@link #fromChunks} puts chunks together. */
    public synchronized byte[] toBytes(int from) {
        int base = from == 0 ? 0 : ends[from - 1];
        Varints out = new Varints(length - base + 2 * (size - from) + 8);
        out.write(size - from);
        for (int id = from; id < size; id++) {
            out.write(ends[id] - (id == 0 ? 0 : ends[id - 1]));
        }
        out.writeBytes(bytes, base, length - base);
        return out.toBytes();
    }

    public static ListenDictionary fromBytes(byte[] bytes) {
        return fromChunks(new int[] {0}, List.of(bytes));
    }

    /**
     * The table from its chunks, each with the id of its first entry as its key ({@code keys[i]} for
     * {@code chunks.get(i)}), in key order. A chunk that does not start where the previous ended (one lost or
     * damaged) would shift every later id, so it is refused.
     */
    public static ListenDictionary fromChunks(int[] keys, List<byte[]> chunks) {
        int total = 0;
        int count = 0;
        for (byte[] chunk : chunks) {
            total += chunk.length;
            count += new Varints.Reader(chunk).readInt();
        }
        byte[] bytes = new byte[Math.max(total, 16)];
        int[] ends = new int[Math.max(count, 16)];
        int size = 0;
        int length = 0;
        for (int c = 0; c < chunks.size(); c++) {
            if (keys[c] != size) {
                throw new IllegalArgumentException("the dictionary chunk of entry " + keys[c] + " follows entry "
                        + (size - 1) + ": a chunk is missing");
            }
            byte[] chunk = chunks.get(c);
            Varints.Reader in = new Varints.Reader(chunk);
            int n = in.readInt();
            int end = length;
            for (int i = 0; i < n; i++) {
                end += in.readInt();
                ends[size + i] = end;
            }
            int data = in.position();
            if (end - length != chunk.length - data) {
                throw new IllegalArgumentException("not a dictionary chunk: " + (chunk.length - data)
                        + " bytes for entries of " + (end - length));
            }
            System.arraycopy(chunk, data, bytes, length, end - length);
            size += n;
            length = end;
        }
        return new ListenDictionary(bytes, length, ends, size);
    }

    /** A dictionary as schema version 2 persisted it (int32 counts and end offsets), to move its listens over. */
    public static ListenDictionary fromLegacyChunks(int[] keys, List<byte[]> chunks) {
        int size = 0;
        int total = 0;
        for (byte[] chunk : chunks) {
            size += getInt(chunk, 0);
            total += chunk.length;
        }
        byte[] bytes = new byte[Math.max(total, 16)];
        int[] ends = new int[Math.max(size, 16)];
        int at = 0;
        int base = 0;
        for (int c = 0; c < chunks.size(); c++) {
            byte[] chunk = chunks.get(c);
            int n = getInt(chunk, 0);
            if (keys[c] != at || 4L + 4L * n > chunk.length) {
                throw new IllegalArgumentException("a damaged dictionary chunk of an earlier version");
            }
            for (int i = 0; i < n; i++) {
                ends[at + i] = base + getInt(chunk, 4 + 4 * i);
            }
            int data = chunk.length - 4 - 4 * n;
            System.arraycopy(chunk, 4 + 4 * n, bytes, base, data);
            at += n;
            base += data;
        }
        return new ListenDictionary(bytes, base, ends, size);
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
