package starman.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small pull parser over a JSON text in UTF-8 (Moshi/Gson style). Codecs walk it token by token, so a page of
 * listens is decoded straight into model objects; errors name the JSON path ({@code $.payload.listens[3]}).
 * Reading bytes rather than a String lets an import take a line as it came off the file, and hand strings
 * ({@link #nextStringSpan}) and whole values ({@link #rawStart}) on as bytes without making a String of them.
 */
public final class JsonReader {
    public enum Token { BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, NAME, STRING, NUMBER, BOOLEAN, NULL, END_DOCUMENT }

    private byte[] in;
    private int start;
    private int limit;
    private int pos;
    /** Stack of open containers: 'o' object expecting name, 'v' object expecting value, 'a' array. */
    private final char[] stack = new char[64];
    private final Object[] pathNames = new Object[64];
    private final int[] pathIndices = new int[64];
    private int depth;
    private Token peeked;
    private boolean expectComma;

    /** The last {@link #nextStringSpan}: its bytes are {@code spanBytes[spanStart, spanStart + spanLength)}. */
    private byte[] spanBytes;
    private int spanStart;
    private int spanLength;
    private byte[] scratch = new byte[64];
    /** Null: strings are skipped byte by byte. */
    private Words words;

    public JsonReader(String json) {
        this(Utf8.encode(json));
    }

    public JsonReader(byte[] utf8) {
        this(utf8, 0, utf8.length);
    }

    /** Reads {@code utf8[offset, offset + length)}; offsets in messages count from {@code offset}. */
    public JsonReader(byte[] utf8, int offset, int length) {
        reset(utf8, offset, length);
    }

    /** Skips strings eight bytes at a time, reading them with {@code words} (worth it where a word is one load). */
    public JsonReader skippingBy(Words words) {
        this.words = words;
        return this;
    }

    /** Starts reading another text, as a new reader would (a reader reused line after line makes no garbage). */
    public JsonReader reset(byte[] utf8, int offset, int length) {
        this.in = utf8;
        this.start = offset;
        this.limit = offset + length;
        this.pos = offset;
        depth = 0;
        peeked = null;
        expectComma = false;
        return this;
    }

    public Token peek() {
        if (peeked == null) {
            peeked = scan();
        }
        return peeked;
    }

    private Token scan() {
        skipWhitespace();
        char top = depth == 0 ? 0 : stack[depth - 1];
        if (pos >= limit) {
            if (depth != 0) {
                throw error("unexpected end of input");
            }
            return Token.END_DOCUMENT;
        }
        char c = (char) (in[pos] & 0xff);
        if (top == 'o' || top == 'a') {
            char close = top == 'o' ? '}' : ']';
            if (c == close) {
                return top == 'o' ? Token.END_OBJECT : Token.END_ARRAY;
            }
            if (expectComma) {
                if (c != ',') {
                    throw error("expected ',' or '" + close + "'");
                }
                pos++;
                skipWhitespace();
                if (pos >= limit) {
                    throw error("unexpected end of input");
                }
                c = (char) (in[pos] & 0xff);
            }
            if (top == 'o') {
                if (c != '"') {
                    throw error("expected a name");
                }
                return Token.NAME;
            }
        } else if (top == 'v') {
            if (c != ':') {
                throw error("expected ':'");
            }
            pos++;
            skipWhitespace();
            if (pos >= limit) {
                throw error("unexpected end of input");
            }
            c = (char) (in[pos] & 0xff);
        } else if (expectComma) {
            throw error("trailing data after the JSON value");
        }
        switch (c) {
            case '{': return Token.BEGIN_OBJECT;
            case '[': return Token.BEGIN_ARRAY;
            case '"': return Token.STRING;
            case 't': case 'f': return Token.BOOLEAN;
            case 'n': return Token.NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return Token.NUMBER;
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    public boolean hasNext() {
        Token t = peek();
        return t != Token.END_OBJECT && t != Token.END_ARRAY && t != Token.END_DOCUMENT;
    }

    public void beginObject() {
        expect(Token.BEGIN_OBJECT);
        pos++;
        push('o');
    }

    public void endObject() {
        expect(Token.END_OBJECT);
        pos++;
        pop();
    }

    public void beginArray() {
        expect(Token.BEGIN_ARRAY);
        pos++;
        push('a');
        pathIndices[depth - 1] = 0;
    }

    public void endArray() {
        expect(Token.END_ARRAY);
        pos++;
        pop();
    }

    public String nextName() {
        expect(Token.NAME);
        String name = readName();
        pathNames[depth - 1] = name;
        stack[depth - 1] = 'v';
        peeked = null;
        return name;
    }

    public String nextString() {
        Token t = peek();
        String value;
        if (t == Token.STRING) {
            value = readString();
        } else if (t == Token.NUMBER) {
            int from = pos;
            skipNumber();
            value = Utf8.decode(in, from, pos - from);
        } else {
            throw error("expected a string but was " + t);
        }
        afterValue();
        return value;
    }

    /** A string, or null for a JSON null. */
    public String nextStringOrNull() {
        if (peek() == Token.NULL) {
            nextNull();
            return null;
        }
        return nextString();
    }

    /**
     * Reads a string without making a String of it: its UTF-8 bytes are then {@link #spanBytes()} from
     * {@link #spanStart()}, {@link #spanLength()} long (the input itself unless the string had escapes), until
     * the next call. Returns false, having read it, for a JSON null.
     */
    public boolean nextStringSpan() {
        Token t = peek();
        if (t == Token.NULL) {
            nextNull();
            return false;
        }
        if (t == Token.NUMBER) { // as nextString reads a number where a string belongs
            spanBytes = in;
            spanStart = pos;
            skipNumber();
            spanLength = pos - spanStart;
            afterValue();
            return true;
        }
        if (t != Token.STRING) {
            throw error("expected a string but was " + t);
        }
        int from = ++pos;
        while (pos < limit) {
            int b = in[pos];
            if (b == '"') {
                spanBytes = in;
                spanStart = from;
                spanLength = pos - from;
                pos++;
                afterValue();
                return true;
            }
            if (b == '\\' || b >= 0 && b < 0x20) {
                break;
            }
            pos++;
        }
        pos = from - 1;
        String decoded = readString();
        if (scratch.length < Utf8.encodedLength(decoded)) {
            scratch = new byte[Math.max(2 * scratch.length, Utf8.encodedLength(decoded))];
        }
        spanBytes = scratch;
        spanStart = 0;
        spanLength = Utf8.encode(decoded, scratch, 0);
        afterValue();
        return true;
    }

    public byte[] spanBytes() {
        return spanBytes;
    }

    public int spanStart() {
        return spanStart;
    }

    public int spanLength() {
        return spanLength;
    }

    /** An integer, exactly (a numeric string too); a fraction or a number beyond a long is an error. */
    public long nextLong() {
        Token t = peek();
        long value;
        if (t == Token.NUMBER) {
            value = readLong();
        } else if (t == Token.STRING) {
            String text = readString();
            try {
                value = Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new JsonException("expected an integer but was '" + text + "' at " + path());
            }
        } else {
            throw error("expected a number but was " + t);
        }
        afterValue();
        return value;
    }

    /** A number's whole part, toward zero, as {@code (long) nextDouble()} gives it. */
    public long nextWholePart() {
        if (peek() == Token.NUMBER) {
            int from = pos;
            long whole = 0;
            int digits = 0;
            boolean negative = in[pos] == '-';
            int i = negative ? pos + 1 : pos;
            for (; i < limit && in[i] >= '0' && in[i] <= '9' && digits < 18; i++, digits++) {
                whole = whole * 10 + (in[i] - '0');
            }
            boolean plain = digits > 0 && (i == limit || in[i] != 'e' && in[i] != 'E' && (in[i] < '0' || in[i] > '9'));
            if (plain) {
                skipNumber();
                if (!hasOnlyDigitsAfterPoint(i, pos)) {
                    throw error("not a number: '" + Utf8.decode(in, from, pos - from) + "'");
                }
                afterValue();
                return negative ? -whole : whole;
            }
        }
        return (long) nextDouble();
    }

    /** Whether {@code in[from, to)} is empty or a point and digits: the rest of a plain decimal. */
    private boolean hasOnlyDigitsAfterPoint(int from, int to) {
        if (from == to) {
            return true;
        }
        if (in[from] != '.' || to == from + 1) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (in[i] < '0' || in[i] > '9') {
                return false;
            }
        }
        return true;
    }

    public double nextDouble() {
        Token t = peek();
        String text;
        if (t == Token.NUMBER) {
            int from = pos;
            skipNumber();
            text = Utf8.decode(in, from, pos - from);
        } else if (t == Token.STRING) {
            text = readString();
        } else {
            throw error("expected a number but was " + t);
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new JsonException("not a number: '" + text + "' at " + path());
        }
        afterValue();
        return value;
    }

    public boolean nextBoolean() {
        expect(Token.BOOLEAN);
        boolean value;
        if (matches("true")) {
            pos += 4;
            value = true;
        } else if (matches("false")) {
            pos += 5;
            value = false;
        } else {
            throw error("expected a boolean");
        }
        afterValue();
        return value;
    }

    public void nextNull() {
        expect(Token.NULL);
        if (!matches("null")) {
            throw error("expected null");
        }
        pos += 4;
        afterValue();
    }

    private boolean matches(String word) {
        if (pos + word.length() > limit) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (in[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the next value is null; consumes it if so. */
    public boolean skipNull() {
        if (peek() == Token.NULL) {
            nextNull();
            return true;
        }
        return false;
    }

    /** Passes over the next value, checking it as it goes, without making anything of it. */
    public void skipValue() {
        Token first = peek();
        if (first == Token.END_OBJECT || first == Token.END_ARRAY || first == Token.END_DOCUMENT
                || first == Token.NAME) {
            throw error("expected a value but was " + first);
        }
        int outer = depth;
        do {
            switch (peek()) {
                case BEGIN_OBJECT -> beginObject();
                case BEGIN_ARRAY -> beginArray();
                case END_OBJECT -> endObject();
                case END_ARRAY -> endArray();
                case NAME -> {
                    skipString();
                    pathNames[depth - 1] = null;
                    stack[depth - 1] = 'v';
                    peeked = null;
                }
                case STRING -> {
                    skipString();
                    afterValue();
                }
                case NUMBER -> {
                    skipNumber();
                    afterValue();
                }
                case BOOLEAN -> nextBoolean();
                case NULL -> nextNull();
                default -> throw error("unexpected end of input");
            }
        } while (depth > outer);
    }

    /**
     * Passes over the next value without checking it, only following strings and nesting to find its end: for a
     * value whose bytes a caller compares with ones already checked (see {@link #rawStart}). Scalars are read
     * as {@link #skipValue} reads them.
     */
    public void skipRawValue() {
        Token t = peek();
        if (t != Token.BEGIN_OBJECT && t != Token.BEGIN_ARRAY) {
            skipValue();
            return;
        }
        int nesting = 0;
        byte[] b = in;
        int i = pos;
        while (true) {
            if (i >= limit) {
                pos = i;
                throw error("unexpected end of input");
            }
            int c = b[i];
            if (c == '"') {
                pos = i;
                skipString();
                i = pos;
                continue;
            }
            i++;
            if (c == '{' || c == '[') {
                nesting++;
            } else if ((c == '}' || c == ']') && --nesting == 0) {
                break;
            }
        }
        pos = i;
        afterValue();
    }

    /**
     * Takes the next value as ending at {@code end} (an offset in the input array) without reading it: for a
     * caller that recognised its bytes as a value seen and checked before.
     */
    public void skipValueTo(int end) {
        int t = rawStart();
        if (end <= t || end > limit) {
            throw error("a value cannot end at offset " + (end - start));
        }
        pos = end;
        afterValue();
    }

    /**
     * Where the next value starts in the input array: with {@link #position()} after {@link #skipValue()}, the
     * bounds of its JSON text, so a caller can look it up in a cache before parsing it.
     */
    public int rawStart() {
        peek();
        return pos;
    }

    /** The array this reader reads (offsets such as {@link #rawStart} point into it). */
    public byte[] input() {
        return in;
    }

    /** The current offset in the input array. */
    public int position() {
        return pos;
    }

    /** The next value's JSON text, unparsed. */
    public String nextRawValue() {
        int from = rawStart();
        skipValue();
        return Utf8.decode(in, from, pos - from);
    }

    /** Reads an object, handing the value of field {@code name} to {@code value} (which reads it); skips the rest. */
    public void readField(String name, Runnable value) {
        beginObject();
        while (hasNext()) {
            if (nextName().equals(name)) {
                value.run();
            } else {
                skipValue();
            }
        }
        endObject();
    }

    /** Reads an array, calling {@code element} once per element (which reads it). */
    public void readArray(Runnable element) {
        beginArray();
        while (hasNext()) {
            element.run();
        }
        endArray();
    }

    /**
     * The next value as plain Java: {@code Map<String,Object>} (insertion order), {@code List<Object>},
     * String, Long (integral numbers), Double, Boolean or null. Used for fields kept verbatim.
     */
    public Object readValue() {
        switch (peek()) {
            case BEGIN_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                beginObject();
                while (hasNext()) {
                    String name = nextName();
                    map.put(name, readValue());
                }
                endObject();
                return map;
            }
            case BEGIN_ARRAY: {
                List<Object> list = new ArrayList<>();
                beginArray();
                while (hasNext()) {
                    list.add(readValue());
                }
                endArray();
                return list;
            }
            case STRING:
                return nextString();
            case NUMBER: {
                Object number = readNumber();
                afterValue();
                return number;
            }
            case BOOLEAN:
                return nextBoolean();
            case NULL:
                nextNull();
                return null;
            default:
                throw error("expected a value but was " + peek());
        }
    }

    /** A Long when the number is integral and fits, else a Double (as JavaScript would read it). */
    private Object readNumber() {
        int from = pos;
        skipNumber();
        boolean integral = true;
        for (int i = from; i < pos; i++) {
            if (in[i] == '.' || in[i] == 'e' || in[i] == 'E') {
                integral = false;
            }
        }
        if (integral) {
            pos = from;
            try {
                return readLong();
            } catch (JsonException tooLong) {
                pos = from;
                skipNumber();
            }
        }
        String text = Utf8.decode(in, from, pos - from);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new JsonException("not a number: '" + text + "' at " + path());
        }
    }

    /** An integral number's value, exactly; leaves {@code pos} after it. */
    private long readLong() {
        int from = pos;
        boolean negative = in[pos] == '-';
        int i = negative ? pos + 1 : pos;
        long value = 0;
        int digits = 0;
        for (; i < limit && in[i] >= '0' && in[i] <= '9'; i++, digits++) {
            int d = in[i] - '0';
            // accumulate negatively: Long.MIN_VALUE has no positive twin
            if (value < (Long.MIN_VALUE + d) / 10) {
                skipNumber();
                throw new JsonException("expected an integer but was the too large "
                        + Utf8.decode(in, from, pos - from) + " at " + path());
            }
            value = value * 10 - d;
        }
        pos = i;
        skipNumber();
        if (digits == 0 || pos != i) {
            return wholeDouble(Utf8.decode(in, from, pos - from));
        }
        if (!negative && value == Long.MIN_VALUE) {
            throw new JsonException("expected an integer but was the too large " + Utf8.decode(in, from, pos - from)
                    + " at " + path());
        }
        return negative ? value : -value;
    }

    /** "2.0" or "1e3": a whole number written as a double, exact below 2^53; "1.5" is not one. */
    private long wholeDouble(String text) {
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new JsonException("not a number: '" + text + "' at " + path());
        }
        if (d != Math.rint(d) || Math.abs(d) >= 0x1p53) {
            throw new JsonException("expected an integer but was " + text + " at " + path());
        }
        return (long) d;
    }

    /** Fails unless the whole input was consumed. */
    public void endDocument() {
        if (peek() != Token.END_DOCUMENT) {
            throw error("trailing data after the JSON value");
        }
    }

    /** Where the reader stands, as a JSON path such as {@code $.payload.listens[2].track_metadata}. */
    public String path() {
        StringBuilder sb = new StringBuilder("$");
        for (int i = 0; i < depth; i++) {
            if (stack[i] == 'a') {
                sb.append('[').append(pathIndices[i]).append(']');
            } else if (pathNames[i] != null) {
                sb.append('.').append(pathNames[i]);
            }
        }
        return sb.toString();
    }

    private void expect(Token token) {
        Token t = peek();
        if (t != token) {
            throw error("expected " + token + " but was " + t);
        }
    }

    private void push(char kind) {
        if (depth == stack.length) {
            throw error("nesting too deep");
        }
        pathNames[depth] = null;
        stack[depth++] = kind;
        peeked = null;
        expectComma = false;
    }

    private void pop() {
        depth--;
        peeked = null;
        afterValueNoAdvance();
    }

    private void afterValue() {
        peeked = null;
        afterValueNoAdvance();
    }

    private void afterValueNoAdvance() {
        expectComma = true;
        if (depth > 0) {
            char top = stack[depth - 1];
            if (top == 'v') {
                stack[depth - 1] = 'o';
            } else if (top == 'a') {
                pathIndices[depth - 1]++;
            }
        }
    }

    private void skipNumber() {
        while (pos < limit) {
            int c = in[pos];
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
                pos++;
            } else {
                break;
            }
        }
    }

    /**
     * Names repeat on every line: the last few are kept with their bytes, so reading one makes no new String. A name
     * may take either of two slots, so two names of one line that hash alike do not push each other out.
     */
    private final String[] names = new String[256];
    private final byte[][] nameBytes = new byte[256][];

    private String readName() {
        int from = pos + 1;
        int hash = 0;
        int i = from;
        while (i < limit && in[i] != '"' && in[i] != '\\') {
            hash = 31 * hash + in[i];
            i++;
        }
        if (i < limit && in[i] == '"') {
            int mask = names.length - 1;
            int slot = (hash ^ hash >>> 8) & mask;
            for (int k = 0; k < 2; k++) {
                byte[] known = nameBytes[(slot + k) & mask];
                if (known != null && same(known, from, i - from)) {
                    pos = i + 1;
                    return names[(slot + k) & mask];
                }
            }
            if (nameBytes[slot] != null) {
                slot = (slot + 1) & mask;
            }
            String name = readString();
            names[slot] = name;
            nameBytes[slot] = Arrays.copyOfRange(in, from, i);
            return name;
        }
        return readString();
    }

    private boolean same(byte[] known, int from, int length) {
        if (known.length != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (in[from + k] != known[k]) {
                return false;
            }
        }
        return true;
    }

    private void skipString() {
        // locals, not fields, in the loop: this is the import's hottest
        byte[] b = in;
        int end = limit;
        int i = pos + 1;
        Words w = words;
        while (i < end) {
            if (w != null) {
                i = plainBytes(w, b, i, end);
                if (i >= end) {
                    break;
                }
            }
            int c = b[i];
            if (c == '"') {
                pos = i + 1;
                return;
            }
            if (c == '\\') {
                i += 2;
            } else if (c >= 0 && c < 0x20) {
                pos = i;
                throw error("control character in string");
            } else {
                i++;
            }
        }
        pos = end;
        throw error("unterminated string");
    }

    /**
     * Where the first quote, backslash or control byte at or after {@code i} is, eight bytes at a time ({@code end}
     * or just before it when there is none).
     */
    private static int plainBytes(Words w, byte[] b, int i, int end) {
        for (; i + 8 <= end; i += 8) {
            long x = w.at(b, i);
            long found = Words.equalTo(x, '"') | Words.equalTo(x, '\\') | Words.below(x, 0x20);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        return i;
    }

    private String readString() {
        int from = ++pos;
        StringBuilder sb = null;
        while (true) {
            if (pos >= limit) {
                throw error("unterminated string");
            }
            int c = in[pos];
            if (c == '"') {
                String s = sb == null ? Utf8.decode(in, from, pos - from)
                        : sb.append(Utf8.decode(in, from, pos - from)).toString();
                pos++;
                return s;
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(Utf8.decode(in, from, pos - from));
                pos++;
                if (pos >= limit) {
                    throw error("unterminated string");
                }
                int e = in[pos++];
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        sb.append((char) hex4());
                        break;
                    default:
                        throw error("bad escape '\\" + (char) (e & 0xff) + "'");
                }
                from = pos;
            } else if (c >= 0 && c < 0x20) {
                throw error("control character in string");
            } else {
                pos++;
            }
        }
    }

    private int hex4() {
        if (pos + 4 > limit) {
            throw error("bad unicode escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int c = in[pos + i];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw error("bad unicode escape");
            }
            value = value << 4 | d;
        }
        pos += 4;
        return value;
    }

    private void skipWhitespace() {
        while (pos < limit) {
            int c = in[pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else {
                break;
            }
        }
    }

    private JsonException error(String message) {
        return new JsonException(message + " at " + path() + " (offset " + (pos - start) + ")");
    }
}
