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
}
