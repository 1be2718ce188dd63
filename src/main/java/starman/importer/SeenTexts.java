package starman.importer;

import java.util.Arrays;

/**
 * Byte texts already seen (a listen line's {@code track_metadata}, which repeats for every listen of one
 * submission), each with an int its caller attached, found by a 128-bit hash of the bytes: a text seen before
 * costs one pass of hashing, no parse and no String. At 128 bits a false match among even a billion distinct
 * texts has a chance of about 10^-21. A caller that wants its memory bounded {@link #clear}s it now and then.
 */
public final class SeenTexts {
    /** Reads eight bytes as a little-endian long: the JVM has a single load for it, the page assembles it. */
    public interface Words {
        long at(byte[] b, int i);

        Words PORTABLE = (b, i) -> (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16
                | (b[i + 3] & 0xffL) << 24 | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40
                | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56;
    }

    private final Words words;
    private long[] hashes;
    private int[] values;
    private int size;
    private long lastLow;
    private long lastHigh;

    public SeenTexts() {
        this(Words.PORTABLE);
    }

    public SeenTexts(Words words) {
        this.words = words;
        clear();
    }

    /** The value attached to {@code bytes[from, to)}, or -1 when not seen; remembers the text for {@link #put}. */
    public int get(byte[] bytes, int from, int to) {
        hash(bytes, from, to);
        int mask = values.length - 1;
        for (int at = (int) lastLow & mask; values[at] >= 0; at = (at + 1) & mask) {
            if (hashes[2 * at] == lastLow && hashes[2 * at + 1] == lastHigh) {
                return values[at];
            }
        }
        return -1;
    }

    /** Attaches {@code value} (not negative) to the text {@link #get} last looked for. */
    public void put(int value) {
        int mask = values.length - 1;
        int at = (int) lastLow & mask;
        while (values[at] >= 0) {
            at = (at + 1) & mask;
        }
        hashes[2 * at] = lastLow;
        hashes[2 * at + 1] = lastHigh;
        values[at] = value;
        if (++size * 2 > values.length) {
            grow();
        }
    }

    /** How many texts it holds. */
    public int size() {
        return size;
    }

    /** Forgets every text. */
    public void clear() {
        values = new int[64];
        Arrays.fill(values, -1);
        hashes = new long[128];
        size = 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldValues = values;
        values = new int[oldValues.length * 2];
        Arrays.fill(values, -1);
        hashes = new long[values.length * 2];
        int mask = values.length - 1;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] >= 0) {
                int at = (int) oldHashes[2 * i] & mask;
                while (values[at] >= 0) {
                    at = (at + 1) & mask;
                }
                hashes[2 * at] = oldHashes[2 * i];
                hashes[2 * at + 1] = oldHashes[2 * i + 1];
                values[at] = oldValues[i];
            }
        }
    }

    /** Two 64-bit lanes over the text eight bytes at a time, each finalised like SplitMix64. */
    private void hash(byte[] b, int from, int to) {
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
        lastLow = finish(low ^ Long.rotateLeft(high, 17));
        lastHigh = finish(high + low);
    }

    private static long finish(long h) {
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
