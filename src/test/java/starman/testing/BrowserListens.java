package starman.testing;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import starman.model.Listen;
import starman.store.DayBlockStore;
import starman.store.SyncCheckpoint;

/**
 * The listens the app stored in this browser's IndexedDB, read byte for byte from the page and decoded by
 * the same store code on the JVM, so a browser test compares whole listens with the server's. Read only
 * after the app has opened its database: opening a database that does not exist would create it empty.
 */
public final class BrowserListens {
    private static final String READ = ""
            + "var done = arguments[arguments.length - 1];"
            + "var req = indexedDB.open('starman');"
            + "req.onerror = function() { done({error: String(req.error)}); };"
            + "req.onsuccess = function() {"
            + "  var db = req.result, out = {};"
            + "  function b64(buffer) {"
            + "    var bytes = new Uint8Array(buffer), s = '';"
            + "    for (var i = 0; i < bytes.length; i += 32768) {"
            + "      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));"
            + "    }"
            + "    return btoa(s);"
            + "  }"
            + "  var stores = ['blocks', 'strings', 'tracks', 'judgements'];"
            + "  var tx = db.transaction(stores.concat(['meta']), 'readonly');"
            + "  stores.forEach(function(s) {"
            + "    var store = tx.objectStore(s);"
            + "    store.getAllKeys().onsuccess = function(e) { out[s + 'Keys'] = e.target.result; };"
            + "    store.getAll().onsuccess = function(e) { out[s] = e.target.result.map(b64); };"
            + "  });"
            + "  tx.objectStore('meta').get('checkpoint').onsuccess = function(e) {"
            + "    out.checkpoint = e.target.result || null;"
            + "  };"
            + "  tx.oncomplete = function() { db.close(); done(out); };"
            + "  tx.onerror = tx.onabort = function() { db.close(); done({error: String(tx.error)}); };"
            + "};";

    /** What IndexedDB holds: the listens, oldest first, and the sync checkpoint. */
    public record Stored(List<Listen> listens, SyncCheckpoint checkpoint) {
    }

    private BrowserListens() {
    }

    @SuppressWarnings("unchecked")
    public static Stored read(WebDriver driver) {
        Map<String, Object> out = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(READ);
        if (out.containsKey("error")) {
            throw new IllegalStateException("cannot read the app's IndexedDB: " + out.get("error"));
        }
        String checkpoint = (String) out.get("checkpoint");
        SyncCheckpoint parsed = checkpoint == null ? SyncCheckpoint.IDLE : SyncCheckpoint.parse(checkpoint);
        DayBlockStore store = new DayBlockStore(new DayBlockStore.Saved(records(out, "blocks"), keys(out, "strings"),
                values(out, "strings"), keys(out, "tracks"), values(out, "tracks"), keys(out, "judgements"),
                values(out, "judgements"), parsed), changes -> { });
        return new Stored(store.all(), parsed);
    }

    @SuppressWarnings("unchecked")
    private static int[] keys(Map<String, Object> out, String store) {
        return ((List<Number>) out.get(store + "Keys")).stream().mapToInt(Number::intValue).toArray();
    }

    @SuppressWarnings("unchecked")
    private static List<byte[]> values(Map<String, Object> out, String store) {
        List<byte[]> values = new ArrayList<>();
        for (String value : (List<String>) out.get(store)) {
            values.add(Base64.getDecoder().decode(value));
        }
        return values;
    }

    private static Map<Integer, byte[]> records(Map<String, Object> out, String store) {
        int[] keys = keys(out, store);
        List<byte[]> values = values(out, store);
        Map<Integer, byte[]> records = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            records.put(keys[i], values.get(i));
        }
        return records;
    }
}
