package starman.listenbrainz;

import starman.json.Utf8;

/** Percent-encoding for path segments and query values (RFC 3986 unreserved characters pass). */
final class UrlCodec {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlCodec() {
    }

    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (byte b : Utf8.encode(s)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return sb.toString();
    }
}
