package starman.text;

/** Numbers and durations as the screen shows them. */
public final class Format {
    private Format() {
    }

    /** 1234567 as "1,234,567". */
    public static String count(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            sb.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /**
     * {@code value}'s last {@code digits} hexadecimal digits, upper case: what {@code String.format("%04X")} gives,
     * without java.util.Formatter (with its decimal and big-number classes, some 30 KB of the page's bundle).
     */
    public static String hex(int value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = "0123456789ABCDEF".charAt(value & 15);
            value >>>= 4;
        }
        return new String(out);
    }

    /** A count with its noun: "1 song", "1,234 songs". */
    public static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** One decimal, with grouping: 38000.04 as "38,000.0". */
    public static String decimal(double value) {
        long tenths = Math.round(value * 10);
        return count(tenths / 10) + "." + Math.abs(tenths % 10);
    }

    /**
     * At most {@code digits} (1 or 2) decimals, trailing zeros dropped, no grouping: 12.50 as "12.5", 3.0 as "3". Made
     * from whole numbers, so the page carries no double-to-text conversion.
     */
    public static String plain(double value, int digits) {
        long scale = digits == 1 ? 10 : 100;
        long n = Math.round(value * scale);
        long a = Math.abs(n);
        String whole = (n < 0 ? "-" : "") + a / scale;
        long fraction = a % scale;
        if (fraction == 0) {
            return whole;
        }
        String decimals = digits == 1 ? Long.toString(fraction)
                : fraction % 10 == 0 ? Long.toString(fraction / 10) : (fraction < 10 ? "0" : "") + fraction;
        return whole + "." + decimals;
    }

    /** A rough time left: "less than a minute", "about 4 minutes", "about 2 hours". */
    public static String timeLeft(long millis) {
        long minutes = Math.round(millis / 60_000.0);
        if (minutes < 1) {
            return "less than a minute";
        }
        if (minutes < 90) {
            return "about " + minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = Math.round(minutes / 60.0);
        return "about " + hours + " hours";
    }
}
