package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving the built web app next to the API, with the content types browsers require. */
class StaticSiteTest {

    @Test
    void servesTheSiteWithItsContentTypesAndRefusesPathsOutsideIt(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>Starman</title>");
        Files.write(site.resolve("starman.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Files.writeString(site.resolve("app.js"), "export {};");
        Files.writeString(site.resolve("manifest.json"), "{}");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().site(site).user("u", List.of()).start()) {
            Http http = new Http(simulator);
            HttpResponse<String> index = http.get("/");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).contains("<title>Starman</title>");
            assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(http.get("/index.html").body()).isEqualTo(index.body());
            assertThat(http.get("/starman.wasm").headers().firstValue("Content-Type")).hasValue("application/wasm");
            assertThat(http.get("/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
            assertThat(http.get("/manifest.json").headers().firstValue("Content-Type"))
                    .hasValue("application/manifest+json");
            assertThat(http.get("/missing.css").statusCode()).isEqualTo(404);
            assertThat(http.get("/1/user/u/listen-count").statusCode()).isEqualTo(200);

            for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt")) {
                String response = Http.raw(simulator.port(), path);
                assertThat(response).as(path).startsWith("HTTP/1.1 404").doesNotContain("secret\n").doesNotEndWith("secret");
            }
            assertThat(simulator.stats().requests()).isEqualTo(1);
        }
    }
}
