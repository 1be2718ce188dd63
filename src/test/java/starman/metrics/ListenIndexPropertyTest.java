package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import starman.bench.SyntheticHistory;
import starman.javatime.JavaTime;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;
import starman.normalize.TextKeys;
import starman.random.SplitMix64;

/** The columnar engine against the brute-force reference on seeded random histories. */
class ListenIndexPropertyTest {
    static final Normalizer NORMALIZER = new Normalizer(ReleaseGroupResolver.NONE);

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC");
    }

    /** Instants near DST changes and month/year ends. */
    @Provide
    Arbitrary<String> anchors() {
        return Arbitraries.of("2025-03-30T01:00:00Z", "2025-10-26T01:00:00Z", "2025-03-09T07:00:00Z",
                "2025-11-02T06:00:00Z", "2024-12-31T23:30:00Z", "2025-04-06T00:00:00Z", "2024-02-29T12:00:00Z");
    }

    @Property(tries = 60)
    void dashboardMatchesReference(@ForAll long seed, @ForAll DayOfWeek weekStart, @ForAll("zones") String zone,
                                   @ForAll("anchors") String anchor) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse(anchor).getEpochSecond();
        List<Listen> history = SyntheticHistory.random(new SplitMix64(rnd.nextLong()), t0, 20, 150 + rnd.nextInt(250));
        ListenIndex index = index(zone, weekStart);
        index.addAll(history);
        ReferenceMetrics reference = reference(history, zone, weekStart);
        for (long now : nows(rnd, history, t0)) {
            assertThat(index.dashboard(now)).as("now=%s", Instant.ofEpochSecond(now)).isEqualTo(reference.dashboard(now));
        }
    }

    @Property(tries = 40)
    void incrementalUpdatesMatchRebuildAndReference(@ForAll long seed, @ForAll DayOfWeek weekStart,
                                                    @ForAll("zones") String zone, @ForAll("anchors") String anchor) {
        Random rnd = new Random(seed);
        long t0 = Instant.parse(anchor).getEpochSecond();
        List<Listen> pool = SyntheticHistory.random(new SplitMix64(rnd.nextLong()), t0, 15, 200);
        Map<ListenKey, Listen> current = new LinkedHashMap<>();
        ListenIndex index = index(zone, weekStart);
        List<Listen> order = new ArrayList<>(pool);
        Collections.shuffle(order, rnd); // late listens: most arrive out of order
        for (Listen l : order) {
            index.add(l);
            current.put(l.key(), l);
            if (rnd.nextInt(6) == 0 && !current.isEmpty()) {
                ListenKey victim = randomKey(rnd, current);
                assertThat(index.remove(victim)).isEqualTo(isIndexed(current.get(victim)));
                current.remove(victim);
            }
            if (rnd.nextInt(6) == 0 && !current.isEmpty()) {
                Listen remapped = mapped(current.get(randomKey(rnd, current)));
                index.add(remapped);
                current.put(remapped.key(), remapped);
            }
        }
        ListenIndex rebuilt = index(zone, weekStart);
        rebuilt.addAll(current.values());
        ReferenceMetrics reference = reference(current.values(), zone, weekStart);
        for (long now : nows(rnd, pool, t0)) {
            Dashboard expected = reference.dashboard(now);
            assertThat(index.dashboard(now)).isEqualTo(expected);
            assertThat(rebuilt.dashboard(now)).isEqualTo(expected);
        }
    }

    /** The same listen, as after ListenBrainz's mapper matched it. */
    private static Listen mapped(Listen l) {
        TrackMetadata t = l.track();
        String rg = "rg-late-" + (t.releaseName() == null ? "none" : TextKeys.title(t.releaseName()).replace(' ', '-'));
        return new Listen(l.listenedAt(), l.insertedAt(), l.recordingMsid(), l.userName(), new TrackMetadata(
                t.artistName(), t.trackName(), t.releaseName(), t.additionalInfo(),
                new MbidMapping("rec-late", t.trackName(), "rel", rg, List.of(SyntheticHistory.BOWIE), List.of(), null, null)));
    }

    private static boolean isIndexed(Listen l) {
        return ArtistFilter.DAVID_BOWIE.matches(l.track());
    }

    private static ListenKey randomKey(Random rnd, Map<ListenKey, Listen> current) {
        List<ListenKey> keys = new ArrayList<>(current.keySet());
        return keys.get(rnd.nextInt(keys.size()));
    }

    /** Instants to look from: listen times exactly, just around them, and around the anchor. */
    private static List<Long> nows(Random rnd, List<Listen> history, long anchor) {
        List<Long> nows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long t = history.get(rnd.nextInt(history.size())).listenedAt();
            nows.add(t + (i % 3 == 0 ? 0 : rnd.nextInt(7200) - 3600));
        }
        nows.add(anchor);
        nows.add(anchor + 3600);
        nows.add(anchor - 86_400 * 40L);
        return nows;
    }

    private static ListenIndex index(String zone, DayOfWeek weekStart) {
        return new ListenIndex(NORMALIZER, ArtistFilter.DAVID_BOWIE, JavaTime.periods(ZoneId.of(zone), weekStart),
                SyntheticHistory.LENGTHS);
    }

    private static ReferenceMetrics reference(java.util.Collection<Listen> listens, String zone, DayOfWeek weekStart) {
        return new ReferenceMetrics(listens, ArtistFilter.DAVID_BOWIE, NORMALIZER, SyntheticHistory.LENGTHS, ZoneId.of(zone),
                weekStart);
    }
}
