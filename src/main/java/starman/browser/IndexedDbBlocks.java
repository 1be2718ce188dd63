package starman.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * IndexedDB as a block device for the listen store (STORAGE.md layout e): one record per day block, the
 * string dictionary as append-only chunks, small JSON records for sync state and settings. Bytes cross the
 * wasm boundary once per block (bulk typed-array copies), never per listen.
 */
public final class IndexedDbBlocks {
    /** Bump with a new {@code if (old < N)} step in {@link #openDatabase}; earlier steps keep the data. */
    static final int SCHEMA_VERSION = 1;

    private final JSObject db;
    private final Replacement replacement;

    private IndexedDbBlocks(JSObject db, Replacement replacement) {
        this.db = db;
        this.replacement = replacement;
    }

    public static IndexedDbBlocks open(String name) throws IOException {
        Replacement replacement = new Replacement();
        JSObject db = Promises.await(openDatabase(name, SCHEMA_VERSION, () -> new Thread(replacement::fire).start()));
        return new IndexedDbBlocks(db, replacement);
    }

    /**
     * Runs {@code listener} (on its own thread) when a newer Starman in another tab upgrades the database: this
     * connection is closed then, so that the upgrade is not blocked, and this page can no longer read or write.
     */
    public void onReplaced(Runnable listener) {
        replacement.listen(listener);
    }

    /** Whether a newer Starman took the database over (see {@link #onReplaced}). */
    public boolean isReplaced() {
        return replacement.happened;
    }

    /** The versionchange that closed this connection, and who wants to hear of it. */
    private static final class Replacement {
        private final List<Runnable> listeners = new ArrayList<>();
        private volatile boolean happened;

        synchronized void listen(Runnable listener) {
            listeners.add(listener);
        }

        void fire() {
            happened = true;
            List<Runnable> copy;
            synchronized (this) {
                copy = new ArrayList<>(listeners);
            }
            copy.forEach(Runnable::run);
        }
    }

