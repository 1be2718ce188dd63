package starman.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;

/** The engine compiled to WebAssembly computes exactly what it computes on the JVM, on the same history. */
class EngineBenchmarkIT {
    private static final int LISTENS = 20_000;

    @Test
    void compiledEngineMatchesTheJvm() throws Exception {
        EngineWorkload jvm = new EngineWorkload(LISTENS);
        jvm.build();
        try (ListenBrainzSimulator server = ListenBrainzSimulator.builder().site(Site.benchDirectory()).start();
             Chromium chromium = Chromium.start(1280, 800)) {
            BrowserEngineBenchmark.PageRun page = BrowserEngineBenchmark.run(chromium,
                    server.baseUrl() + "/?timed=false&listens=" + LISTENS);
            assertThat(page.outputs()).isEqualTo(new ObjectMapper().readTree(jvm.outputs()));
            assertThat(page.results().get("listens").asInt()).isEqualTo(jvm.history().size());
        }
    }
}
