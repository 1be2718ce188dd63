package starman.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Our reader and writer against Jackson as the oracle, on random JSON documents. */
class JsonReaderTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Property(tries = 300)
    void readsWhatJacksonWrites(@ForAll("values") Object value) throws Exception {
        String json = JACKSON.writeValueAsString(value);
        JsonReader reader = new JsonReader(json);
        Object read = reader.readValue();
        reader.endDocument();
        assertThat(normalize(read)).isEqualTo(normalize(JACKSON.readValue(json, Object.class)));
    }

    /** Skipping word by word ends each value where skipping byte by byte does, or fails alike. */
    @Property(tries = 300)
    void skipsByWordsAsByBytes(@ForAll("values") Object value, @ForAll("cuts") int cut) throws Exception {
        String json = "[" + JACKSON.writeValueAsString(value) + ", \"after\"]";
        byte[] bytes = Utf8.encode(json.substring(0, Math.min(json.length(), cut)));
        assertThat(skipped(new JsonReader(bytes).skippingBy(Words.PORTABLE)))
                .isEqualTo(skipped(new JsonReader(bytes)));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.oneOf(Arbitraries.just(Integer.MAX_VALUE), Arbitraries.integers().between(0, 80));
    }

    /** Where skipping the first element left the reader, or the error. */
    private static String skipped(JsonReader r) {
        try {
            r.beginArray();
            r.skipRawValue();
            return "at " + r.position() + ": " + r.nextString();
        } catch (JsonException e) {
            return e.getMessage();
        }
    }

    @Property(tries = 300)
    void jacksonReadsWhatWeWrite(@ForAll("values") Object value) throws Exception {
        String json = new JsonWriter().value(value).toString();
        assertThat(normalize(JACKSON.readValue(json, Object.class))).isEqualTo(normalize(value));
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().between(-1e12, 1e12).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        return Arbitraries.recursive(() -> scalars, this::containerOf, 3);
    }

    private Arbitrary<Object> containerOf(Arbitrary<Object> inner) {
        return Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.strings().all().ofMaxLength(6), inner).ofMaxSize(4)
                        .map(m -> (Object) new LinkedHashMap<>(m)));
    }

    /** Jackson reads small integers as Integer, we as Long: compare numbers by value. */
    private static Object normalize(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put((String) k, normalize(val)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(item -> out.add(normalize(item)));
            return out;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return v;
    }

    @Test
    void pullsTokensAndNamesThePath() {
        JsonReader r = new JsonReader("{\"a\": [1, {\"b\": \"x\\u00e9\\n\"}], \"c\": null}");
        r.beginObject();
        assertThat(r.nextName()).isEqualTo("a");
        r.beginArray();
        assertThat(r.nextLong()).isEqualTo(1);
        r.beginObject();
        assertThat(r.nextName()).isEqualTo("b");
        assertThat(r.path()).isEqualTo("$.a[1].b");
        assertThat(r.nextString()).isEqualTo("xé\n");
        r.endObject();
        r.endArray();
        assertThat(r.nextName()).isEqualTo("c");
        assertThat(r.nextStringOrNull()).isNull();
        r.endObject();
        r.endDocument();
    }

    @Test
    void readsOneFieldOfEachObjectInAnArray() {
        JsonReader r = new JsonReader("[{\"a\": 1, \"b\": [2, 3]}, {\"b\": [4]}, {}]");
        List<Long> bs = new ArrayList<>();
        r.readArray(() -> r.readField("b", () -> r.readArray(() -> bs.add(r.nextLong()))));
        r.endDocument();
        assertThat(bs).containsExactly(2L, 3L, 4L);
        assertThatThrownBy(() -> new JsonReader("[1]").readField("b", () -> { }))
                .isInstanceOf(JsonException.class);
    }

    @Test
    void rejectsMalformedInputWithThePath() {
        assertThatThrownBy(() -> new JsonReader("{\"payload\": {\"listens\": [1, 2").readValue())
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("unexpected end of input")
                .hasMessageContaining("$.payload.listens[2]");
        assertThatThrownBy(() -> new JsonReader("[1,]").readValue()).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> new JsonReader("{\"a\" 1}").readValue()).hasMessageContaining("expected ':'");
        assertThatThrownBy(() -> {
            JsonReader r = new JsonReader("{} x");
            r.readValue();
            r.endDocument();
        }).hasMessageContaining("trailing data");
        assertThatThrownBy(() -> new JsonReader("\"abc").readValue()).hasMessageContaining("unterminated string");
    }

    @Test
    void refusesFractionsWhereAnIntegerIsNeeded() {
        JsonReader r = new JsonReader("[1.5]");
        r.beginArray();
        assertThatThrownBy(r::nextLong).hasMessageContaining("expected an integer").hasMessageContaining("$[0]");
    }

    @Test
    void writerEscapesControlAndSeparatorCharacters() throws Exception {
        String s = "tab\t quote\" backslash\\ nul\u0000 ls\u2028 <script>";
        String json = new JsonWriter().value(s).toString();
        assertThat(json).doesNotContain("\u2028").contains("\\u0000");
        assertThat(JACKSON.readValue(json, String.class)).isEqualTo(s);
    }

    @Test
    void rawValuesAreTheTextOfEachKindOfValue() {
        String json = "{\"o\": {\"a\": [1, {\"b\": \"x}\\\"]\\\\\"}], \"c\": null}, \"s\": \"q\\\"\", \"n\": -1.5e3,"
                + " \"t\": true, \"z\": null}";
        JsonReader r = new JsonReader(json);
        List<String> raw = new ArrayList<>();
        r.beginObject();
        while (r.hasNext()) {
            r.nextName();
            raw.add(r.nextRawValue());
        }
        r.endObject();
        r.endDocument();

        assertThat(raw).containsExactly("{\"a\": [1, {\"b\": \"x}\\\"]\\\\\"}], \"c\": null}", "\"q\\\"\"", "-1.5e3",
                "true", "null");
        assertThatThrownBy(() -> {
            JsonReader cut = new JsonReader("{\"o\": {\"a\": \"}");
            cut.beginObject();
            cut.nextName();
            cut.nextRawValue();
        }).isInstanceOf(JsonException.class);
    }
}
