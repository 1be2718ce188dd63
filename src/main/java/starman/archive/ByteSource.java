package starman.archive;

import java.io.IOException;

/** Random access to the bytes of a file: a {@code File} in the browser, a file on disk or an array elsewhere. */
public interface ByteSource {
    long size();

    /** Reads exactly {@code length} bytes at {@code position} (fewer only at the end of the source). */
    int read(long position, byte[] into, int offset, int length) throws IOException;

    /** Bytes in memory (tests, small files). */
    static ByteSource of(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public int read(long position, byte[] into, int offset, int length) {
                int n = (int) Math.max(0, Math.min(length, bytes.length - position));
                System.arraycopy(bytes, (int) position, into, offset, n);
                return n;
            }
        };
    }
}
