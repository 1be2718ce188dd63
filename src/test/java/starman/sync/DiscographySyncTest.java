package starman.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.atlas.Discographies;
import starman.cli.JdkTransport;
import starman.http.PoliteClient;
import starman.http.Response;
import starman.http.RetryPolicy;
import starman.http.Transport;
import starman.listenbrainz.ListenBrainzClient;
import starman.metrics.MetadataCache;
import starman.simulator.Catalogue;
import starman.simulator.ListenBrainzSimulator;
import starman.time.VirtualClock;

/** The atlas's lane against the simulator: the discography weekly, the track lists once, a 404 as no discography. */
class DiscographySyncTest {
    private final VirtualClock clock = new VirtualClock(1_764_000_000_000L);
    private final Discographies discographies = new Discographies();
    private final MetadataCache cache = new MetadataCache();
    private final List<String> asked = new ArrayList<>();

    private DiscographySync lane(Transport transport, String root) {
        Transport counting = request -> {
            asked.add(request.url());
            return transport.execute(request);
        };
        ListenBrainzClient api = new ListenBrainzClient(PoliteClient.create(counting, clock,
                new PoliteClient.Options(new RetryPolicy(4, 500, 8_000), 1_000, 5)).http(), root);
        return new DiscographySync(api, discographies, new MetadataSync(api, cache, t -> true, clock), clock);
    }

    @Test
    void fetchesTheDiscographyAndEveryTrackListOnceThenTheDiscographyAgainAWeekLater() throws Exception {
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).start()) {
            DiscographySync lane = lane(new JdkTransport(Duration.ofSeconds(10)), simulator.baseUrl());
            List<Catalogue.Entry> discography = Catalogue.standard().discography(Catalogue.BOWIE_MBID);

            assertThat(lane.run(Catalogue.BOWIE_MBID)).isTrue();

            assertThat(discographies.get(Catalogue.BOWIE_MBID).groups()).hasSize(discography.size());
            for (Catalogue.Entry e : discography) {
                assertThat(cache.tracks(e.album().releaseGroupMbid())).as(e.album().name())
                        .extracting(t -> t.recordingMbid())
                        .containsExactlyElementsOf(e.album().tracks().stream().map(Catalogue.Recording::mbid).toList());
            }
            int batches = (discography.size() + ListenBrainzClient.METADATA_BATCH - 1) / ListenBrainzClient.METADATA_BATCH;
            assertThat(asked).hasSize(1 + batches);

            asked.clear();
            clock.advance(Discographies.REFRESH_MILLIS - 1);
            assertThat(lane.run(Catalogue.BOWIE_MBID)).isFalse();
            assertThat(asked).isEmpty();

            clock.advance(1);
            assertThat(lane.run(Catalogue.BOWIE_MBID)).isTrue();
            assertThat(asked).singleElement().satisfies(url -> assertThat(url).contains("/1/metadata/artist/"));
        }
    }

    @Test
    void aServerWithoutTheArtistEndpointGivesNoDiscographyAndIsAskedAgainOnlyAWeekLater() throws IOException {
        DiscographySync lane = lane(request -> new Response(404, Map.of(), "{\"code\": 404, \"error\": \"Not found\"}"),
                "https://lb.test");

        assertThat(lane.run(Catalogue.BOWIE_MBID)).isTrue();
        assertThat(discographies.get(Catalogue.BOWIE_MBID).groups()).isNull();
        assertThat(lane.run(Catalogue.BOWIE_MBID)).isFalse();
        assertThat(asked).hasSize(1);
    }
}
