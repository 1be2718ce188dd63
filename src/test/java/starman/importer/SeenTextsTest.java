package starman.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenTextsTest {
    private final SeenTexts seen = new SeenTexts();

    private int lookUp(byte[] b, int from, int to) {
        SeenTexts.Key key = new SeenTexts.Key();
        seen.hash(b, from, to, key);
        return seen.get(key);
    }

    private int add(byte[] b, int from, int to, int value) {
        SeenTexts.Key key = new SeenTexts.Key();
        seen.hash(b, from, to, key);
        return seen.putIfAbsent(key, value);
    }

    @Test
    void aTextIsFoundWhereverItsBytesLie() {
        byte[] text = "{\"artist_name\":\"David Bowie\",\"track_name\":\"Heroes\"}".getBytes();
        byte[] shifted = new byte[text.length + 5];
        System.arraycopy(text, 0, shifted, 3, text.length);
        assertThat(add(text, 0, text.length, 7)).isEqualTo(7);
        assertThat(lookUp(shifted, 3, 3 + text.length)).isEqualTo(7);
        assertThat(add(shifted, 3, 3 + text.length, 8)).as("already there").isEqualTo(7);
    }

    @Test
    void everyByteAndTheLengthCount() {
        // every length across the sixteen-byte steps and the word and byte tails, each byte changed in turn
        int value = 0;
        for (int length = 0; length <= 70; length++) {
            byte[] base = new byte[length];
            assertThat(lookUp(base, 0, length)).as("zeros of length %d are new", length).isEqualTo(-1);
            add(base, 0, length, value++);
            for (int at = 0; at < length; at++) {
                byte[] changed = base.clone();
                changed[at] = 1;
                assertThat(lookUp(changed, 0, length)).as("length %d, byte %d changed", length, at).isEqualTo(-1);
                add(changed, 0, length, value++);
            }
        }
        assertThat(seen.size()).isEqualTo(value);
    }

    @Test
    void swappedWordsAreDifferentTexts() {
        byte[] ab = "0123456789abcdefFEDCBA9876543210".getBytes();
        byte[] ba = "FEDCBA98765432100123456789abcdef".getBytes();
        add(ab, 0, ab.length, 1);
        assertThat(lookUp(ba, 0, ba.length)).isEqualTo(-1);
    }
}
