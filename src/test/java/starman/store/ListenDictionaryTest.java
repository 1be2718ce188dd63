package starman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ListenDictionaryTest {
    @Test
    void idsAreDenseStableAndDeduplicated() {
        ListenDictionary d = new ListenDictionary();

        assertThat(d.id("a")).isZero();
        assertThat(d.id("b")).isEqualTo(1);
        assertThat(d.id("a")).isZero();
        assertThat(d.size()).isEqualTo(2);
    }

    @Test
    void bytesRoundTripUnicodeAndEmptyStrings() {
        ListenDictionary d = new ListenDictionary();
        String[] strings = {"", "Björk", "坂本龍一", "🎸 emoji", "line\nbreak", "x".repeat(5_000)};
        for (String s : strings) {
            d.id(s);
        }

        ListenDictionary back = ListenDictionary.fromBytes(d.toBytes());

        for (int i = 0; i < strings.length; i++) {
            assertThat(back.string(i)).isEqualTo(strings[i]);
        }
        assertThat(back.id("Björk")).isEqualTo(1);
        assertThat(back.id("new")).isEqualTo(strings.length);
        assertThat(ListenDictionary.fromBytes(back.toBytes()).string(strings.length)).isEqualTo("new");
    }

    @Test
    void anEmptyDictionaryRoundTrips() {
        ListenDictionary back = ListenDictionary.fromBytes(new ListenDictionary().toBytes());

        assertThat(back.size()).isZero();
        assertThat(back.id("first")).isZero();
    }

    @Test
    void rejectsBytesThatAreNotADictionary() {
        byte[] bytes = new ListenDictionary().toBytes();
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 3);

        assertThatThrownBy(() -> ListenDictionary.fromBytes(longer)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListenDictionary().string(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void chunksOfWhatWasAddedSinceTheLastOneRebuildTheTable() {
        ListenDictionary d = new ListenDictionary();
        java.util.List<byte[]> chunks = new java.util.ArrayList<>();
        int persisted = 0;
        for (String[] batch : new String[][] {{"Low", "Heroes"}, {}, {"Lodger", "Björk", ""}, {"坂本龍一"}}) {
            for (String s : batch) {
                d.id(s);
            }
            chunks.add(d.toBytes(persisted));
            persisted = d.size();
        }

        assertThat(ListenDictionary.fromBytes(chunks.get(2)).size()).isEqualTo(3);
        ListenDictionary back = ListenDictionary.fromChunks(chunks);
        assertThat(back.size()).isEqualTo(6);
        for (int i = 0; i < d.size(); i++) {
            assertThat(back.string(i)).isEqualTo(d.string(i));
        }
        assertThat(back.id("Lodger")).isEqualTo(2);
        assertThat(back.id("Scary Monsters")).isEqualTo(6);
    }
}
