package starman.json;

/**
 * Reads eight bytes as a little-endian long: the JVM has a single load for it ({@code cli.LongWords}), the page
 * assembles it byte by byte, so there the readers that take one go byte by byte instead. With the masks below, a
 * search for a byte goes a word at a time.
 */
public interface Words {
    long at(byte[] b, int i);

    Words PORTABLE = (b, i) -> (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16
            | (b[i + 3] & 0xffL) << 24 | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40
            | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56;

    /**
     * The high bit set in each byte of {@code word} that is {@code b}: exact at the lowest set bit, while bytes above
     * a true one may be marked falsely (a borrow), so a search takes the lowest.
     */
    static long equalTo(long word, int b) {
        long x = word ^ 0x0101010101010101L * (b & 0xff);
        return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
    }

    /** The high bit set in each byte of {@code word} below {@code n} (at most 128), exact at the lowest likewise. */
    static long below(long word, int n) {
        return (word - 0x0101010101010101L * n) & ~word & 0x8080808080808080L;
    }
}
