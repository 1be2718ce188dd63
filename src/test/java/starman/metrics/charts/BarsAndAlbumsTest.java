package starman.metrics.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.metrics.charts.HeatmapTest.day;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import starman.javatime.JavaTime;
import starman.metrics.AlbumsHeard;
import starman.metrics.ListeningClock;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.metrics.RecordingLengths;
import starman.metrics.TrackLists;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;
import starman.time.Weekday;

class BarsAndAlbumsTest {
    final ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
            JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), RecordingLengths.NONE);

    @Test
    void thirtyLabelledBarsScaledToTheBusiestDay() {
        int[] counts = IntStream.range(0, Bars.DAYS).map(i -> i % 5).toArray();
        Scene scene = Bars.scene(day("2025-03-30"), counts);
        List<Shape.Box> bars = HeatmapTest.cells(scene);

        assertThat(bars).hasSize(30);
        assertThat(bars.get(29).label()).isEqualTo("4 songs, Sunday 30 March 2025");
        assertThat(bars.get(29).style()).isEqualTo("bar today");
        double plot = Bars.HEIGHT - Bars.TOP - Bars.BOTTOM;
        assertThat(bars.get(4).height()).isEqualTo(plot);
        assertThat(bars.get(0).height()).isEqualTo(1); // an empty day keeps a sliver
        assertThat(scene.title()).endsWith(": 60 songs in all");
        assertThat(scene.shapes()).filteredOn(s -> s instanceof Shape.Text t && t.y() > Bars.HEIGHT - Bars.BOTTOM)
                .extracting(s -> ((Shape.Text) s).text()).containsExactly("2 Mar", "9 Mar", "16 Mar", "23 Mar", "30 Mar");
    }

    @Test
    void anEmptyMonthHasFlatBars() {
        Scene scene = Bars.scene(day("2025-03-30"), new int[Bars.DAYS]);
        assertThat(HeatmapTest.cells(scene)).allSatisfy(b -> assertThat(b.height()).isEqualTo(1));
    }

    static long at(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    static Listen listen(String instant, String msid, String title, String release, String recording, String group) {
        return new Listen(at(instant), 0, msid, "u", new TrackMetadata("David Bowie", title, release,
                null, recording == null ? null : new MbidMapping(recording, title, "rel-" + group, group, null, null, null, null)));
    }

    @Test
    void topAlbumsByMostSongsWithCompletionOnlyWhereTheTrackListIsKnown() {
        MetadataCache metadata = new MetadataCache();
        metadata.putTracks("rg-low", List.of(new TrackLists.Track("r-sv", "Sound and Vision"),
                new TrackLists.Track("r-bb", "Breaking Glass"), new TrackLists.Track("r-sw", "Speed of Life")));
        index.add(listen("2025-03-30T10:00:00Z", "a", "Sound and Vision", "Low", "r-sv", "rg-low"));
        index.add(listen("2025-03-30T10:05:00Z", "b", "Sound and Vision", "Low", "r-sv", "rg-low"));
        index.add(listen("2025-03-30T10:10:00Z", "c", "Breaking Glass", "Low", "r-bb", "rg-low"));
        index.add(listen("2025-03-30T11:00:00Z", "d", "Starman", "Ziggy", null, null));
        index.add(listen("2025-03-30T11:05:00Z", "e", "Five Years", "Ziggy", null, null));
        index.add(listen("2025-03-30T12:00:00Z", "f", "Heroes", "<img src=x onerror=alert(1)>", null, null));

        List<TopAlbums.Album> top = TopAlbums.of(index, metadata, 2);
        assertThat(top).containsExactly(new TopAlbums.Album("mb:rg-low", "Low", 3, 2, 3),
                new TopAlbums.Album("t:david bowie|ziggy", "Ziggy", 2, 2, 0));

        Scene scene = TopAlbums.scene(TopAlbums.of(index, metadata, 6));
        List<Shape.Ring> rings = scene.shapes().stream().filter(s -> s instanceof Shape.Ring)
                .map(Shape.Ring.class::cast).toList();
        assertThat(rings).extracting(Shape.Ring::label).containsExactly(
                "Low: 3 songs, 2 of 3 tracks heard",
                "Ziggy: 2 songs, 2 tracks heard, track list unknown",
                "<img src=x onerror=alert(1)>: 1 song, 1 track heard, track list unknown");
        assertThat(rings).extracting(Shape.Ring::target).startsWith("album:mb:rg-low", "album:t:david bowie|ziggy");
        assertThat(rings.get(0).fraction()).isEqualTo(2 / 3.0);
        assertThat(rings.get(0).text()).isEqualTo("67%");
        assertThat(rings.get(1).fraction()).isNegative(); // no invented denominator
        assertThat(scene.height()).isEqualTo(3 * TopAlbums.ROW);
    }

    @Test
    void longNamesAreCutInThePictureButWholeInTheLabel() {
        String name = "x".repeat(5000);
        Scene scene = TopAlbums.scene(List.of(new TopAlbums.Album("t:david bowie|long", name, 1, 1, 0)));
        assertThat(scene.shapes()).anySatisfy(s -> assertThat(s).isInstanceOfSatisfying(Shape.Text.class,
                t -> assertThat(t.text()).hasSize(TopAlbums.NAME_CHARS).endsWith("…")));
        assertThat(scene.shapes()).anySatisfy(s -> assertThat(s).isInstanceOfSatisfying(Shape.Ring.class,
                r -> assertThat(r.label()).startsWith(name)));
        assertThat(TopAlbums.cut("😀".repeat(40))).hasSize(2 * (TopAlbums.NAME_CHARS - 1) + 1); // whole code points
        assertThat(TopAlbums.scene(List.of()).shapes()).hasSize(1);
    }

    @Test
    void picturesOfTheIndexCountTheSameDays() {
        index.add(listen("2025-03-30T00:30:00Z", "a", "Starman", "Ziggy", null, null));
        index.add(listen("2025-03-30T22:30:00Z", "b", "Starman", "Ziggy", null, null));
        index.add(listen("2025-03-30T23:30:00Z", "c", "Starman", "Ziggy", null, null)); // the 31st in London
        Pictures p = Pictures.of(new AlbumsHeard(index), WeekClock.scene(new ListeningClock(index).songs(),
                Weekday.MONDAY), TrackLists.NONE, at("2025-03-31T12:00:00Z"));

        List<Shape.Box> days = HeatmapTest.cells(p.year());
        assertThat(days.get(days.size() - 2).label()).isEqualTo("2 songs, Sunday 30 March 2025");
        assertThat(days.get(days.size() - 1).label()).isEqualTo("1 song, Monday 31 March 2025");
        assertThat(p.month().title()).endsWith(": 3 songs in all");
        assertThat(p.albums().shapes()).hasSize(3);
        // London went from GMT to BST at 01:00 UTC on the 30th
        assertThat(HeatmapTest.cells(p.clock())).filteredOn(c -> !c.label().startsWith("0 songs"))
                .extracting(Shape.Box::label).containsExactly("1 song, Mondays 00:00 to 01:00",
                        "1 song, Sundays 00:00 to 01:00", "1 song, Sundays 23:00 to 00:00");
    }
}
