package starman.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import starman.json.JsonWriter;

class ArraySplitterTest {
    /** Each element as "number@line:text", over-long ones as "number@line:too long", and what is wrong around them. */
    private static List<String> split(String text, int chunk, int maxElement) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        ArraySplitter splitter = new ArraySplitter(maxElement, new ArraySplitter.Handler() {
            @Override
            public void element(byte[] b, int offset, int length, long number, long line) {
                out.add(number + "@" + line + ":" + new String(b, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public void tooLong(long number, long line) {
                out.add(number + "@" + line + ":too long");
            }

            @Override
            public void notAnArray(String found, long line) {
                out.add("line " + line + ": the file " + found);
            }
        });
        for (int at = 0; at < bytes.length; at += chunk) {
            splitter.accept(bytes, at, Math.min(chunk, bytes.length - at));
        }
        splitter.end();
        return out;
    }

    /** An object whose strings hold brackets, braces, quotes, backslashes and line breaks (escaped, as JSON has them). */
    private static String element(String text) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("track_metadata").beginObject().name("track_name").value(text);
        w.name("additional_info").beginObject().name("tags").beginArray().value("]").value("{").endArray().endObject();
        w.endObject();
        w.name("listened_at").value(text.length());
        return w.endObject().toString();
    }

    @Property(tries = 300)
    void elementsAreTheSameHoweverTheBytesArriveAndWhateverTheLineBreaks(
            @ForAll @Size(max = 6) List<@StringLength(max = 12) @Chars({'a', '{', '}', '[', ']', '"', '\\', ',', '\n',
                    ' ', 'é'}) String> texts,
            @ForAll @IntRange(min = 1, max = 40) int chunk, @ForAll boolean pretty) {
        String gap = pretty ? ",\n    " : ",";
        StringBuilder file = new StringBuilder(pretty ? "\uFEFF[\n    " : "[");
        List<String> expected = new ArrayList<>();
        int line = pretty ? 2 : 1;
        for (int i = 0; i < texts.size(); i++) {
            String element = element(texts.get(i));
            file.append(i == 0 ? "" : gap).append(element);
            expected.add((i + 1) + "@" + line + ":" + element);
            line += pretty ? 1 : 0;
        }
        file.append(pretty ? "\n]\n" : "]");

        assertThat(split(file.toString(), chunk, 1 << 20)).isEqualTo(expected);
    }

    @Test
    void anElementLongerThanTheLimitIsPassedOverWhereverItIsCut() {
        String file = "[{\"a\": \"" + "x".repeat(30) + "\"}, {\"b\": 1},\n{\"c\": \"" + "y".repeat(30) + "\"}]";
        for (int chunk : new int[] {1, 5, 16, file.length()}) {
            assertThat(split(file, chunk, 20)).as("chunks of %d", chunk)
                    .containsExactly("1@1:too long", "2@1:{\"b\": 1}", "3@2:too long");
        }
    }

    @Test
    void valuesThatAreNotObjectsAreElementsToo() {
        assertThat(split("[1, \"two, [three]\", null,[4,{}] ,true]", 3, 100)).containsExactly(
                "1@1:1", "2@1:\"two, [three]\"", "3@1:null", "4@1:[4,{}]", "5@1:true");
    }

    @Test
    void emptyArraysHaveNoElements() {
        assertThat(split("[]", 1, 100)).isEmpty();
        assertThat(split(" [\n ]\n", 1, 100)).isEmpty();
        assertThat(split("]", 1, 100)).as("listenbrainz.org's export of no listens").isEmpty();
    }

    @Test
    void whatIsNotOneArraySaysWhatWasFound() {
        assertThat(split("{\"a\": 1}", 4, 100)).containsExactly("line 1: the file does not start with '[' (found '{')");
        assertThat(split("[{\"a\": 1}]\n]", 4, 100))
                .containsExactly("1@1:{\"a\": 1}", "line 2: the file goes on after its closing ']' (found ']')");
        assertThat(split("[{\"a\": 1},\n{\"b\": [", 4, 100))
                .containsExactly("1@1:{\"a\": 1}", "line 2: the file ends before its closing ']' (is it cut short?)");
        assertThat(split("[{\"a\": 1}", 4, 100))
                .containsExactly("1@1:{\"a\": 1}", "line 1: the file ends before its closing ']' (is it cut short?)");
        assertThat(split("  \n", 4, 100)).containsExactly("line 2: the file is empty");
    }
}
