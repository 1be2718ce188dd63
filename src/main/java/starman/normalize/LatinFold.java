package starman.normalize;

/**
 * Accent folding for Latin letters without {@code java.text.Normalizer}, which TeaVM's class library
 * lacks: a table over Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F), lower-case forms.
 */
final class LatinFold {
    private LatinFold() {
    }

    private static final int FIRST = 0xE0;
    /** Folds of U+00E0..U+017F, one entry per code point; "" means no letter (÷), "?" untouched. */
    private static final String[] TABLE = TextKeys.split(
            // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
            "a a a a a a ae c e e e e i i i i d n o o o o o _ o u u u u y th y "
            // U+0100 Āā Ăă Ąą Ćć Ĉĉ Ċċ Čč Ďď Đđ
            + "a a a a a a c c c c c c c c d d d d "
            // U+0112 Ēē Ĕĕ Ėė Ęę Ěě Ĝĝ Ğğ Ġġ Ģģ Ĥĥ Ħħ
            + "e e e e e e e e e e g g g g g g g g h h h h "
            // U+0128 Ĩĩ Īī Ĭĭ Įį İı Ĳĳ Ĵĵ Ķķ ĸ
            + "i i i i i i i i i i ij ij j j k k k "
            // U+0139 Ĺĺ Ļļ Ľľ Ŀŀ Łł Ńń Ņņ Ňň ŉ Ŋŋ
            + "l l l l l l l l l l n n n n n n n n n "
            // U+014C Ōō Ŏŏ Őő Œœ Ŕŕ Ŗŗ Řř Śś Ŝŝ Şş Šš
            + "o o o o o o oe oe r r r r r r s s s s s s s s "
            // U+0162 Ţţ Ťť Ŧŧ Ũũ Ūū Ŭŭ Ůů Űű Ųų Ŵŵ Ŷŷ Ÿ Źź Żż Žž ſ
            + "t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s", ' ');

    /** The ASCII fold of a lower-case char, or null when it needs none (or is not a Latin letter). */
    static String fold(char lower) {
        if (lower == '\u00df') {
            return "ss";
        }
        int i = lower - FIRST;
        if (i < 0 || i >= TABLE.length) {
            return null;
        }
        String f = TABLE[i];
        return f.equals("_") ? null : f;
    }
}
