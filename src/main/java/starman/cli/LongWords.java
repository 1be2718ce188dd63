package starman.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import starman.json.Words;

/**
 * Eight bytes at a time on the JVM, which reads a long from a byte array in one load: hashing a seen text and
 * finding line ends both go word by word instead of byte by byte.
 */
final class LongWords implements Words {
    static final LongWords JVM = new LongWords();
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private LongWords() {
    }

    @Override
    public long at(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** The offsets of the line ends in {@code b[from, to)}, into {@code out}; returns how many. */
    static int newlines(byte[] b, int from, int to, int[] out) {
        int n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long found = Words.equalTo((long) LONGS.get(b, i), '\n');
            while (found != 0) {
                int at = i + (Long.numberOfTrailingZeros(found) >>> 3);
                if (b[at] == '\n') { // bytes above a true match may be false ones
                    out[n++] = at;
                }
                found &= found - 1;
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                out[n++] = i;
            }
        }
        return n;
    }
}
