package starman.json;

/**
 * Reads eight bytes as a little-endian long: the JVM has a single load for it ({@code cli.LongWords}), the page
 * assembles it byte by byte, so there the readers that take one go byte by byte instead.
 */
public interface Words {
    long at(byte[] b, int i);

    Words PORTABLE = (b, i) -> (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16
            | (b[i + 3] & 0xffL) << 24 | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40
            | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56;
}
