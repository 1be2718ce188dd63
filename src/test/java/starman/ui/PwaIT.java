package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.text.Format;

/**
 * The installable, offline app: the manifest passes Chromium's own installability check, the service
 * worker serves the app with the network gone (under a base path, as GitHub Pages serves it, and at the
 * root, where the demo's API shares the origin), and a new build is offered, never forced.
 */
class PwaIT {
    private static final By READY = By.cssSelector("html[data-starman='ready']");
    private static final Pattern VERSION = Pattern.compile("const VERSION = '([0-9a-f]{16})';");

    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void passesChromiumsInstallabilityCheck() throws Exception {
        String app = serve(Site.directory(), "/starman/");
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.driver().get(app);
            waitFor(chromium.driver(), READY);
            AppPage.awaitControllingServiceWorker(chromium.driver());

            Map<String, Object> result = chromium.devTools("Page.getInstallabilityErrors", Map.of());
            assertThat((List<?>) result.get("installabilityErrors")).isEmpty();
        }
    }

    @Test
    void theAppLoadsWithTheServerGoneAfterTheFirstVisit() throws Exception {
        String app = serve(Site.directory(), "/starman/");
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app);
            waitFor(driver, READY);
            AppPage.awaitControllingServiceWorker(driver);

            simulator.close();
            simulator = null;
            driver.navigate().refresh();
            waitFor(driver, READY);
            assertThat(waitFor(driver, By.id("connect")).getText()).isEqualTo("Start");
        }
    }

    @Test
    void theDashboardRendersFromIndexedDbWithTheNetworkCut() throws Exception {
        // at the root the demo's API shares the app's origin (/1/…): the worker must still leave it alone
        String app = serve(Site.directory(), "/");
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app + "?api=" + simulator.baseUrl() + "&user=demo");
            waitFor(driver, By.id("connect")).click();
            waitFor(driver, AppPage.DONE);
            AppPage.awaitControllingServiceWorker(driver);
            String count = Format.count(simulator.listens("demo").size());
            assertThat(driver.findElement(By.id("listen-count")).getText()).isEqualTo(count);
            String allTimeSongs = driver.findElement(By.cssSelector("#all-time .songs")).getText();
            assertThat(allTimeSongs).isNotIn("", "0");
            long requests = simulator.stats().requests("listens");

            chromium.setOffline(true);
            driver.navigate().refresh();
            waitFor(driver, READY);
            assertThat(waitFor(driver, By.id("listen-count")).getText()).isEqualTo(count);
            assertThat(driver.findElement(By.cssSelector("#all-time .songs")).getText()).isEqualTo(allTimeSongs);
            assertThat(driver.findElements(By.cssSelector("#listens .track"))).hasSize(ListensView.SHOWN_LISTENS);
            new WebDriverWait(driver, Duration.ofSeconds(90))
                    .until(d -> d.findElement(By.id("error")).getText().startsWith("You are offline."));
            assertThat(simulator.stats().requests("listens")).isEqualTo(requests);
            assertThat(cachedUrls(driver)).contains(simulator.baseUrl() + "/starman.wasm")
                    .allMatch(url -> url.startsWith(simulator.baseUrl() + "/") && !url.contains("/1/"));

            screenshot(chromium, "offline-dashboard", 1280, 800, false);
            screenshot(chromium, "offline-dashboard", 360, 800, true);
        }
    }

    @Test
    void aNewBuildIsOfferedAndTheReloadOpensIt(@TempDir Path site) throws Exception {
        copy(Site.directory(), site);
        String app = serve(site, "/starman/");
        try (Chromium chromium = Chromium.start(1280, 800)) {
            WebDriver driver = chromium.driver();
            driver.get(app);
            waitFor(driver, READY);
            AppPage.awaitControllingServiceWorker(driver);
            assertThat(driver.findElement(By.id("update")).isDisplayed()).isFalse();

            deployNewBuild(site, "<title>Starman, next build</title>");
            driver.navigate().refresh();
            waitFor(driver, READY);
            // the running version stays until the person chooses; the worker found the new one meanwhile
            assertThat(driver.getTitle()).isEqualTo("Starman");
            WebElement reload = new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("update-reload")));
            assertThat(driver.findElement(By.id("update")).getText()).contains("new version");
            screenshot(chromium, "update-offered", 360, 800, true);

            reload.click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.titleIs("Starman, next build"));
            waitFor(driver, READY);
            assertThat(driver.findElement(By.id("update")).isDisplayed()).isFalse();
        }
    }

    /** Serves a site with the demo user; the app's address. */
    private String serve(Path site, String base) throws IOException {
        simulator = ListenBrainzSimulator.builder().demoUser(2_000, 7).site(site, base).start();
        return simulator.baseUrl() + base;
    }

    /** What a deployment does: a changed page, and the service worker with the new build's version. */
    private static void deployNewBuild(Path site, String title) throws IOException {
        Path index = site.resolve("index.html");
        Files.writeString(index, Files.readString(index).replace("<title>Starman</title>", title));
        Path sw = site.resolve("sw.js");
        Matcher version = VERSION.matcher(Files.readString(sw));
        assertThat(version.find()).as("the build stamps a version into sw.js").isTrue();
        Files.writeString(sw, version.replaceFirst("const VERSION = 'next-build';"));
    }

    /** Waits until a service worker is active and controls the page (it claims its first page). */

    @SuppressWarnings("unchecked")
    private static List<String> cachedUrls(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(""
                + "var done = arguments[arguments.length - 1];"
                + "caches.keys().then(function (names) {"
                + "  return Promise.all(names.map(function (n) { return caches.open(n).then(function (c) { return c.keys(); }); }));"
                + "}).then(function (lists) {"
                + "  done([].concat.apply([], lists).map(function (r) { return r.url; }));"
                + "});");
    }

    private static void screenshot(Chromium chromium, String name, int width, int height, boolean mobile)
            throws IOException {
        chromium.emulateViewport(width, height, mobile);
        Files.write(Site.reports().resolve(name + "-" + width + "x" + height + ".png"),
                chromium.chrome().getScreenshotAs(OutputType.BYTES));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
