package starman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import starman.json.Words;

class LongWordsTest {
    @Property(tries = 500)
    void findsEveryLineEndAndReadsWordsAsThePageDoes(@ForAll @Size(max = 300) List<@IntRange(min = 8, max = 12) Integer> codes,
                                                    @ForAll @IntRange(min = 0, max = 7) int skip) {
        byte[] b = new byte[codes.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (codes.get(i) == 12 ? 0x8A : codes.get(i)); // 10 is a newline; 0x8A looks like one, is not
        }
        int from = Math.min(skip, b.length);
        int[] found = new int[b.length];
        int n = LongWords.newlines(b, from, b.length, found);
        List<Integer> expected = new ArrayList<>();
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                expected.add(i);
            }
        }
        List<Integer> actual = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            actual.add(found[i]);
        }
        assertThat(actual).isEqualTo(expected);
        for (int i = 0; i + 8 <= b.length; i++) {
            assertThat(LongWords.JVM.at(b, i)).isEqualTo(Words.PORTABLE.at(b, i));
        }
    }
}
