package starman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;

class DayBlockTest {
    /** 2024-03-01T00:00:00Z. */
    private static final long DAY_START = 1_709_251_200L;

    /** A listen as fat as real ones: player fields, a mapping with artists and cover art. */
    static Listen fatListen(long listenedAt, String msid, String artist, String title) {
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("media_player", "Strawberry");
        other.put("music_service", "spotify.com");
        other.put("spotify_id", "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC");
        other.put("isrc", "GBARL9300135");
        other.put("artist_names", List.of(artist));
        other.put("duration_played", 201.5);
        AdditionalInfo info = new AdditionalInfo(215_000L, null, "rec-" + title, null, null, List.of("a-" + artist), 3,
                "Strawberry", other);
        MbidMapping mapping = new MbidMapping("rec-" + title, title, "rel-1", "rg-1", List.of("a-" + artist),
                List.of(new MbidMapping.MappedArtist("a-" + artist, artist, "")), 123456789L, "rel-1");
        return new Listen(listenedAt, listenedAt + 12, msid, "rob", new TrackMetadata(artist, title, "Album", info, mapping));
    }

    static Listen slimListen(long listenedAt, String msid) {
        return new Listen(listenedAt, 0, msid, null, new TrackMetadata("Artist", "Track", null, null, null));
    }

    @Test
    void roundTripIsExactAndSortedByKey() {
        ListenDictionary dictionary = new ListenDictionary();
        List<Listen> listens = List.of(fatListen(DAY_START + 500, "m2", "Björk", "Jóga"),
                slimListen(DAY_START + 3, "m1"), fatListen(DAY_START + 500, "m0", "坂本龍一", "Merry Christmas Mr. Lawrence 🎹"),
                slimListen(DAY_START + 86_399, "m3"));

        List<Listen> decoded = DayBlock.decode(DayBlock.encode(listens, dictionary), dictionary);

        assertThat(decoded).containsExactly(listens.get(1), listens.get(2), listens.get(0), listens.get(3));
    }

    @Test
    void surviveADictionaryRoundTripThroughBytes() {
        ListenDictionary dictionary = new ListenDictionary();
        List<Listen> listens = List.of(fatListen(DAY_START + 1, "m1", "Sigur Rós", "Hoppípolla"));
        byte[] block = DayBlock.encode(listens, dictionary);

        ListenDictionary reloaded = ListenDictionary.fromBytes(dictionary.toBytes());

        assertThat(DayBlock.decode(block, reloaded)).isEqualTo(listens);
        assertThat(reloaded.size()).isEqualTo(dictionary.size());
    }

    @Test
    void columnsCarryTheHotFieldsWithoutJson() {
        ListenDictionary dictionary = new ListenDictionary();
        Listen listen = fatListen(DAY_START + 60, "m1", "Portishead", "Roads");

        DayBlock.Columns c = DayBlock.columns(DayBlock.encode(List.of(listen), dictionary));

        assertThat(c.day()).isEqualTo(DayBlock.dayOf(DAY_START));
        assertThat(c.listenedAt()).containsExactly(DAY_START + 60);
        assertThat(c.insertedAt()).containsExactly(DAY_START + 72);
        assertThat(c.durationMs()).containsExactly(215_000L);
        assertThat(dictionary.string(c.artist()[0])).isEqualTo("Portishead");
        assertThat(dictionary.string(c.recordingMbid()[0])).isEqualTo("rec-Roads");
        assertThat(dictionary.string(c.releaseGroupMbid()[0])).isEqualTo("rg-1");
        assertThat(c.release()[0]).isNotNegative();
    }

    @Test
    void slimListensHaveNoExtraAndUnknownDuration() {
        ListenDictionary dictionary = new ListenDictionary();

        DayBlock.Columns c = DayBlock.columns(DayBlock.encode(List.of(slimListen(DAY_START, "m")), dictionary));

        assertThat(c.extra()).containsExactly(-1);
        assertThat(c.durationMs()).containsExactly(-1L);
        assertThat(c.user()).containsExactly(-1);
        assertThat(c.insertedAt()).containsExactly(0L);
    }

    @Test
    void repeatedStringsAreStoredOnce() {
        ListenDictionary dictionary = new ListenDictionary();
        List<Listen> day = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            day.add(fatListen(DAY_START + i * 200L, "msid-" + i, "Artist " + (i % 3), "Track " + (i % 10)));
        }

        byte[] block = DayBlock.encode(day, dictionary);

        // 300 msids, user, 3 artists, 10 tracks, album, 10 recording MBIDs, release, release group,
        // and one extra JSON per (artist, track) pair: 30
        assertThat(dictionary.size()).isEqualTo(300 + 1 + 3 + 10 + 1 + 10 + 1 + 1 + 30);
        int jsonBytes = day.stream().mapToInt(l -> ListenJson.toJson(l).length()).sum();
        assertThat(block.length * 20).isLessThan(jsonBytes);
    }

    @Test
    void manyRandomListensOfManyDaysRoundTrip() {
        Random random = new Random(11);
        ListenDictionary dictionary = new ListenDictionary();
        Map<Integer, List<Listen>> days = new LinkedHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            long t = DAY_START + random.nextInt(200 * 86_400);
            Listen listen = random.nextBoolean() ? slimListen(t, "m" + i)
                    : fatListen(t, "m" + i, "Artist " + random.nextInt(500), "Track " + random.nextInt(5_000));
            days.computeIfAbsent(DayBlock.dayOf(t), d -> new ArrayList<>()).add(listen);
        }
        Map<Integer, byte[]> blocks = new LinkedHashMap<>();
        days.forEach((day, listens) -> blocks.put(day, DayBlock.encode(listens, dictionary)));
        ListenDictionary reloaded = ListenDictionary.fromBytes(dictionary.toBytes());

        days.forEach((day, listens) -> assertThat(DayBlock.decode(blocks.get(day), reloaded))
                .containsExactlyInAnyOrderElementsOf(listens));
    }

    @Test
    void aBlockHoldsOneDay() {
        assertThatThrownBy(() -> DayBlock.encode(List.of(slimListen(DAY_START, "a"), slimListen(DAY_START + 86_400, "b")),
                new ListenDictionary())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysAreUtcAndFloorBeforeTheEpoch() {
        assertThat(DayBlock.dayOf(DAY_START - 1)).isEqualTo(DayBlock.dayOf(DAY_START) - 1);
        assertThat(DayBlock.dayOf(-1)).isEqualTo(-1);
    }
}
