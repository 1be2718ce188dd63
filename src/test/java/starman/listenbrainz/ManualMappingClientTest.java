package starman.listenbrainz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import starman.http.PoliteClient;
import starman.simulator.Catalogue;
import starman.simulator.ListenBrainzSimulator;
import starman.time.VirtualClock;

/** {@code POST /1/metadata/submit_manual_mapping/} through the polite client against the simulator. */
class ManualMappingClientTest {
    private static final String MSID = "d23f4719-9212-49f0-ad08-ddbfbfc50d6f";
    private static final String STARMAN = Catalogue.standard().albums().stream()
            .filter(a -> a.name().startsWith("The Rise and Fall of Ziggy Stardust")).findFirst().orElseThrow()
            .tracks().get(3).mbid();

    @Test
    void theTokensUserMapsTheMsidAndABadOrMissingTokenIsRefused() throws Exception {
        VirtualClock clock = new VirtualClock(1_764_000_000_000L);
        ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).demoUser(100, 3).startInProcess();
        ListenBrainzClient api = new ListenBrainzClient(PoliteClient.create(simulator.inProcess(), clock,
                PoliteClient.Options.defaults(clock.nowMillis())).http(), ListenBrainzSimulator.IN_PROCESS_ROOT);

        assertThatThrownBy(() -> api.submitManualMapping(MSID, STARMAN)).isInstanceOf(ListenBrainzException.class)
                .hasMessageContaining("token");
        assertThatThrownBy(() -> api.withToken("nope").submitManualMapping(MSID, STARMAN))
                .isInstanceOfSatisfying(ListenBrainzException.class,
                        e -> assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.BAD_TOKEN));
        assertThatThrownBy(() -> api.withToken(ListenBrainzSimulator.DEMO_TOKEN).submitManualMapping("x", STARMAN))
                .isInstanceOfSatisfying(ListenBrainzException.class,
                        e -> assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.BAD_REQUEST));
        assertThat(simulator.manualMappings()).isEmpty();

        api.withToken(ListenBrainzSimulator.DEMO_TOKEN).submitManualMapping(MSID, STARMAN);
        assertThat(simulator.manualMappings()).isEqualTo(List.of(
                new ListenBrainzSimulator.ManualMapping(ListenBrainzSimulator.DEMO_USER, MSID, STARMAN)));
        assertThat(ListenBrainzClient.manualMappingBody(MSID, STARMAN))
                .isEqualTo("{\"recording_msid\":\"" + MSID + "\",\"recording_mbid\":\"" + STARMAN + "\"}");
    }
}
