package starman.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

class LineSplitterTest {
    /** Each line as "number:text", and the over-long ones as "number:too long". */
    private static List<String> split(byte[] bytes, int chunk, boolean newlinesGiven, int maxLine) {
        List<String> lines = new ArrayList<>();
        LineSplitter splitter = new LineSplitter(maxLine, new LineSplitter.Handler() {
            @Override
            public void line(byte[] b, int offset, int length, long number) {
                lines.add(number + ":" + new String(b, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public void tooLong(long number) {
                lines.add(number + ":too long");
            }
        });
        for (int at = 0; at < bytes.length; at += chunk) {
            int n = Math.min(chunk, bytes.length - at);
            if (newlinesGiven) {
                int[] ends = new int[n];
                int count = 0;
                for (int i = at; i < at + n; i++) {
                    if (bytes[i] == '\n') {
                        ends[count++] = i;
                    }
                }
                splitter.accept(bytes, at, n, ends, count);
            } else {
                splitter.accept(bytes, at, n);
            }
        }
        splitter.end();
        lines.add("lines:" + splitter.lines());
        return lines;
    }

    @Property(tries = 500)
    void linesAreTheSameHoweverTheBytesArriveAndWhoeverFindsTheLineEnds(
            @ForAll @StringLength(max = 200) @Chars({'a', 'b', ' ', '\n', '\r', '\t', 'é'}) String text,
            @ForAll @IntRange(min = 1, max = 50) int chunk) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> whole = split(bytes, Math.max(1, bytes.length), false, 12);

        assertThat(split(bytes, chunk, false, 12)).isEqualTo(whole);
        assertThat(split(bytes, chunk, true, 12)).isEqualTo(whole);
        List<String> expected = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && parts[i].isEmpty()) {
                break; // the end of the last line, not a line
            }
            String line = i == 0 && parts[i].startsWith("\uFEFF") ? parts[i].substring(1) : parts[i];
            if (line.getBytes(StandardCharsets.UTF_8).length > 12) {
                expected.add((i + 1) + ":too long");
            } else if (!line.replace(" ", "").replace("\t", "").replace("\r", "").isEmpty()) {
                expected.add((i + 1) + ":" + line);
            }
        }
        expected.add("lines:" + (text.endsWith("\n") || text.isEmpty() ? parts.length - 1 : parts.length));
        assertThat(whole).isEqualTo(expected);
    }
}