    /** Everything stored, in key order: the cold-start read, one transaction, getAll only. */
    public Contents readAll() throws IOException {
        Snapshot s = Promises.await(readAll(db));
        int days = s.getDayKeys().getLength();
        int[] dayKeys = new int[days];
        byte[][] blocks = new byte[days][];
        for (int i = 0; i < days; i++) {
            dayKeys[i] = s.getDayKeys().get(i).intValue();
            blocks[i] = bytes(s.getDays().get(i));
        }
        byte[][] chunks = new byte[s.getDictionary().getLength()][];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = bytes(s.getDictionary().get(i));
        }
        return new Contents(dayKeys, blocks, chunks, strings(s.getMetaKeys()), strings(s.getMetaValues()),
                strings(s.getCacheKeys()), strings(s.getCacheValues()));
    }

    private static String[] strings(JSArray<JSString> array) {
        String[] strings = new String[array.getLength()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = array.get(i).stringValue();
        }
        return strings;
    }

    /**
     * Writes and deletes day blocks, one dictionary chunk (or none) and meta records in ONE transaction, so a
     * sync checkpoint never lands without the data it covers. {@code strict} asks for a durable commit.
     */
    public void commit(int[] dayKeys, byte[][] blocks, int[] deletedDays, int chunkIndex, byte[] chunk,
                       String[] metaKeys, String[] metaValues, boolean strict) throws IOException {
        startCommit(dayKeys, blocks, deletedDays, chunkIndex, chunk, metaKeys, metaValues, strict).await();
    }

    /** Starts {@link #commit}'s transaction and returns at once; IndexedDB runs transactions in order. */
    public Pending startCommit(int[] dayKeys, byte[][] blocks, int[] deletedDays, int chunkIndex, byte[] chunk,
                               String[] metaKeys, String[] metaValues, boolean strict) {
        JSArray<JSNumber> keys = new JSArray<>();
        JSArray<ArrayBuffer> values = new JSArray<>();
        for (int i = 0; i < dayKeys.length; i++) {
            keys.push(JSNumber.valueOf(dayKeys[i]));
            values.push(buffer(blocks[i]));
        }
        JSArray<JSNumber> deletes = new JSArray<>();
        for (int day : deletedDays) {
            deletes.push(JSNumber.valueOf(day));
        }
        JSArray<JSString> metaK = new JSArray<>();
        JSArray<JSString> metaV = new JSArray<>();
        for (int i = 0; i < metaKeys.length; i++) {
            metaK.push(JSString.valueOf(metaKeys[i]));
            metaV.push(JSString.valueOf(metaValues[i]));
        }
        return new Pending(commit(db, keys, values, deletes, chunkIndex, chunk == null ? null : buffer(chunk), metaK,
                metaV, strict ? "strict" : "relaxed"));
    }

    /** A transaction under way. */
    public static final class Pending {
        private final JSObject promise;

        private Pending(JSObject promise) {
            this.promise = promise;
        }

        /** Waits until it completed; an abort (quota, a closed database) throws. */
        public void await() throws IOException {
            Promises.await(promise);
        }
    }

    /** Puts one record of the normaliser's caches (re-fetchable, so a relaxed commit). */
    public void putCache(String key, String value) throws IOException {
        Promises.await(putCache(db, key, value));
    }

    /** Deletes every listen, the dictionary and all state ("forget my data"). */
    public void clear() throws IOException {
        Promises.await(clear(db));
    }

    public record Contents(int[] dayKeys, byte[][] blocks, byte[][] dictionaryChunks, String[] metaKeys,
                           String[] metaValues, String[] cacheKeys, String[] cacheValues) {
    }

    private static byte[] bytes(ArrayBuffer buffer) {
        return Int8Array.create(buffer).copyToJavaArray();
    }

    private static ArrayBuffer buffer(byte[] bytes) {
        return Int8Array.copyFromJavaArray(bytes).getBuffer();
    }

    @JSFunctor
    interface Replaced extends JSObject {
        void run();
    }

    @JSBody(params = {"name", "version", "replaced"}, script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var req = indexedDB.open(name, version);"
            + "  req.onupgradeneeded = function(e) {"
            + "    var db = req.result, old = e.oldVersion;"
            + "    if (old < 1) {"
            + "      db.createObjectStore('days'); db.createObjectStore('dictionary');"
            + "      db.createObjectStore('meta'); db.createObjectStore('cache');"
            + "    }"
            + "  };"
            + "  req.onsuccess = function() {"
            + "    var db = req.result;"
            + "    db.onversionchange = function() { db.close(); replaced(); };"
            + "    resolve(db);"
            + "  };"
            + "  req.onerror = function() {"
            + "    reject(req.error && req.error.name === 'VersionError'"
            + "      ? new Error('a newer version of Starman has used it; reload this page to get that version')"
            + "      : req.error);"
            + "  };"
            + "  req.onblocked = function() {"
            + "    reject(new Error('Starman is open in another tab with an older version; close it and reload.'));"
            + "  };"
            + "});")
    private static native JSObject openDatabase(String name, int version, Replaced replaced);

    @JSBody(params = "db", script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var tx = db.transaction(['days', 'dictionary', 'meta', 'cache'], 'readonly'), out = {};"
            + "  function get(store, what, field) {"
            + "    var r = tx.objectStore(store)[what](); r.onsuccess = function() { out[field] = r.result; };"
            + "  }"
            + "  get('days', 'getAllKeys', 'dayKeys'); get('days', 'getAll', 'days');"
            + "  get('dictionary', 'getAll', 'dictionary');"
            + "  get('meta', 'getAllKeys', 'metaKeys'); get('meta', 'getAll', 'metaValues');"
            + "  get('cache', 'getAllKeys', 'cacheKeys'); get('cache', 'getAll', 'cacheValues');"
            + "  tx.oncomplete = function() {"
            + "    if (window.performance && performance.mark) { performance.mark('starman-fetched'); }"
            + "    resolve(out);"
            + "  };"
            + "  tx.onerror = tx.onabort = function() { reject(tx.error); };"
            + "});")
    private static native JSObject readAll(JSObject db);

    @JSBody(params = {"db", "keys", "values", "deletes", "chunkIndex", "chunk", "metaKeys", "metaValues",
        "durability"},
            script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var tx = db.transaction(['days', 'dictionary', 'meta'], 'readwrite', {durability: durability});"
            + "  var days = tx.objectStore('days'), meta = tx.objectStore('meta');"
            + "  for (var i = 0; i < keys.length; i++) { days.put(values[i], keys[i]); }"
            + "  for (var d = 0; d < deletes.length; d++) { days.delete(deletes[d]); }"
            + "  if (chunk !== null) { tx.objectStore('dictionary').put(chunk, chunkIndex); }"
            + "  for (var j = 0; j < metaKeys.length; j++) { meta.put(metaValues[j], metaKeys[j]); }"
            + "  tx.oncomplete = function() { resolve(null); };"
            + "  tx.onerror = tx.onabort = function() { reject(tx.error || new Error('transaction aborted')); };"
            + "});")
    private static native JSObject commit(JSObject db, JSArray<JSNumber> keys, JSArray<ArrayBuffer> values,
                                          JSArray<JSNumber> deletes, int chunkIndex, ArrayBuffer chunk, JSArray<JSString> metaKeys,
                                          JSArray<JSString> metaValues, String durability);

    @JSBody(params = {"db", "key", "value"}, script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var tx = db.transaction(['cache'], 'readwrite');"
            + "  tx.objectStore('cache').put(value, key);"
            + "  tx.oncomplete = function() { resolve(null); };"
            + "  tx.onerror = tx.onabort = function() { reject(tx.error || new Error('transaction aborted')); };"
            + "});")
    private static native JSObject putCache(JSObject db, String key, String value);

    @JSBody(params = "db", script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var tx = db.transaction(['days', 'dictionary', 'meta', 'cache'], 'readwrite', {durability: 'strict'});"
            + "  ['days', 'dictionary', 'meta', 'cache'].forEach(function(s) { tx.objectStore(s).clear(); });"
            + "  tx.oncomplete = function() { resolve(null); };"
            + "  tx.onerror = tx.onabort = function() { reject(tx.error); };"
            + "});")
    private static native JSObject clear(JSObject db);

    interface Snapshot extends JSObject {
        @JSProperty
        JSArray<JSNumber> getDayKeys();

        @JSProperty
        JSArray<ArrayBuffer> getDays();

        @JSProperty
        JSArray<ArrayBuffer> getDictionary();

        @JSProperty
        JSArray<JSString> getMetaKeys();

        @JSProperty
        JSArray<JSString> getMetaValues();

        @JSProperty
        JSArray<JSString> getCacheKeys();

        @JSProperty
        JSArray<JSString> getCacheValues();
    }
}
