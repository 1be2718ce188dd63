package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.time.VirtualClock;

/** With caching on, a new listen shows only in fresh queries or once the cached answer expired. */
class ResponseCacheTest {

    @Test
    void cachedPagesAndCountsHideNewListensUntilTheyExpire() throws Exception {
        VirtualClock clock = new VirtualClock(1_764_000_000_000L);
        List<Listen> history = HistoryGenerator.generate(6, "u", 50, 1_763_000_000L).listens();
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).cacheResponses(true)
                .user("u", history).start()) {
            Http http = new Http(simulator);
            String page = "/1/user/u/listens?count=5";
            long newest = ListensEndpointTest.times(http.json(page).get("payload")).get(0);
            assertThat(http.json("/1/user/u/listen-count").get("payload").get("count").asInt()).isEqualTo(50);

            simulator.addListen("u", new Listen(1_763_999_000L, 1_763_999_100L, "new", "u",
                    new TrackMetadata("David Bowie", "Lazarus", "Blackstar", AdditionalInfo.EMPTY, null)));
            assertThat(ListensEndpointTest.times(http.json(page).get("payload")).get(0)).isEqualTo(newest);
            assertThat(ListensEndpointTest.times(http.json("/1/user/u/listens?count=6").get("payload")).get(0))
                    .isEqualTo(1_763_999_000L);

            clock.advance(ResponseCache.LISTEN_COUNT_MILLIS);
            assertThat(http.json("/1/user/u/listen-count").get("payload").get("count").asInt()).isEqualTo(51);
            assertThat(ListensEndpointTest.times(http.json(page).get("payload")).get(0)).isEqualTo(newest);

            clock.advance(ResponseCache.LISTENS_MILLIS);
            assertThat(ListensEndpointTest.times(http.json(page).get("payload")).get(0)).isEqualTo(1_763_999_000L);
        }
    }
}
