package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.javatime.JavaTime;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

class ListenIndexTest {
    final ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
            JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), RecordingLengths.NONE);

    static long at(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    static Listen listen(String instant, String msid, String title, String release, Long durationMs) {
        AdditionalInfo info = new AdditionalInfo(durationMs, null, null, null, null, List.of(), null, null, Map.of());
        return new Listen(at(instant), 0, msid, "u", new TrackMetadata("David Bowie", title, release, info, null));
    }

    @Test
    void theTableCountsSongsAlbumsAndKnownMinutes() {
        index.add(listen("2025-03-30T10:00:00Z", "a", "Starman", "Ziggy Stardust (40th Anniversary Edition)", 250_000L));
        index.add(listen("2025-03-30T10:05:00Z", "b", "Five Years - 2012 Remaster",
                "The Rise and Fall of Ziggy Stardust and the Spiders From Mars", 280_000L));
        index.add(listen("2025-03-30T10:10:00Z", "c", "Heroes", "\"Heroes\"", null));
        index.add(listen("2025-03-30T10:15:00Z", "d", "Heroes (Live)", null, 300_000L));
        index.add(new Listen(at("2025-03-30T10:16:00Z"), 0, "e", "u",
                new TrackMetadata("Iggy Pop", "China Girl", "The Idiot", null, null)));

        Dashboard d = index.dashboard(at("2025-03-30T10:59:00Z"));
        assertThat(d.today()).isEqualTo(new Totals(4, 2, 830_000, 1));
        assertThat(d.pace().songs()).isEqualTo(4);
        assertThat(d.today().minutes()).isEqualTo(13.8);
        assertThat(d.sprintPerHour()).isZero();
        assertThat(index.dashboard(at("2025-03-30T10:15:00Z")).sprintPerHour()).isEqualTo(12.0);
    }

    @Test
    void listensAfterNowAreIgnored() {
        index.add(listen("2025-03-30T10:00:00Z", "a", "Starman", null, 1000L));
        index.add(listen("2025-03-30T12:00:00Z", "b", "Starman", null, 1000L));
        assertThat(index.dashboard(at("2025-03-30T11:00:00Z")).allTime().songs()).isEqualTo(1);
        assertThat(index.dashboard(at("2025-03-30T12:00:00Z")).allTime().songs()).isEqualTo(2);
    }

    @Test
    void theDayTheClocksGoForwardIs23Hours() {
        Periods london = JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY);
        Periods.Range day = london.day(at("2025-03-30T12:00:00Z"));
        assertThat(day.end() - day.start()).isEqualTo(23 * 3600);
        Periods.Range autumn = london.day(at("2025-10-26T12:00:00Z"));
        assertThat(autumn.end() - autumn.start()).isEqualTo(25 * 3600);
        assertThat(london.week(at("2025-03-30T12:00:00Z")).start()).isEqualTo(at("2025-03-24T00:00:00Z"));
        assertThat(JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.SUNDAY).week(at("2025-03-30T12:00:00Z")).start())
                .isEqualTo(at("2025-03-30T00:00:00Z"));
    }

    @Test
    void lateListensRemovalsAndRemappingsKeepTheTotalsRight() {
        index.add(listen("2025-03-30T10:10:00Z", "b", "Starman", "Ziggy Stardust", 1000L));
        index.add(listen("2025-03-30T10:00:00Z", "a", "Heroes", "Heroes", 2000L)); // late
        assertThat(index.timestamp(0)).isEqualTo(at("2025-03-30T10:00:00Z"));
        assertThat(index.totals(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(new Totals(2, 2, 3000, 0));

        Listen heroes = listen("2025-03-30T10:00:00Z", "a", "Heroes", "Heroes", 2000L);
        TrackMetadata t = heroes.track();
        Listen remapped = new Listen(heroes.listenedAt(), 0, "a", "u", new TrackMetadata(t.artistName(), t.trackName(),
                t.releaseName(), t.additionalInfo(), new MbidMapping("rec-heroes", "Heroes", "rel", "rg-ziggy-by-mistake",
                List.of(ArtistFilter.DAVID_BOWIE.mbid()), List.of(), null, null)));
        index.add(remapped);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.albumKey(index.albumId(0))).isEqualTo("mb:rg-ziggy-by-mistake");

        assertThat(index.remove(heroes.key())).isTrue();
        assertThat(index.remove(heroes.key())).isFalse();
        assertThat(index.totals(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(new Totals(1, 1, 1000, 0));
    }

    @Test
    void unmappedListensJoinTheReleaseGroupOfMappedOnesOfTheSameAlbum() {
        Listen unmapped = listen("2025-03-30T10:00:00Z", "a", "Starman", "Ziggy Stardust (2012 Remaster)", 1000L);
        Listen plain = listen("2025-03-30T10:05:00Z", "b", "Five Years", "The Rise and Fall of Ziggy Stardust...", 1000L);
        Listen mapped = listen("2025-03-30T10:10:00Z", "c", "Moonage Daydream",
                "The Rise and Fall of Ziggy Stardust and the Spiders From Mars", 1000L);
        TrackMetadata t = mapped.track();
        mapped = new Listen(mapped.listenedAt(), 0, "c", "u", new TrackMetadata(t.artistName(), t.trackName(),
                t.releaseName(), t.additionalInfo(), new MbidMapping("rec-moonage", "Moonage Daydream", "rel", "rg-ziggy",
                List.of(ArtistFilter.DAVID_BOWIE.mbid()), List.of(), null, null)));
        index.add(unmapped);
        index.add(plain);
        index.add(mapped);
        assertThat(index.totals(Long.MIN_VALUE, Long.MAX_VALUE).albums()).isEqualTo(1);
        assertThat(index.albumKey(index.albumId(0))).isEqualTo("mb:rg-ziggy");

        index.remove(mapped.key());
        assertThat(index.totals(Long.MIN_VALUE, Long.MAX_VALUE).albums()).isEqualTo(1);
        assertThat(index.albumKey(index.albumId(0))).startsWith("t:david bowie|");
    }

    @Test
    void songsPerDayCountsLocalDaysAcrossTheClockChange() {
        index.add(listen("2025-03-29T23:30:00Z", "a", "Starman", "Ziggy Stardust", null)); // 29th, GMT
        index.add(listen("2025-03-30T00:30:00Z", "b", "Starman", "Ziggy Stardust", null)); // 30th, still GMT
        index.add(listen("2025-03-30T22:30:00Z", "c", "Heroes", "Heroes", null)); // 23:30 BST on the 30th
        index.add(listen("2025-03-30T23:30:00Z", "d", "Heroes", "Heroes", null)); // 00:30 BST on the 31st
        int day29 = (int) java.time.LocalDate.parse("2025-03-29").toEpochDay();

        assertThat(index.songsPerDay(day29 - 1, 5)).containsExactly(0, 1, 2, 1, 0);
        assertThat(index.songsPerDay(day29 + 1, 1)).containsExactly(2);
        assertThat(index.songsPerDay(day29 + 10, 3)).containsExactly(0, 0, 0);
    }

    @Test
    void songsPerAlbumCountsCanonicalAlbums() {
        index.add(listen("2025-03-30T10:00:00Z", "a", "Starman", "Ziggy Stardust", null));
        index.add(listen("2025-03-30T10:05:00Z", "b", "Five Years", "Ziggy Stardust (2012 Remaster)", null));
        index.add(listen("2025-03-30T10:10:00Z", "c", "Heroes", "Heroes", null));
        index.add(listen("2025-03-30T10:15:00Z", "d", "Heroes (Live)", null, null));

        int[] songs = index.songsPerAlbum();
        assertThat(songs[index.albumId(0)]).isEqualTo(2);
        assertThat(songs[index.albumId(2)]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(songs).sum()).isEqualTo(3); // the listen without a release has no album
    }

    @Test
    void anAlbumIsNamedByItsEarliestListenWhateverTheOrderTheyArrive() {
        index.add(listen("2025-03-30T10:05:00Z", "b", "Five Years", "Ziggy Stardust (2012 Remaster)", null));
        index.add(listen("2025-03-30T10:00:00Z", "a", "Starman", "Ziggy Stardust", null)); // late, and earlier
        index.add(listen("2025-03-30T10:10:00Z", "c", "Moonage Daydream", "Ziggy Stardust (Deluxe)", null));
        assertThat(index.albumId(0)).isEqualTo(index.albumId(2));
        assertThat(index.albumName(index.albumId(2))).isEqualTo("Ziggy Stardust");
    }
}
