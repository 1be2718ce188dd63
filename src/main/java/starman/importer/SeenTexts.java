package starman.importer;

import java.util.Arrays;
import starman.json.Words;

/**
 * Byte texts already seen (a listen line's {@code track_metadata}, which repeats for every listen of one
 * submission), each with an int its caller attached, found by a 128-bit hash of the bytes: a text seen before
 * costs one pass of hashing, no parse and no String. At 128 bits a false match among even a billion distinct
 * texts has a chance of about 10^-21. Readers of one file side by side may share one table: each hashes into its
 * own {@link Key}, and only a new text takes the table's lock. A caller that wants its memory bounded
 * {@link #clear}s it now and then.
 */
public final class SeenTexts {
    /** A text's hash, made by one reader: {@link #hash} into it, then {@link #get} or {@link #putIfAbsent}. */
    public static final class Key {
        private long low;
        private long high;
    }

    private final Words words;
    /**
     * Read without the lock: written under it, then written again (a volatile write) after every change, so a reader
     * that reads it sees every slot filled before. A slot being filled meanwhile reads as empty or as its final
     * value, never another: a reader that finds nothing asks again under the lock.
     */
    private volatile Table table;
    private int size;

    /** Open addressing: two longs of hash and an int (-1 for empty) a slot. */
    private static final class Table {
        final long[] hashes;
        final int[] values;

        Table(int slots) {
            values = new int[slots];
            Arrays.fill(values, -1);
            hashes = new long[2 * slots];
        }

        int find(Key key) {
            int mask = values.length - 1;
            for (int at = (int) key.low & mask; values[at] >= 0; at = (at + 1) & mask) {
                if (hashes[2 * at] == key.low && hashes[2 * at + 1] == key.high) {
                    return values[at];
                }
            }
            return -1;
        }

        void put(long low, long high, int value) {
            int mask = values.length - 1;
            int at = (int) low & mask;
            while (values[at] >= 0) {
                at = (at + 1) & mask;
            }
            hashes[2 * at] = low;
            hashes[2 * at + 1] = high;
            values[at] = value;
        }
    }

    public SeenTexts() {
        this(Words.PORTABLE);
    }

    public SeenTexts(Words words) {
        this.words = words;
        clear();
    }

    /** How it reads words: readers of the same lines may read theirs so too. */
    public Words words() {
        return words;
    }

    /**
     * The value attached to the text {@code key} was hashed from, or -1 when not seen. Readers side by side do not
     * wait for each other: a seen text is found without the lock.
     */
    public int get(Key key) {
        int found = table.find(key);
        if (found >= 0) {
            return found;
        }
        synchronized (this) {
            return table.find(key);
        }
    }

    /**
     * Attaches {@code value} (not negative) to the text of {@code key}, unless another reader attached one first;
     * returns the value that stands.
     */
    public synchronized int putIfAbsent(Key key, int value) {
        Table t = table;
        int known = t.find(key);
        if (known >= 0) {
            return known;
        }
        t.put(key.low, key.high, value);
        if (++size * 2 > t.values.length) {
            t = grown(t);
        }
        table = t;
        return value;
    }

    /** How many texts it holds. */
    public synchronized int size() {
        return size;
    }

    /** Forgets every text. */
    public synchronized void clear() {
        table = new Table(64);
        size = 0;
    }

    private static Table grown(Table old) {
        Table t = new Table(old.values.length * 2);
        for (int i = 0; i < old.values.length; i++) {
            if (old.values[i] >= 0) {
                t.put(old.hashes[2 * i], old.hashes[2 * i + 1], old.values[i]);
            }
        }
        return t;
    }

    /** Two 64-bit lanes over the text eight bytes at a time, each finalised like SplitMix64; no shared state. */
    public void hash(byte[] b, int from, int to, Key into) {
        long low = 0x9E3779B97F4A7C15L ^ (to - from);
        long high = 0xC2B2AE3D27D4EB4FL + (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = words.at(b, i);
            low = Long.rotateLeft((low ^ w) * 0x87C37B91114253D5L, 31);
            high = Long.rotateLeft((high + w) * 0x4CF5AD432745937FL, 27) ^ low;
        }
        for (; i < to; i++) {
            low = Long.rotateLeft((low ^ (b[i] & 0xff)) * 0x87C37B91114253D5L, 31);
            high = Long.rotateLeft((high + (b[i] & 0xff)) * 0x4CF5AD432745937FL, 27) ^ low;
        }
        into.low = finish(low ^ Long.rotateLeft(high, 17));
        into.high = finish(high + low);
    }

    private static long finish(long h) {
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
