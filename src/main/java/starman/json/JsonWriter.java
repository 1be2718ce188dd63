package starman.json;

import java.util.List;
import java.util.Map;
import starman.text.Format;

/** A small streaming JSON writer into a StringBuilder; compact output, no pretty printing. */
public final class JsonWriter {
    private final StringBuilder out;
    /** Per open container: whether a value was already written (so the next needs a comma). */
    private final boolean[] nonEmpty = new boolean[64];
    private int depth;
    private boolean afterName;

    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    public JsonWriter() {
        this(new StringBuilder());
    }

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        nonEmpty[depth++] = false;
        return this;
    }

    public JsonWriter endObject() {
        depth--;
        out.append('}');
        return this;
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        nonEmpty[depth++] = false;
        return this;
    }

    public JsonWriter endArray() {
        depth--;
        out.append(']');
        return this;
    }

    public JsonWriter name(String name) {
        if (nonEmpty[depth - 1]) {
            out.append(',');
        }
        nonEmpty[depth - 1] = true;
        quote(name);
        out.append(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        if (s == null) {
            return nullValue();
        }
        beforeValue();
        quote(s);
        return this;
    }

    public JsonWriter value(long n) {
        beforeValue();
        out.append(n);
        return this;
    }

    public JsonWriter value(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new JsonException("JSON has no " + d);
        }
        beforeValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d).append(".0");
        } else {
            out.append(d);
        }
        return this;
    }

    public JsonWriter value(boolean b) {
        beforeValue();
        out.append(b);
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** Writes a plain Java value as produced by {@link JsonReader#readValue()}. */
    public JsonWriter value(Object v) {
        if (v == null) {
            return nullValue();
        } else if (v instanceof String) {
            return value((String) v);
        } else if (v instanceof Long || v instanceof Integer) {
            return value(((Number) v).longValue());
        } else if (v instanceof Number) {
            return value(((Number) v).doubleValue());
        } else if (v instanceof Boolean) {
            return value(((Boolean) v).booleanValue());
        } else if (v instanceof Map) {
            beginObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                name((String) e.getKey());
                value(e.getValue());
            }
            return endObject();
        } else if (v instanceof List) {
            beginArray();
            for (Object item : (List<?>) v) {
                value(item);
            }
            return endArray();
        }
        throw new JsonException("cannot write this value as JSON: " + v);
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (nonEmpty[depth - 1]) {
                out.append(',');
            }
            nonEmpty[depth - 1] = true;
        }
    }

    private void quote(String s) {
        out.append('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = null;
            if (c == '"') {
                escape = "\\\"";
            } else if (c == '\\') {
                escape = "\\\\";
            } else if (c == '\n') {
                escape = "\\n";
            } else if (c == '\r') {
                escape = "\\r";
            } else if (c == '\t') {
                escape = "\\t";
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                escape = "\\u" + Format.hex(c, 4);
            }
            if (escape != null) {
                out.append(s, start, i).append(escape);
                start = i + 1;
            }
        }
        out.append(s, start, s.length()).append('"');
    }

    public StringBuilder buffer() {
        return out;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
