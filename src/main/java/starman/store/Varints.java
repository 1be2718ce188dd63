package starman.store;

import java.util.Arrays;

/** Unsigned LEB128 varints, the store's one number encoding (day blocks, track chunks, records). */
final class Varints {
    private byte[] bytes;
    private int length;

    Varints(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void write(long v) {
        if (length + 10 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2 + 10);
        }
        while ((v & ~0x7FL) != 0) {
            bytes[length++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[length++] = (byte) v;
    }

    /** Signed values small in magnitude stay short. */
    void writeSigned(long v) {
        write((v << 1) ^ (v >> 63));
    }

    /** Eight raw bytes, little-endian. */
    void writeFixed64(long v) {
        for (int i = 0; i < 8; i++) {
            write8((int) (v >>> (8 * i)));
        }
    }

    private void write8(int b) {
        if (length + 1 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2 + 10);
        }
        bytes[length++] = (byte) b;
    }

    /** Raw bytes, as they are (an encoding made elsewhere). */
    void writeBytes(byte[] b, int offset, int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
        System.arraycopy(b, offset, bytes, length, n);
        length += n;
    }

    int length() {
        return length;
    }

    /** The bytes written so far (the array itself: valid up to {@link #length()}). */
    byte[] buffer() {
        return bytes;
    }

    void clear() {
        length = 0;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int pos;

        Reader(byte[] bytes) {
            this(bytes, 0, bytes.length);
        }

        Reader(byte[] bytes, int offset, int length) {
            this.bytes = bytes;
            this.pos = offset;
            this.end = offset + length;
        }

        long read() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new IllegalArgumentException("stored data cut short");
                }
                byte b = bytes[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("a bad number in stored data");
        }

        int readInt() {
            long v = read();
            if (v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a number too large in stored data");
            }
            return (int) v;
        }

        long readSigned() {
            long v = read();
            return (v >>> 1) ^ -(v & 1);
        }

        long readFixed64() {
            if (pos + 8 > end) {
                throw new IllegalArgumentException("stored data cut short");
            }
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (long) (bytes[pos++] & 0xff) << (8 * i);
            }
            return v;
        }

        /** Passes over n varints. */
        void skip(int n) {
            for (int i = 0; i < n; i++) {
                while (pos < end && bytes[pos] < 0) {
                    pos++;
                }
                if (pos >= end) {
                    throw new IllegalArgumentException("stored data cut short");
                }
                pos++;
            }
        }

        int position() {
            return pos;
        }

        boolean atEnd() {
            return pos >= end;
        }

        void expectEnd(String what) {
            if (pos != end) {
                throw new IllegalArgumentException("trailing bytes in a " + what);
            }
        }
    }
}
