package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    @Test
    void optionsConfigureTheDemoServer() throws Exception {
        try (ListenBrainzSimulator simulator = SimulatorMain.start("--listens", "300", "--seed", "4", "--limit", "7",
                "--window", "3")) {
            HttpResponse<String> count = new Http(simulator).get("/1/user/demo/listen-count");
            assertThat(Http.parse(count.body()).get("payload").get("count").asInt()).isEqualTo(300);
            assertThat(count.headers().firstValue("X-RateLimit-Limit")).hasValue("7");
            assertThat(simulator.listens("demo")).isEqualTo(HistoryGenerator.generate(4, "demo", 300,
                    simulator.listens("demo").get(299).listenedAt() + 120).listens());
        }
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> SimulatorMain.start("--colour", "blue")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.start("--port")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.start("--listens", "many")).isInstanceOf(IllegalArgumentException.class);
    }
}
