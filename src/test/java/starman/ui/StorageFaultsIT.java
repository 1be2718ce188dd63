package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import starman.importer.ExportZip;
import starman.importer.ListenImport;
import starman.model.Listen;
import starman.session.Session;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.sync.Problems;
import starman.testing.AppPage;
import starman.testing.BrowserListens;
import starman.testing.Chromium;
import starman.testing.FaultTally;
import starman.testing.ReliabilityReport;
import starman.testing.Site;
import starman.text.Format;

/**
 * The browser's storage failing on purpose, in the compiled bundle: a script that runs before the page's own
 * (DevTools' {@code Page.addScriptToEvaluateOnNewDocument}) aborts chosen IndexedDB commits of the listen store,
 * in a sync and in imports, once or for good. IndexedDB must hold only whole commits of the server's (or the
 * file's) listens meanwhile, and exactly the right listens, strings included, in the end and after a reload
 * without the faults. The figures go to RELIABILITY.md.
 */
class StorageFaultsIT {
    private static final String USER = "demo";
    private static final long NOW = System.currentTimeMillis() / 1000;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int BATCH = ListenImport.DEFAULT_BATCH;
    /** The sentence for a refused commit (BrowserStore's; an aborted transaction has no error of its own). */
    private static final String NOT_SAVED = "Starman could not save to this browser's storage (Error: transaction aborted).";
    private static final String COMMAND =
            "mvn -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StorageFaultsIT";
    private static final int CASES = 4;
    private static final FaultTally TALLY = new FaultTally();
    /** Commits refused, by case, for RELIABILITY.md. */
    private static final Map<String, Long> REFUSED = new TreeMap<>();
    private static int casesPassed;

    @TempDir
    Path files;

    /** Once every case ran (not when one is run alone), the suite's section of RELIABILITY.md. */
    @AfterAll
    static void report() {
        if (casesPassed == CASES) {
            ReliabilityReport.writeSection("browser-storage", TALLY.markdownOfCases(
                    "Chromium, the compiled bundle's IndexedDB commits refused, real time", COMMAND, REFUSED));
        }
    }

    @Test
    void commitsRefusedMidBackfillAreTriedAgainAndTheStoreEndsExact() throws Exception {
        try (ListenBrainzSimulator simulator = simulator(history(5_000)); Chromium chromium = Chromium.start(1280, 800)) {
            // commit 0 saves the settings, then one a page: the 2nd page is refused, and the 3rd once tried again
            String injector = injectFaults(chromium, List.of(2, 4), -1);
            WebDriver driver = open(chromium, simulator);
            driver.findElement(By.id("connect")).click();

            awaitProblem(driver);
            assertThat(assertOnlyServersListens(driver, simulator)).as("mid-backfill")
                    .hasSizeBetween(1, simulator.listens(USER).size() - 1);
            List<Listen> stored = AppPage.awaitExactly(driver, () -> simulator.listens(USER), PATIENCE);
            assertThat(refused(driver)).as("both refused, each tried again after %d s", Session.RETRY_AFTER_MILLIS / 1000)
                    .isEqualTo(2);
            assertThat(driver.findElements(By.id("error"))).isEmpty();
            compare(1, "after the refused commits", stored, simulator.listens(USER));
            tally("sync, transient (two pages mid-backfill, each tried again after 30 s)", driver);

            reloadWithout(chromium, injector);
            compare(1, "after a reload", AppPage.awaitExactly(driver, () -> simulator.listens(USER), PATIENCE),
                    simulator.listens(USER));
            assertListenCount(driver, simulator.listens(USER).size());
            finished(simulator);
        }
    }

    @Test
    void aStorageThatRefusesEveryCommitSaysSoKeepsWhatItHasAndAReloadGoesOn() throws Exception {
        try (ListenBrainzSimulator simulator = simulator(history(5_000)); Chromium chromium = Chromium.start(1280, 800)) {
            // commit 0 saves the settings, 1 the first page; every later one is refused
            String injector = injectFaults(chromium, List.of(), 2);
            WebDriver driver = open(chromium, simulator);
            driver.findElement(By.id("connect")).click();

            awaitProblem(driver);
            List<Listen> kept = assertOnlyServersListens(driver, simulator);
            assertThat(kept).hasSizeBetween(1, simulator.listens(USER).size() - 1);
            assertThat(BrowserListens.read(driver).checkpoint().running()).as("the sync's checkpoint").isTrue();
            // the page shows what is stored, not what it failed to store
            assertListenCount(driver, kept.size());

            // not stuck: Retry tries again at once, and is refused again
            driver.findElement(By.id("sync-retry")).click();
            new WebDriverWait(driver, PATIENCE).until(d -> refused(d) == 2);
            awaitProblem(driver);
            assertThat(BrowserListens.read(driver).listens()).isEqualTo(kept);
            assertListenCount(driver, kept.size());
            tally("sync, permanent (every page after the first, tried again with Retry, until a reload)", driver);

            reloadWithout(chromium, injector);
            compare(2, "after a reload", AppPage.awaitExactly(driver, () -> simulator.listens(USER), PATIENCE),
                    simulator.listens(USER));
            assertListenCount(driver, simulator.listens(USER).size());
            finished(simulator);
        }
    }

