package starman.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceWorkerVersionTest {
    private static final String TEMPLATE = "const VERSION = '@SITE_VERSION@';\n";

    @TempDir
    Path site;
    @TempDir
    Path sources;

    @Test
    void writesTheServiceWorkerWithAVersionThatFollowsEveryFile() throws IOException {
        Files.writeString(site.resolve("index.html"), "<p>one</p>");
        Files.createDirectories(site.resolve("icons"));
        Files.writeString(site.resolve("icons/a.svg"), "<svg/>");
        Path template = Files.writeString(sources.resolve("sw.js"), TEMPLATE);

        ServiceWorkerVersion.main(new String[] {site.toString(), template.toString()});
        String first = Files.readString(site.resolve("sw.js"));
        assertThat(first).matches("const VERSION = '[0-9a-f]{16}';\n");

        // the written sw.js itself does not count: building again gives the same version
        ServiceWorkerVersion.main(new String[] {site.toString(), template.toString()});
        assertThat(Files.readString(site.resolve("sw.js"))).isEqualTo(first);

        Files.writeString(site.resolve("icons/a.svg"), "<svg></svg>");
        ServiceWorkerVersion.main(new String[] {site.toString(), template.toString()});
        assertThat(Files.readString(site.resolve("sw.js"))).isNotEqualTo(first);
    }

    @Test
    void theVersionFollowsTheTemplateAndFileNames() throws IOException {
        Files.writeString(site.resolve("a.js"), "x");
        String version = ServiceWorkerVersion.version(site, TEMPLATE);
        assertThat(ServiceWorkerVersion.version(site, TEMPLATE + "// changed\n")).isNotEqualTo(version);
        Files.move(site.resolve("a.js"), site.resolve("b.js"));
        assertThat(ServiceWorkerVersion.version(site, TEMPLATE)).isNotEqualTo(version);
    }

    @Test
    void refusesATemplateWithoutThePlaceholder() throws IOException {
        Path template = Files.writeString(sources.resolve("sw.js"), "const VERSION = 'v1';");
        assertThatThrownBy(() -> ServiceWorkerVersion.main(new String[] {site.toString(), template.toString()}))
                .isInstanceOf(IllegalStateException.class);
    }
}
