package starman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.model.AdditionalInfo;
import starman.model.Listen;
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
    void rowsRoundTripEveryColumnAndTheKeysAlone() {
        DayBlock.Rows rows = new DayBlock.Rows();
        rows.add(DAY_START, 0, 7, -1, 0, -1);
        rows.add(DAY_START + 500, DAY_START + 400, 3, 2, 9, 12);
        rows.add(DAY_START + 500, DAY_START + 9_000, 4, 2, 1_000_000, 5);
        rows.add(DAY_START + 86_399, DAY_START + 86_399 + 5 * 86_400, 1, 2, 3, 4);
        int day = DayBlock.dayOf(DAY_START);

        byte[] block = rows.encode(day);
        DayBlock.Rows back = new DayBlock.Rows();
        back.read(block);
        DayBlock.Rows keys = new DayBlock.Rows();
        keys.readKeys(block);

        assertThat(DayBlock.size(block)).isEqualTo(4);
        assertThat(Arrays.copyOf(back.listenedAt, 4)).containsExactly(DAY_START, DAY_START + 500, DAY_START + 500,
                DAY_START + 86_399);
        assertThat(Arrays.copyOf(back.insertedAt, 4)).containsExactly(0, DAY_START + 400, DAY_START + 9_000,
                DAY_START + 86_399 + 5 * 86_400);
        assertThat(Arrays.copyOf(back.msid, 4)).containsExactly(7, 3, 4, 1);
        assertThat(Arrays.copyOf(back.user, 4)).containsExactly(-1, 2, 2, 2);
        assertThat(Arrays.copyOf(back.track, 4)).containsExactly(0, 9, 1_000_000, 3);
        assertThat(Arrays.copyOf(back.extra, 4)).containsExactly(-1, 12, 5, 4);
        assertThat(Arrays.copyOf(keys.listenedAt, 4)).isEqualTo(Arrays.copyOf(back.listenedAt, 4));
        assertThat(Arrays.copyOf(keys.msid, 4)).isEqualTo(Arrays.copyOf(back.msid, 4));
        assertThat(Arrays.copyOf(keys.track, 4)).isEqualTo(Arrays.copyOf(back.track, 4));
    }

    @Test
    void aListenCostsAFewBytes() {
        DayBlock.Rows rows = new DayBlock.Rows();
        for (int i = 0; i < 300; i++) {
            rows.add(DAY_START + i * 200L, DAY_START + i * 200L + 230, 5_000 + i % 40, 1, 200_000 + i % 90,
                    300_000 + i % 90);
        }

        assertThat(rows.encode(DayBlock.dayOf(DAY_START)).length).isLessThan(300 * 14);
    }

    @Test
    void aBlockHoldsOneDayInOrder() {
        DayBlock.Rows twoDays = new DayBlock.Rows();
        twoDays.add(DAY_START, 0, 1, -1, 0, -1);
        twoDays.add(DAY_START + 86_400, 0, 2, -1, 0, -1);
        DayBlock.Rows backwards = new DayBlock.Rows();
        backwards.add(DAY_START + 9, 0, 1, -1, 0, -1);
        backwards.add(DAY_START + 8, 0, 2, -1, 0, -1);

        assertThatThrownBy(() -> twoDays.encode(DayBlock.dayOf(DAY_START))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backwards.encode(DayBlock.dayOf(DAY_START))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayBlock.Rows().encode(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDamagedBlockIsRefused() {
        DayBlock.Rows rows = new DayBlock.Rows();
        rows.add(DAY_START, 0, 1, -1, 0, -1);
        byte[] block = rows.encode(DayBlock.dayOf(DAY_START));

        assertThatThrownBy(() -> new DayBlock.Rows().read(Arrays.copyOf(block, block.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        block[0] = 9;
        assertThatThrownBy(() -> new DayBlock.Rows().read(block)).hasMessageContaining("version 9");
    }

    @Test
    void daysAreUtcAndFloorBeforeTheEpoch() {
        assertThat(DayBlock.dayOf(DAY_START - 1)).isEqualTo(DayBlock.dayOf(DAY_START) - 1);
        assertThat(DayBlock.dayOf(-1)).isEqualTo(-1);
    }
}
