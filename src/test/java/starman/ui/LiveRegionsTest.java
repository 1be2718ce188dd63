package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Screen readers announce every change inside a live region: the regions must be the short lines that speak
 * (statuses, alerts, the coach's feed), never the page or the table whose numbers change on every listen.
 */
class LiveRegionsTest {
    private static final Pattern LIVE = Pattern.compile(
            "<([a-z]+)[^>]*(aria-live=\"(polite|assertive)\"|role=\"(status|alert|log)\")[^>]*>");

    @Test
    void thePageItselfIsNoLiveRegion() throws IOException {
        String index = Files.readString(Paths.get("webapp/index.html"));
        Matcher app = Pattern.compile("<div id=\"app\"[^>]*>").matcher(index);

        assertThat(app.find()).isTrue();
        assertThat(app.group()).doesNotContain("aria-live");
    }

    @Test
    void everyLiveRegionIsALineNotAScreen() throws IOException {
        List<String> regions = new ArrayList<>();
        try (Stream<Path> templates = Files.list(Paths.get("src/main/resources/templates"))) {
            for (Path template : templates.toList()) {
                String html = Files.readString(template);
                Matcher live = LIVE.matcher(html);
                while (live.find()) {
                    int end = html.indexOf("</" + live.group(1) + ">", live.end());
                    regions.add(template.getFileName() + ": " + html.substring(live.start(), end));
                }
            }
        }

        assertThat(regions).isNotEmpty().allSatisfy(region -> assertThat(region)
                .doesNotContain("<table", "<std:insert", "<section", "<progress"));
    }
}
