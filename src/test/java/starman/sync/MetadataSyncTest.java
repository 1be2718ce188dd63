package starman.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.sync.HistorySyncTest.runUntilDone;
import static starman.sync.TestListens.USER;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.cli.JdkTransport;
import starman.http.PoliteClient;
import starman.http.RetryPolicy;
import starman.javatime.JavaTime;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListenBrainzException;
import starman.metrics.AlbumProgress;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.KeyRule;
import starman.normalize.Normalizer;
import starman.simulator.Catalogue;
import starman.simulator.Catalogue.Album;
import starman.simulator.Fault;
import starman.simulator.FaultPlan;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.store.InMemoryListenStore;
import starman.time.VirtualClock;

/**
 * History sync then metadata sync against the real simulator over HTTP, on one virtual clock, with the
 * default rate limit. The demo history is made harder than the simulator's: players submit a release MBID
 * without its release group, and half the mappings lack {@code release_group_mbid}, as real ones may.
 */
class MetadataSyncTest {
    private static final long END = 1_764_000_000L;
    private static final ArtistFilter BOWIE = ArtistFilter.DAVID_BOWIE;
    private static final Catalogue CATALOGUE = Catalogue.standard();

    private final VirtualClock clock = new VirtualClock(END * 1000);
    private final MetadataCache cache = new MetadataCache();
    private final InMemoryListenStore store = new InMemoryListenStore();

    private static List<Listen> withoutReleaseGroups(List<Listen> listens) {
        Map<TrackMetadata, TrackMetadata> stripped = new IdentityHashMap<>();
        List<Listen> out = new ArrayList<>();
        for (Listen l : listens) {
            TrackMetadata t = stripped.computeIfAbsent(l.track(), MetadataSyncTest::withoutReleaseGroups);
            out.add(new Listen(l.listenedAt(), l.insertedAt(), l.recordingMsid(), l.userName(), t));
        }
        return out;
    }

    private static TrackMetadata withoutReleaseGroups(TrackMetadata t) {
        AdditionalInfo i = t.additionalInfo();
        AdditionalInfo info = new AdditionalInfo(i.durationMs(), i.durationSeconds(), i.recordingMbid(), i.releaseMbid(),
                null, i.artistMbids(), i.trackNumber(), i.submissionClient(), i.other());
        MbidMapping m = t.mbidMapping();
        MbidMapping mapping = m == null || Math.floorMod(m.recordingMbid().hashCode(), 2) == 0 ? m
                : new MbidMapping(m.recordingMbid(), m.recordingName(), m.releaseMbid(), null, m.artistMbids(),
                m.artists(), m.caaId(), m.caaReleaseMbid());
        return new TrackMetadata(t.artistName(), t.trackName(), t.releaseName(), info, mapping);
    }

    private ListenBrainzSimulator start(List<Listen> listens) throws Exception {
        return ListenBrainzSimulator.builder().clock(clock).user(USER, listens).start();
    }

    private MetadataSync syncing(ListenBrainzSimulator simulator) throws Exception {
        PoliteClient polite = PoliteClient.create(new JdkTransport(Duration.ofSeconds(10)), clock,
                new PoliteClient.Options(new RetryPolicy(5, 500, 8_000), 1_000, 7));
        ListenBrainzClient api = new ListenBrainzClient(polite.http(), simulator.baseUrl());
        runUntilDone(new HistorySync(api, store, clock, n -> polite.budget().millisFor(n, clock.nowMillis()),
                HistorySync.Options.DEFAULT), clock);
        return new MetadataSync(api, cache, BOWIE::matches, clock);
    }

    private static long metadataRequests(ListenBrainzSimulator simulator) {
        return simulator.stats().requests("metadata/recording") + simulator.stats().requests("metadata/release_group");
    }

    private ListenIndex index() {
        return new ListenIndex(new Normalizer(cache), BOWIE, JavaTime.periods(ZoneId.of("UTC"), DayOfWeek.MONDAY), cache);
    }

