package starman.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Watches the workout table of the probed app (the bench bundle's, {@link Site#probedAppDirectory()}) while its
 * update probe ({@code starman.bench.UpdateProbe}) stores one new listen: a MutationObserver on the table records
 * every DOM change and when the first arrived, and every element under the table is tagged first, so one the update
 * re-created shows up untagged.
 */
public final class WorkoutUpdates {
    /**
     * One update, times in ms from navigation start.
     *
     * @param calledAt when the probe was called
     * @param storedAt when the store (its IndexedDB transaction committed) and the index had the listen
     * @param shownAt when the screen's refresh returned (the text nodes are changed by then), after trainedAt
     * @param observedAt when the page's MutationObserver heard the first change, or -1 when none came
     * @param trainedAt when the streaks and bests were counted again, after storedAt
     * @param mutations each change as the observer saw it: "characterData", "attributes:NAME" or
     *                  "childList:+ADDED-REMOVED" with the node names added and removed ("#text" for text)
     * @param untagged elements under the table that were not there before the update
     * @param cellsChanged how many of the table's cells show another text than before
     */
    public record Update(double calledAt, double storedAt, double shownAt, double observedAt, double trainedAt,
                         List<String> mutations, long untagged, int cellsChanged) {
    }

    /** The text of each cell of the table, in document order. */
    private static final String CELLS = "function cells() { return Array.prototype.map.call("
            + "document.querySelectorAll('#workout th, #workout td'), function(c) { return c.textContent; }); }";

    private static final String WATCH = CELLS
            + "var table = document.getElementById('workout');"
            + "table.querySelectorAll('*').forEach(function(e) { e.starmanTag = true; });"
            + "function names(nodes) { return Array.prototype.map.call(nodes, function(n) { return n.nodeName; }).join(); }"
            + "var watch = window.starmanWatch = {mutations: [], observedAt: -1, before: cells()};"
            + "if (!window.starmanObserver) {"
            + "  window.starmanObserver = new MutationObserver(function(records) {"
            + "    var w = window.starmanWatch;"
            + "    if (w.observedAt < 0) { w.observedAt = performance.now(); }"
            + "    records.forEach(function(r) {"
            + "      w.mutations.push(r.type === 'childList' ? 'childList:+' + names(r.addedNodes) + '-' + names(r.removedNodes)"
            + "          : r.type === 'attributes' ? 'attributes:' + r.attributeName : r.type);"
            + "    });"
            + "  });"
            + "  window.starmanObserver.observe(table, {subtree: true, childList: true, characterData: true,"
            + "      attributes: true});"
            + "}"
            + "['stored', 'shown', 'trained'].forEach(function(m) { performance.clearMarks('starman-probe-' + m); });"
            + "watch.calledAt = performance.now();"
            + "window.starmanProbe();";

    private static final String RESULT = CELLS
            + "var w = window.starmanWatch, shown = performance.getEntriesByName('starman-probe-shown');"
            + "if (shown.length === 0) { return null; }"
            + "var trained = performance.getEntriesByName('starman-probe-trained');"
            + "var untagged = 0;"
            + "document.getElementById('workout').querySelectorAll('*').forEach(function(e) {"
            + "  if (!e.starmanTag) { untagged++; } });"
            + "return {calledAt: w.calledAt, storedAt: performance.getEntriesByName('starman-probe-stored')[0].startTime,"
            + "    shownAt: shown[0].startTime, observedAt: w.observedAt, trainedAt: trained[0].startTime, mutations: w.mutations.slice(),"
            + "    untagged: untagged, before: w.before, after: cells()};";

    private WorkoutUpdates() {
    }

    /**
     * Stores one listen through the page's probe and waits until the screen was refreshed (the observer's
     * callback, a microtask of the refresh's task, has run by the time a WebDriver script runs).
     */
    @SuppressWarnings("unchecked")
    public static Update probe(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(WATCH);
        Map<String, Object> r = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(5))
                .until(d -> (Map<String, Object>) js.executeScript(RESULT));
        List<String> before = (List<String>) r.get("before");
        List<String> after = (List<String>) r.get("after");
        int cellsChanged = 0;
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            cellsChanged += before.get(i).equals(after.get(i)) ? 0 : 1;
        }
        return new Update(number(r, "calledAt"), number(r, "storedAt"), number(r, "shownAt"), number(r, "observedAt"),
                number(r, "trainedAt"), (List<String>) r.get("mutations"), (long) number(r, "untagged"), cellsChanged);
    }

    private static double number(Map<String, Object> r, String key) {
        return ((Number) r.get(key)).doubleValue();
    }
}
