package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.metrics.ListenIndex;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.AppPage;
import starman.testing.Axe;
import starman.testing.Chromium;
import starman.testing.Site;

/**
 * The share cards in headless Chromium: the page draws the workout's card into a real PNG of 1200 x 630 in the card's
 * own colours with its texts drawn, shows it, and offers it as a download named after the day (this Linux browser
 * cannot share files, so no Share button); then the atlas's card; the card passes axe and fits a phone.
 */
class ShareIT {
    private ListenBrainzSimulator simulator;

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theCardIsDrawnIntoAPngShownAndOfferedAsADownload() throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(5_000, 11).site(Site.directory(), "/starman/").start();
        try (Chromium chromium = Chromium.start(1280, 800)) {
            chromium.emulateViewport(1280, 800, false);
            WebDriver driver = AppPage.connect(chromium, simulator, "demo");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            ListenIndex jvm = AppPage.jvmIndex(driver, simulator.listens("demo"));
            int today = jvm.periods().epochDay(System.currentTimeMillis() / 1000);

            driver.findElement(By.id("make-card")).click();
            WebElement preview = new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> "the page says: "
                    + driver.findElement(By.id("share-status")).getText()).until(d -> {
                var found = d.findElements(By.id("share-preview"));
                return found.isEmpty() || !(Boolean) js.executeScript("return arguments[0].complete"
                        + " && arguments[0].naturalWidth > 0;", found.get(0)) ? null : found.get(0);
            });
            assertThat(driver.findElement(By.id("share-status")).getText()).isEqualTo("Your card is ready: download it.");
            assertThat(preview.getAttribute("alt")).startsWith("My David Bowie workout, ");
            WebElement download = driver.findElement(By.id("share-download"));
            assertThat(download.getAttribute("download")).isEqualTo("starman-workout-" + LocalDate.ofEpochDay(today)
                    + ".png");
            assertThat(download.getAttribute("href")).startsWith("blob:").isEqualTo(preview.getAttribute("src"));
            assertThat(driver.findElements(By.id("share-send"))).as("no file sharing in this browser").isEmpty();

            byte[] png = png(js, download.getAttribute("href"));
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            Files.write(Site.reports().resolve("share-card.png"), png);
            BufferedImage card = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(card.getWidth()).isEqualTo(1200);
            assertThat(card.getHeight()).isEqualTo(630);
            assertThat(rgb(card, 600, 20)).as("the card's background").isEqualTo(0x101828);
            assertThat(rgb(card, 5, 300)).as("its accent bar").isEqualTo(0xf5a524);
            assertThat(rgb(card, 250, 395)).as("a tile").isEqualTo(0x1d2939);
            assertThat(lightPixels(card, 60, 40, 700, 60)).as("the title is drawn").isGreaterThan(500);
            assertThat(lightPixels(card, 884, 240, 180, 70)).as("the all-time songs are drawn").isGreaterThan(100);

            // the atlas's card, once the discography is in (the metadata lane fetches it after the sync)
            WebElement atlasCard = new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofSeconds(2)).until(d -> {
                d.findElement(By.id("make-atlas-card")).click();
                new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> !x.findElement(By.id("share-status")).getText()
                        .startsWith("Drawing"));
                WebElement shown = d.findElement(By.id("share-preview"));
                return shown.getAttribute("alt").startsWith("My David Bowie atlas: ") ? shown : null;
            });
            assertThat(atlasCard.getAttribute("alt")).endsWith(" studio-album tracks heard at least once");
            assertThat(driver.findElement(By.id("share-download")).getAttribute("download"))
                    .isEqualTo("starman-atlas-" + LocalDate.ofEpochDay(today) + ".png");
            Files.write(Site.reports().resolve("share-atlas-card.png"), png(js, atlasCard.getAttribute("src")));

            assertThat(Axe.violations(driver)).as("1280").isEmpty();
            chromium.screenshotOf(".share", "share-1280x800.png");
            chromium.emulateViewport(360, 800, true);
            assertThat(chromium.scrollsSideways()).isFalse();
            assertThat(Axe.violations(driver)).as("360").isEmpty();
            chromium.screenshotOf(".share", "share-360x800.png");
        }
    }

    /** The bytes behind a blob URL of the page. */
    private static byte[] png(JavascriptExecutor js, String url) {
        return Base64.getDecoder().decode((String) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                + "  var s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); });", url));
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    /** Pixels in the rectangle near the card's text colour (#f2f4f7). */
    private static int lightPixels(BufferedImage image, int x, int y, int width, int height) {
        int n = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                int c = rgb(image, i, j);
                n += (c >> 16 & 0xff) > 200 && (c >> 8 & 0xff) > 200 && (c & 0xff) > 200 ? 1 : 0;
            }
        }
        return n;
    }
}
