package starman.json;

/**
 * UTF-8 in both directions without a charset decoder (TeaVM's is slow), lossless for every Java string: a lone
 * surrogate, which UTF-8 cannot carry, is written as its three-byte form (WTF-8) and read back, where the JDK's
 * encoder would put a '?'. Plain ASCII, most of a listen history, takes a loop with no branches per byte but one.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The string in {@code bytes[offset, offset + length)}; a malformed sequence reads as U+FFFD. */
    public static String decode(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        char[] chars = new char[length];
        for (int k = offset; k < i; k++) {
            chars[k - offset] = (char) bytes[k];
        }
        int n = i - offset;
        while (i < end) {
            int b = bytes[i];
            if (b >= 0) {
                chars[n++] = (char) b;
                i++;
                continue;
            }
            int need = (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
            int cp = need == 1 ? b & 0x1F : need == 2 ? b & 0x0F : b & 0x07;
            boolean ok = need > 0 && i + need < end;
            for (int k = 1; ok && k <= need; k++) {
                int c = bytes[i + k];
                ok = (c & 0xC0) == 0x80;
                cp = cp << 6 | c & 0x3F;
            }
            if (!ok || cp < MIN[need] || cp > 0x10FFFF) {
                chars[n++] = '\uFFFD';
                i++;
                continue;
            }
            i += need + 1;
            if (cp >= 0x10000) {
                chars[n++] = Character.highSurrogate(cp);
                chars[n++] = Character.lowSurrogate(cp);
            } else {
                chars[n++] = (char) cp;
            }
        }
        return n == length ? new String(chars) : new String(chars, 0, n);
    }

    /** The least code point each sequence length may carry (shorter forms are malformed). */
    private static final int[] MIN = {0, 0x80, 0x800, 0x10000};

    public static byte[] encode(String s) {
        byte[] out = new byte[encodedLength(s)];
        encode(s, out, 0);
        return out;
    }

    /** How many bytes {@link #encode} writes for {@code s}. */
    public static int encodedLength(String s) {
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    n++;
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    n += 2; // four bytes for two chars
                    i++;
                } else {
                    n += 2;
                }
            }
        }
        return n;
    }

    /** Writes {@code s} at {@code at}; returns the position after it. */
    public static int encode(String s, byte[] out, int at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return at;
    }
}
