package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import starman.model.ListenKey;
import starman.normalize.ArtistFilter;
import starman.random.SplitMix64;

/**
 * The listening clock kept across appends, late listens and removals, against java.time's weekday and hour of every
 * listen still there, in zones whose clocks change (and one that skips a day).
 */
class ListeningClockPropertyTest {
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
            "Pacific/Apia", "Asia/Kolkata");

    @Property(tries = 40)
    void keptCountsMatchJavaTimeOverTheListensThere(@ForAll long seed) {
        Random rnd = new Random(seed);
        ZoneId zone = ZoneId.of(ZONES.get(rnd.nextInt(ZONES.size())));
        long t0 = Instant.parse("2011-12-25T01:00:00Z").getEpochSecond() + rnd.nextInt(14 * 365) * 86_400L;
        List<Listen> pool = SyntheticHistory.random(new SplitMix64(rnd.nextLong()), t0, 15, 250);
        ListenIndex index = new ListenIndex(ListenIndexPropertyTest.NORMALIZER, ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(zone, DayOfWeek.MONDAY), SyntheticHistory.LENGTHS);
        ListeningClock clock = new ListeningClock(index);
        List<Listen> order = new ArrayList<>(pool);
        for (int i = 0; i < order.size() / 10; i++) {
            Collections.swap(order, rnd.nextInt(order.size()), rnd.nextInt(order.size()));
        }
        Set<ListenKey> removed = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            index.add(order.get(i));
            removed.remove(order.get(i).key());
            if (rnd.nextInt(15) == 0) {
                Listen gone = order.get(rnd.nextInt(i + 1));
                index.remove(gone.key());
                removed.add(gone.key());
            }
            if (rnd.nextInt(10) == 0 || i == order.size() - 1) {
                assertThat(clock.songs()).isEqualTo(javaTime(order.subList(0, i + 1), removed, zone));
            }
        }
    }

    private static int[] javaTime(List<Listen> added, Set<ListenKey> removed, ZoneId zone) {
        int[] songs = new int[ListeningClock.CELLS];
        Set<ListenKey> counted = new HashSet<>();
        for (Listen l : added) {
            if (ArtistFilter.DAVID_BOWIE.matches(l.track()) && !removed.contains(l.key()) && counted.add(l.key())) {
                ZonedDateTime at = Instant.ofEpochSecond(l.listenedAt()).atZone(zone);
                songs[ListeningClock.cell(JavaTime.weekday(at.getDayOfWeek()), at.getHour())]++;
            }
        }
        return songs;
    }
}
