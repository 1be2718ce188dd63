package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import starman.bench.SyntheticHistory;
import starman.javatime.JavaTime;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.random.SplitMix64;

/** What AlbumsHeard keeps across changes against a scan of every row (AlbumProgress over the whole index). */
class AlbumsHeardPropertyTest {
    @Property(tries = 40)
    void keptSetsMatchAFullScan(@ForAll long seed) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse("2025-03-30T01:00:00Z").getEpochSecond();
        List<Listen> pool = SyntheticHistory.random(new SplitMix64(rnd.nextLong()), t0, 15, 250);
        ListenIndex index = new ListenIndex(ListenIndexPropertyTest.NORMALIZER, ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), SyntheticHistory.LENGTHS);
        AlbumsHeard heard = new AlbumsHeard(index);
        // mostly in time order (appends, the path the sets follow row by row), some late, some removed
        List<Listen> order = new ArrayList<>(pool);
        for (int i = 0; i < order.size() / 10; i++) {
            Collections.swap(order, rnd.nextInt(order.size()), rnd.nextInt(order.size()));
        }
        for (int i = 0; i < order.size(); i++) {
            index.add(order.get(i));
            if (rnd.nextInt(15) == 0) {
                index.remove(order.get(rnd.nextInt(i + 1)).key());
            }
            if (rnd.nextInt(10) == 0 || i == order.size() - 1) {
                assertMatchesScan(index, heard);
            }
        }
    }

    private static void assertMatchesScan(ListenIndex index, AlbumsHeard heard) {
        AlbumProgress scan = new AlbumProgress(index, SyntheticHistory.TRACK_LISTS);
        int[] songs = index.songsPerAlbum();
        for (int album = 0; album < songs.length; album++) {
            if (songs[album] == 0) {
                continue;
            }
            Set<Integer> recordings = new HashSet<>();
            for (int row = 0; row < index.size(); row++) {
                if (index.albumId(row) == album) {
                    recordings.add(index.recordingId(row));
                }
            }
            assertThat(heard.recordingsHeard(album)).as("album %s", index.albumKey(album)).isEqualTo(recordings.size());
            assertThat(heard.completion(album, SyntheticHistory.TRACK_LISTS)).as("album %s", index.albumKey(album))
                    .isEqualTo(scan.completion(album, 0, index.size()));
        }
    }
}