    @Test
    void fillsKeysDurationsAndTrackListsOnceAndPolitely() throws Exception {
        List<Listen> history = withoutReleaseGroups(HistoryGenerator.generate(3, USER, 4_000, END).listens());
        try (ListenBrainzSimulator simulator = start(history)) {
            MetadataSync metadata = syncing(simulator);
            ListenIndex index = index();
            index.addAll(store.all());

            List<Listen> changed = metadata.run(store.all());
            changed.forEach(index::add);

            ListenIndex fresh = index();
            fresh.addAll(store.all());
            assertThat(index.totals(0, Long.MAX_VALUE)).isEqualTo(fresh.totals(0, Long.MAX_VALUE));
            assertThat(changed).isNotEmpty();

            Normalizer normalizer = new Normalizer(cache);
            int resolved = 0;
            int lengths = 0;
            for (Listen l : store.all()) {
                if (!BOWIE.matches(l.track())) {
                    continue;
                }
                TrackMetadata t = l.track();
                CanonicalKeys keys = normalizer.keys(t);
                int row = index.row(l.key());
                String recording = CanonicalKeys.mbidOf(keys.recordingKey());
                Album album = recording == null ? null : CATALOGUE.albumOf(recording);
                String release = Normalizer.releaseToResolve(t);
                if (release != null && album != null && release.equals(album.canonical().mbid())) {
                    // (a) resolved through the lookup, and the same album as mapped listens of that group
                    assertThat(keys.albumKey()).isEqualTo(CanonicalKeys.mbidKey(album.releaseGroupMbid()));
                    assertThat(keys.albumRule()).isIn(KeyRule.RESOLVED, KeyRule.MAPPED_RELEASE, KeyRule.MAPPING);
                    assertThat(index.albumKey(index.albumId(row))).isEqualTo(keys.albumKey());
                    resolved += keys.albumRule() == KeyRule.RESOLVED ? 1 : 0;
                } else if (release != null) {
                    // another release than the recording's canonical one: honestly unresolved
                    assertThat(keys.albumRule()).isEqualTo(KeyRule.TEXT);
                }
                if (t.additionalInfo().effectiveDurationMs() < 0 && recording != null) {
                    // (b) the recording length from metadata
                    assertThat(index.durationMs(row)).isEqualTo(CATALOGUE.recording(recording).lengthMs());
                    lengths++;
                }
            }
            assertThat(resolved).isPositive();
            assertThat(lengths).isPositive();

            // (c) album completion over the fetched track list
            AlbumProgress progress = new AlbumProgress(index, cache);
            for (Album album : CATALOGUE.albums()) {
                int id = -1;
                for (int row = 0; row < index.size() && id < 0; row++) {
                    id = index.albumKey(index.albumId(row)).equals(CanonicalKeys.mbidKey(album.releaseGroupMbid()))
                            ? index.albumId(row) : -1;
                }
                if (id >= 0) {
                    assertThat(progress.completion(id, 0, index.size()).total()).isEqualTo(album.tracks().size());
                }
            }

            // (d) nothing is asked twice; (e) within the budget
            long requests = metadataRequests(simulator);
            assertThat(requests).isPositive();
            assertThat(metadata.run(store.all())).isEmpty();
            assertThat(metadataRequests(simulator)).isEqualTo(requests);
            assertThat(simulator.stats().rateLimited()).isZero();

            // the cache survives a reload: a new lane over the restored cache asks nothing either
            MetadataSync reloaded = new MetadataSync(new ListenBrainzClient(PoliteClient.create(
                    new JdkTransport(Duration.ofSeconds(10)), clock, PoliteClient.Options.defaults(clock.nowMillis())).http(),
                    simulator.baseUrl()), MetadataCache.fromJson(cache.toJson()), BOWIE::matches, clock);
            assertThat(reloaded.run(store.all())).isEmpty();
            assertThat(metadataRequests(simulator)).isEqualTo(requests);
        }
    }

    @Test
    void missesAreAskedAgainOnlyAfterTheRetryPeriod() throws Exception {
        String unknown = "00000000-0000-4000-8000-00000000abcd";
        TrackMetadata track = new TrackMetadata("David Bowie", "Unreleased", "Vault", new AdditionalInfo(null, null,
                unknown, null, null, List.of(), null, null, Map.of()), null);
        // only a release MBID: the lookup is keyed by recording, so there is nothing to ask and it stays text
        Album album = CATALOGUE.albums().get(0);
        TrackMetadata releaseOnly = new TrackMetadata("David Bowie", album.tracks().get(0).name(), album.name(),
                new AdditionalInfo(null, null, null, album.canonical().mbid(), null, List.of(), null, null, Map.of()), null);
        try (ListenBrainzSimulator simulator = start(List.of(new Listen(END - 7_200, END - 7_000, "msid-1", USER, track),
                new Listen(END - 6_000, END - 5_800, "msid-2", USER, releaseOnly)))) {
            MetadataSync metadata = syncing(simulator);

            assertThat(metadata.run(store.all())).isEmpty();
            long requests = metadataRequests(simulator);
            assertThat(requests).isEqualTo(1);
            assertThat(new Normalizer(cache).keys(releaseOnly).albumRule()).isEqualTo(KeyRule.TEXT);
            assertThat(cache.notFoundAt(unknown)).isEqualTo(clock.nowMillis());

            clock.advance(MetadataSync.RETRY_MISSES_AFTER_MILLIS - 1);
            metadata.run(store.all());
            assertThat(metadataRequests(simulator)).isEqualTo(requests);

            clock.advance(1);
            metadata.run(store.all());
            assertThat(metadataRequests(simulator)).isEqualTo(requests + 1);
        }
    }

    @Test
    void listensChangedByARunThatFailedPartWayAreReportedByTheNext() throws Exception {
        List<Listen> history = withoutReleaseGroups(HistoryGenerator.generate(5, USER, 2_000, END).listens());
        try (ListenBrainzSimulator simulator = start(history)) {
            MetadataSync metadata = syncing(simulator);
            ListenIndex index = index();
            index.addAll(store.all());
            // the track lists arrive, then every recording request fails until the retries give up
            long first = simulator.stats().requests() + 1;
            Map<Long, Fault> faults = new HashMap<>();
            for (long n = first + 1; n < first + 20; n++) {
                faults.put(n, Fault.serverError(503, true));
            }
            simulator.setFaults(FaultPlan.schedule(faults));

            int failures = 0;
            while (true) {
                try {
                    metadata.run(store.all()).forEach(index::add);
                    break;
                } catch (ListenBrainzException e) {
                    assertThat(e.isTransient()).as(e.getMessage()).isTrue();
                    assertThat(++failures).as("runs needed").isLessThan(20);
                    clock.advance(60_000);
                }
            }

            assertThat(failures).isPositive();
            ListenIndex fresh = index();
            fresh.addAll(store.all());
            assertThat(index.totals(0, Long.MAX_VALUE)).isEqualTo(fresh.totals(0, Long.MAX_VALUE));
            assertThat(simulator.stats().rateLimited()).isZero();
        }
    }
}
