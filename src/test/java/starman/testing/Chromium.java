package starman.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile each time. Both paths are
 * explicit so Selenium never tries to download a browser or a driver.
 */
public final class Chromium implements AutoCloseable {
    private static final String BROWSER = System.getProperty("starman.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("starman.chromedriver", "/usr/bin/chromedriver");

    /** Lets the page force collections and read exact heap sizes (gc(), performance.memory), for memory figures. */
    public static final String[] MEMORY_SWITCHES = {"--js-flags=--expose-gc", "--enable-precise-memory-info"};

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser window of the given CSS size, with any extra command-line switches. */
    public static Chromium start(int width, int height, String... switches) throws IOException {
        Path profile = Files.createTempDirectory("starman-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--force-device-scale-factor=1", "--hide-scrollbars");
        options.addArguments(switches);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return new Chromium(driver, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    public ChromeDriver chrome() {
        return driver;
    }

    /** This browser's fresh profile directory (its {@code --user-data-dir}). */
    public Path profile() {
        return profile;
    }

    /** A Chrome DevTools Protocol command on the current page; its result. */
    public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /**
     * An exact viewport, for screenshots: a headless window's page area is smaller than the window (1280x800
     * shows 1280x657), and the window cannot be narrower than about 500 px.
     */
    public void emulateViewport(int width, int height, boolean mobile) {
        devTools("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Saves a screenshot as {@code name} in the browser reports, the element {@code selector} scrolled to the top. */
    public void screenshotOf(String selector, String name) throws IOException {
        ((JavascriptExecutor) driver()).executeScript(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", selector);
        Files.write(Site.reports().resolve(name), chrome().getScreenshotAs(OutputType.BYTES));
    }

    /** Whether the page is wider than the viewport (a phone would scroll it sideways). */
    public boolean scrollsSideways() {
        return (Long) ((JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;") != 0;
    }

    /** Cuts the page off the network (its service worker still answers) or connects it again. */
    public void setOffline(boolean offline) {
        devTools("Network.enable", Map.of());
        devTools("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