    @Test
    void anImportWhoseSecondBatchIsRefusedKeepsTheFirstAndImportingAgainEndsExact() throws Exception {
        List<Listen> exported = HistoryGenerator.generate(5, USER, 2 * BATCH + 5_000, NOW - 86_400).listens();
        List<Listen> newer = HistoryGenerator.generate(6, USER, 40, NOW - 600).listens().stream()
                .filter(l -> l.listenedAt() > NOW - 86_400).toList();
        Path zip = ExportZip.write(USER, exported, files.resolve("listenbrainz_demo.zip"));
        try (ListenBrainzSimulator simulator = simulator(concat(exported, newer));
             Chromium chromium = Chromium.start(1280, 800)) {
            // nothing is committed before the import: its batches are commits 0, 1 and 2
            String injector = injectFaults(chromium, List.of(1), -1);
            WebDriver driver = open(chromium, simulator);

            assertThat(AppPage.importFile(driver, zip)).isEqualTo(stoppedAfter(BATCH));
            // the export is oldest first, so its first batch is its oldest listens
            compare(3, "after the refused batch", BrowserListens.read(driver).listens(), exported.subList(0, BATCH));
            tally("import before connecting (its second batch)", driver);

            reloadWithout(chromium, injector);
            assertThat(AppPage.importFile(driver, zip)).isEqualTo("Imported " + Format.count(exported.size() - BATCH)
                    + " listens (" + Format.count(BATCH) + " were stored already).");
            compare(3, "after importing again", BrowserListens.read(driver).listens(), exported);

            driver.findElement(By.id("connect")).click();
            compare(3, "after the sync", AppPage.awaitExactly(driver, () -> simulator.listens(USER), PATIENCE),
                    simulator.listens(USER));
            assertListenCount(driver, simulator.listens(USER).size());
            finished(simulator);
        }
    }

    @Test
    void anImportWhileSyncingWhoseSecondBatchIsRefusedLeavesTheSyncExact() throws Exception {
        // listens of an older account, which this server does not have: they stay once imported
        List<Listen> exported = HistoryGenerator.generate(8, USER, 2 * BATCH + 5_000, NOW - 60 * 86_400).listens();
        Path zip = ExportZip.write(USER, exported, files.resolve("listenbrainz_demo_old.zip"));
        try (ListenBrainzSimulator simulator = simulator(history(3_000)); Chromium chromium = Chromium.start(1280, 800)) {
            String injector = injectFaults(chromium, List.of(), -1);
            WebDriver driver = AppPage.connect(chromium, simulator, USER);
            List<Listen> synced = AppPage.awaitExactly(driver, () -> simulator.listens(USER), PATIENCE);
            long requests = simulator.stats().requests("listens");
            // the import's second batch: the second commit from now
            ((JavascriptExecutor) driver).executeScript(
                    "var f = window.starmanStorageFaults; f.refused.push(f.seen + 1);");

            assertThat(AppPage.importFile(driver, zip)).isEqualTo(stoppedAfter(BATCH));
            List<Listen> firstBatch = concat(synced, exported.subList(0, BATCH));
            // the session reads the store again, then catches up: this page imports again only after that
            new WebDriverWait(driver, PATIENCE).until(d -> simulator.stats().requests("listens") > requests);
            compare(4, "after the refused batch", AppPage.awaitExactly(driver, () -> firstBatch, PATIENCE), firstBatch);
            assertListenCount(driver, firstBatch.size());

            // the same page: importing again goes on from what is stored
            assertThat(AppPage.importFile(driver, zip)).isEqualTo("Imported " + Format.count(exported.size() - BATCH)
                    + " listens (" + Format.count(BATCH) + " were stored already).");
            List<Listen> all = concat(synced, exported);
            compare(4, "after importing again", AppPage.awaitExactly(driver, () -> all, PATIENCE), all);
            tally("import while syncing (its second batch)", driver);

            reloadWithout(chromium, injector);
            compare(4, "after a reload", AppPage.awaitExactly(driver, () -> all, PATIENCE), all);
            assertListenCount(driver, all.size());
            finished(simulator);
        }
    }

    private static ListenBrainzSimulator simulator(List<Listen> history) throws Exception {
        return ListenBrainzSimulator.builder().user(USER, history).site(Site.directory(), "/starman/").start();
    }

