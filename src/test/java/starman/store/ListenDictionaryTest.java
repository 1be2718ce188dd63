package starman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
        List<byte[]> chunks = new ArrayList<>();
        int persisted = 0;
        for (String[] batch : new String[][] {{"Low", "Heroes"}, {}, {"Lodger", "Björk", ""}, {"坂本龍一"}}) {
            for (String s : batch) {
                d.id(s);
            }
            chunks.add(d.toBytes(persisted));
            persisted = d.size();
        }

        assertThat(ListenDictionary.fromBytes(chunks.get(2)).size()).isEqualTo(3);
        ListenDictionary back = ListenDictionary.fromChunks(new int[] {0, 2, 2, 5}, chunks);
        assertThat(back.size()).isEqualTo(6);
        for (int i = 0; i < d.size(); i++) {
            assertThat(back.string(i)).isEqualTo(d.string(i));
        }
        assertThat(back.id("Lodger")).isEqualTo(2);
        assertThat(back.id("Scary Monsters")).isEqualTo(6);
    }

    @Test
    void aMissingChunkIsRefusedRatherThanShiftingEveryLaterId() {
        ListenDictionary d = new ListenDictionary();
        d.id("Low");
        byte[] first = d.toBytes(0);
        d.id("Heroes");
        byte[] second = d.toBytes(1);
        d.id("Lodger");
        byte[] third = d.toBytes(2);

        assertThat(ListenDictionary.fromChunks(new int[] {0, 1, 2}, List.of(first, second, third)).string(2))
                .isEqualTo("Lodger");
        assertThatThrownBy(() -> ListenDictionary.fromChunks(new int[] {0, 2}, List.of(first, third)))
                .hasMessageContaining("missing");
    }

    @Test
    void longLinksKeepTheirHeadOnce() {
        ListenDictionary d = new ListenDictionary();
        List<String> links = List.of("https://open.spotify.com/track/4u7EnebtmKWzUH433cf5Qv",
                "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b", "https://music.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://www.last.fm/music/David+Bowie/_/Heroes", "https://www.last.fm/music/David+Bowie/_/Low");
        links.forEach(d::id);

        ListenDictionary back = ListenDictionary.fromBytes(d.toBytes());
        for (String link : links) {
            assertThat(back.string(back.find(link))).isEqualTo(link);
            assertThat(back.hash64(back.find(link))).isEqualTo(ListenDictionary.hash64(link));
        }
        assertThat(back.find("https://open.spotify.com/track/nothere0000000000000")).isEqualTo(-1);
        ListenDictionary many = new ListenDictionary();
        int text = 0;
        for (int i = 0; i < 200; i++) {
            String link = "https://open.spotify.com/track/" + Integer.toString(1_000_000 + i * 7919, 36) + "ZWKzUH433cf5Qv";
            many.id(link);
            text += link.length();
        }
        assertThat(many.toBytes().length).as("%d bytes of links", text).isLessThan(text / 2);
    }

    @Test
    void readsTheChunksOfSchemaVersionTwo() {
        byte[] chunk = new byte[4 + 8 + 5];
        chunk[0] = 2;
        chunk[4] = 3; // "Low"
        chunk[8] = 5; // "Lo" + "w!" ends at 5
        System.arraycopy("Low".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, chunk, 12, 3);
        chunk[15] = 'w';
        chunk[16] = '!';

        ListenDictionary old = ListenDictionary.fromLegacyChunks(new int[] {0}, List.of(chunk));

        assertThat(old.string(0)).isEqualTo("Low");
        assertThat(old.string(1)).isEqualTo("w!");
    }

    @Property(tries = 300)
    void everyStringComesBackAndIsFoundAgain(@ForAll List<@From("texts") String> strings) {
        ListenDictionary d = new ListenDictionary();
        List<Integer> ids = new ArrayList<>();
        for (String s : strings) {
            ids.add(d.id(s));
        }
        ListenDictionary back = ListenDictionary.fromBytes(d.toBytes());
        if (strings.size() % 2 == 1) { // the reverse map built ahead, in slices, or at the first look-up
            back.prepareLookups(starman.time.Breather.NONE);
        }

        for (int i = 0; i < strings.size(); i++) {
            assertThat(back.string(ids.get(i))).isEqualTo(strings.get(i));
            assertThat(back.find(strings.get(i))).isEqualTo(ids.get(i));
            assertThat(back.hash64(ids.get(i))).isEqualTo(ListenDictionary.hash64(strings.get(i)));
        }
        assertThat(new java.util.HashSet<>(ids)).hasSameSizeAs(new java.util.HashSet<>(strings));
        for (int a = 0; a < strings.size(); a++) {
            for (int b = 0; b < strings.size(); b++) {
                assertThat(Integer.signum(back.compare(ids.get(a), ids.get(b))))
                        .isEqualTo(Integer.signum(strings.get(a).compareTo(strings.get(b))));
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()).toString()),
                Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()).toString().toUpperCase()),
                Arbitraries.of("", "5441c29d-3602-4898-b1a1-b77fa23b8e5", "5441c29d-3602-4898-b1a1-b77fa23b8e50x"),
                Arbitraries.strings().withChars("ab/=?é").ofMinLength(20).ofMaxLength(60));
    }

    @Test
    void uuidsTakeSeventeenBytesAndRecordsNeverMeetStrings() {
        ListenDictionary d = new ListenDictionary();
        int uuid = d.id("5441c29d-3602-4898-b1a1-b77fa23b8e50");
        int record = d.recordId(new byte[] {1, 2, 3}, 0, 3);
        int text = d.id("\u0001\u0002\u0003");

        // a count, three lengths of a byte each, then the entries
        assertThat(d.toBytes().length).isEqualTo(1 + 3 + 17 + 4 + 3);
        assertThat(d.string(uuid)).isEqualTo("5441c29d-3602-4898-b1a1-b77fa23b8e50");
        assertThat(d.record(record)).containsExactly(1, 2, 3);
        assertThat(text).isNotEqualTo(record);
        assertThatThrownBy(() -> d.string(record)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.record(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
