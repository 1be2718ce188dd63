package starman.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small pull parser over a JSON text (Moshi/Gson style). Codecs walk it token by token, so a page of
 * listens is decoded straight into model objects; errors name the JSON path ({@code $.payload.listens[3]}).
 */
public final class JsonReader {
    public enum Token { BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, NAME, STRING, NUMBER, BOOLEAN, NULL, END_DOCUMENT }

    private final String in;
    private int pos;
    /** Stack of open containers: 'o' object expecting name, 'v' object expecting value, 'a' array. */
    private final char[] stack = new char[64];
    private final Object[] pathNames = new Object[64];
    private final int[] pathIndices = new int[64];
    private int depth;
    private Token peeked;
    private boolean expectComma;

    public JsonReader(String json) {
        this.in = json;
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
        if (pos >= in.length()) {
            if (depth != 0) {
                throw error("unexpected end of input");
            }
            return Token.END_DOCUMENT;
        }
        char c = in.charAt(pos);
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
                if (pos >= in.length()) {
                    throw error("unexpected end of input");
                }
                c = in.charAt(pos);
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
            if (pos >= in.length()) {
                throw error("unexpected end of input");
            }
            c = in.charAt(pos);
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
        String name = readString();
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
            value = readNumberText();
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

    public long nextLong() {
        double d = readDouble();
        long l = (long) d;
        if (l != d) {
            throw new JsonException("expected an integer but was " + d + " at " + path());
        }
        afterValue();
        return l;
    }


    public double nextDouble() {
        double value = readDouble();
        afterValue();
        return value;
    }

    /** Reads a number (or numeric string) without moving past the value, so errors name its path. */
    private double readDouble() {
        Token t = peek();
        String text;
        if (t == Token.NUMBER) {
            text = readNumberText();
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
        return value;
    }

    public boolean nextBoolean() {
        expect(Token.BOOLEAN);
        boolean value;
        if (in.startsWith("true", pos)) {
            pos += 4;
            value = true;
        } else if (in.startsWith("false", pos)) {
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
        if (!in.startsWith("null", pos)) {
            throw error("expected null");
        }
        pos += 4;
        afterValue();
    }

    /** Whether the next value is null; consumes it if so. */
    public boolean skipNull() {
        if (peek() == Token.NULL) {
            nextNull();
            return true;
        }
        return false;
    }

    public void skipValue() {
        readValue();
    }

    /**
     * The next value's JSON text, unparsed (only strings and nesting are followed to find its end), so a
     * caller can look it up in a cache before parsing it; the text is checked when it is parsed.
     */
    public String nextRawValue() {
        Token t = peek();
        if (t == Token.END_OBJECT || t == Token.END_ARRAY || t == Token.END_DOCUMENT || t == Token.NAME) {
            throw error("expected a value but was " + t);
        }
        int start = pos;
        if (t == Token.STRING) {
            skipString();
        } else if (t == Token.BEGIN_OBJECT || t == Token.BEGIN_ARRAY) {
            int nesting = 0;
            do {
                if (pos >= in.length()) {
                    throw error("unexpected end of input");
                }
                char c = in.charAt(pos);
                if (c == '"') {
                    skipString();
                    continue;
                }
                if (c == '{' || c == '[') {
                    nesting++;
                } else if (c == '}' || c == ']') {
                    nesting--;
                }
                pos++;
            } while (nesting > 0);
        } else {
            readNumberText(); // a number, or the letters of true, false, null
            while (pos < in.length() && Character.isLetter(in.charAt(pos))) {
                pos++;
            }
        }
        String raw = in.substring(start, pos);
        afterValue();
        return raw;
    }

    private void skipString() {
        pos++;
        while (true) {
            int quote = in.indexOf('"', pos);
            if (quote < 0) {
                pos = in.length();
                throw error("unterminated string");
            }
            int backslashes = 0;
            while (quote - 1 - backslashes >= pos && in.charAt(quote - 1 - backslashes) == '\\') {
                backslashes++;
            }
            pos = quote + 1;
            if (backslashes % 2 == 0) {
                return;
            }
        }
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
                String text = readNumberText();
                afterValue();
                return parseNumber(text);
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

    private Object parseNumber(String text) {
        boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        try {
            if (integral) {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException tooLong) {
                    // beyond long: falls through to double, as JavaScript would read it
                }
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new JsonException("not a number: '" + text + "' at " + path());
        }
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

    private String readNumberText() {
        int start = pos;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
                pos++;
            } else {
                break;
            }
        }
        return in.substring(start, pos);
    }

    private String readString() {
        int start = ++pos;
        StringBuilder sb = null;
        while (true) {
            if (pos >= in.length()) {
                throw error("unterminated string");
            }
            char c = in.charAt(pos);
            if (c == '"') {
                String s = sb == null ? in.substring(start, pos) : sb.append(in, start, pos).toString();
                pos++;
                return s;
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(in, start, pos);
                pos++;
                if (pos >= in.length()) {
                    throw error("unterminated string");
                }
                char e = in.charAt(pos++);
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
                        if (pos + 4 > in.length()) {
                            throw error("bad unicode escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(in.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad unicode escape");
                        }
                        pos += 4;
                        break;
                    default:
                        throw error("bad escape '\\" + e + "'");
                }
                start = pos;
            } else if (c < 0x20) {
                throw error("control character in string");
            } else {
                pos++;
            }
        }
    }

    private void skipWhitespace() {
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else {
                break;
            }
        }
    }

    private JsonException error(String message) {
        return new JsonException(message + " at " + path() + " (offset " + pos + ")");
    }
}