    /** {@code n} listens of several pages (a page is 1,000), the newest just now. */
    private static List<Listen> history(int n) {
        return HistoryGenerator.generate(11, USER, n, NOW).listens();
    }

    /** A case ended well: its simulator's counts go to the tally. */
    private static void finished(ListenBrainzSimulator simulator) {
        assertThat(simulator.stats().rateLimited()).as("requests beyond the rate limit").isZero();
        TALLY.record(simulator.stats());
        casesPassed++;
    }

    private static WebDriver open(Chromium chromium, ListenBrainzSimulator simulator) {
        WebDriver driver = chromium.driver();
        driver.get(simulator.baseUrl() + "/starman/?api=" + simulator.baseUrl() + "&user=" + USER);
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.id("connect")));
        return driver;
    }

    /**
     * Installs, for every page this browser opens from now on, a wrapper of {@code IDBDatabase.transaction}: the
     * store's commits (read-write over its {@code blocks}, in database {@code starman}) are counted from 0, and
     * those in {@code refused}, or every one from {@code refusedFrom} on (-1: none), are aborted just after
     * BrowserStore issued all their puts (it does as the transaction is created), so IndexedDB writes none of
     * them. {@code window.starmanStorageFaults} counts them ({@code seen}, {@code failed}) and holds the plan,
     * which a test may change. Returns the script's identifier.
     */
    private static String injectFaults(Chromium chromium, List<Integer> refused, int refusedFrom) {
        String source = "(function() {"
                + "  var faults = window.starmanStorageFaults = {seen: 0, failed: 0, refused: " + refused
                + ", from: " + refusedFrom + "};"
                + "  var transaction = IDBDatabase.prototype.transaction;"
                + "  IDBDatabase.prototype.transaction = function(stores, mode) {"
                + "    var tx = transaction.apply(this, arguments);"
                + "    if (this.name === 'starman' && mode === 'readwrite' && [].concat(stores).indexOf('blocks') >= 0) {"
                + "      var n = faults.seen++;"
                + "      if (faults.refused.indexOf(n) >= 0 || faults.from >= 0 && n >= faults.from) {"
                + "        faults.failed++;"
                + "        Promise.resolve().then(function() { tx.abort(); });"
                + "      }"
                + "    }"
                + "    return tx;"
                + "  };"
                + "})();";
        return (String) chromium.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source))
                .get("identifier");
    }

    /** The commits this page refused so far. */
    private static long refused(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.starmanStorageFaults.failed;"))
                .longValue();
    }

    /** Counts what this page refused (read before the page goes) under {@code kind}. */
    private static void tally(String kind, WebDriver driver) {
        long n = refused(driver);
        TALLY.recordStorage(FaultTally.StorageFault.FAILED_COMMIT, n);
        REFUSED.put(kind, n);
    }

    /** The faults taken away, the page loaded again. */
    private static void reloadWithout(Chromium chromium, String injector) {
        chromium.devTools("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", injector));
        chromium.driver().navigate().refresh();
    }

    private static void awaitProblem(WebDriver driver) {
        new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(By.id("error")).stream()
                .anyMatch(e -> e.getText().equals(NOT_SAVED + " " + Problems.TRIES_AGAIN)));
        assertThat(driver.findElements(By.id("sync-retry"))).as("the Retry button").hasSize(1);
    }

    /** What the import says when a batch is refused after {@code kept} listens were stored. */
    private static String stoppedAfter(int kept) {
        return NOT_SAVED + " The import stopped there. The " + Format.count(kept) + " listens imported before it are"
                + " kept, and nothing half-written. Import the file again to go on: listens already stored are skipped.";
    }

    /** Part of the history, none of it wrong: every stored listen is one of the server's, once. */
    private static List<Listen> assertOnlyServersListens(WebDriver driver, ListenBrainzSimulator simulator) {
        List<Listen> stored = BrowserListens.read(driver).listens();
        assertThat(FaultTally.extras(stored, simulator.listens(USER))).as("stored listens not the server's").isZero();
        return stored;
    }

    private static void compare(long kase, String when, List<Listen> stored, List<Listen> expected) {
        assertThat(TALLY.compare(kase, when, stored, expected)).as("case %d, %s: listens differing", kase, when)
                .isZero();
    }

    /** The page's count, given time to render but not the session's next try (30 s), which reads the store again. */
    private static void assertListenCount(WebDriver driver, int count) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage("#listen-count showing " + Format.count(count))
                .until(d -> d.findElements(By.id("listen-count")).stream()
                .anyMatch(e -> e.getText().equals(Format.count(count))));
    }

    private static List<Listen> concat(List<Listen> a, List<Listen> b) {
        List<Listen> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
