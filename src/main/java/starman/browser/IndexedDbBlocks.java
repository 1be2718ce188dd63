package starman.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * Bump with a new {@code if (old < N)} step in {@link #openDatabase}; earlier steps keep the data. Version 2
     * added the {@code coach} store (the coach's feed, kept across reloads); version 3 the day blocks of six
     * numbers a listen over a track table ({@code blocks}, {@code strings}, {@code tracks}, {@code judgements}),
     * whose listens {@link BrowserStore} moves over from version 2's {@code days} and {@code dictionary}.
     */
    public static final int SCHEMA_VERSION = 3;
    static final String BLOCKS = "blocks";
    static final String STRINGS = "strings";
    static final String TRACKS = "tracks";
    static final String JUDGEMENTS = "judgements";
    static final String LEGACY_DAYS = "days";
    static final String LEGACY_DICTIONARY = "dictionary";
    private static final String[] BINARY = {BLOCKS, STRINGS, TRACKS, JUDGEMENTS, LEGACY_DAYS, LEGACY_DICTIONARY};
    /** The key of the one record in the {@code coach} store. */
    private static final String COACH_FEED = "feed";

    private final JSObject db;
    private final Replacement replacement;

    private IndexedDbBlocks(JSObject db, Replacement replacement) {
        this.db = db;
        this.replacement = replacement;
    }

    /**
     * Opens (and, from an older version, upgrades) the database. While a tab of an older Starman keeps it open,
     * the upgrade waits: {@code blocked} runs (on its own thread) so the page can say so, and the open goes on
     * once that tab closes.
     */
    public static IndexedDbBlocks open(String name, Runnable blocked) throws IOException {
        Replacement replacement = new Replacement();
        JSObject db = Promises.await(openDatabase(name, SCHEMA_VERSION, () -> new Thread(replacement::fire).start(),
                () -> new Thread(blocked).start()));
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
            for (Runnable listener : copy) {
                listener.run();
            }
        }
    }

    /** Everything stored, in key order: the cold-start read, one transaction, getAll only. */
    public Contents readAll() throws IOException {
        Snapshot s = Promises.await(readAll(db));
        Map<String, Records> binary = new HashMap<>();
        for (int i = 0; i < BINARY.length; i++) {
            JSArray<JSNumber> keys = s.getKeys().get(i);
            JSArray<ArrayBuffer> values = s.getValues().get(i);
            int[] k = new int[keys.getLength()];
            byte[][] v = new byte[k.length][];
            for (int j = 0; j < k.length; j++) {
                k[j] = keys.get(j).intValue();
                v[j] = bytes(values.get(j));
            }
            binary.put(BINARY[i], new Records(k, v));
        }
        return new Contents(binary.get(BLOCKS), binary.get(STRINGS), binary.get(TRACKS), binary.get(JUDGEMENTS),
                binary.get(LEGACY_DAYS), binary.get(LEGACY_DICTIONARY), strings(s.getMetaKeys()),
                strings(s.getMetaValues()), strings(s.getCacheKeys()), strings(s.getCacheValues()), s.getCoachFeed());
    }

    private static String[] strings(JSArray<JSString> array) {
        String[] strings = new String[array.getLength()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = array.get(i).stringValue();
        }
        return strings;
    }

    /** The records of one binary store, in key order. */
    public record Records(int[] keys, byte[][] values) {
        public static final Records NONE = new Records(new int[0], new byte[0][]);

        public List<byte[]> list() {
            return Arrays.asList(values);
        }

        public Map<Integer, byte[]> map() {
            Map<Integer, byte[]> map = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                map.put(keys[i], values[i]);
            }
            return map;
        }
    }

    /** Puts and deletes of binary records (store by store) and meta records, to write in ONE transaction. */
    public static final class Writes {
        private final JSArray<JSString> putStores = new JSArray<>();
        private final JSArray<JSNumber> putKeys = new JSArray<>();
        private final JSArray<ArrayBuffer> putValues = new JSArray<>();
        private final JSArray<JSString> deleteStores = new JSArray<>();
        private final JSArray<JSNumber> deleteKeys = new JSArray<>();
        private final JSArray<JSString> metaKeys = new JSArray<>();
        private final JSArray<JSString> metaValues = new JSArray<>();

        public Writes put(String store, int key, byte[] value) {
            putStores.push(JSString.valueOf(store));
            putKeys.push(JSNumber.valueOf(key));
            putValues.push(buffer(value));
            return this;
        }

        public Writes delete(String store, int key) {
            deleteStores.push(JSString.valueOf(store));
            deleteKeys.push(JSNumber.valueOf(key));
            return this;
        }

        public Writes meta(String key, String value) {
            metaKeys.push(JSString.valueOf(key));
            metaValues.push(JSString.valueOf(value));
            return this;
        }
    }

    /**
     * Writes {@code writes} in ONE transaction, so a sync checkpoint never lands without the data it covers, and
     * returns once it completed; an abort (quota, a closed database) throws and writes nothing. {@code strict}
     * asks for a durable commit.
     */
    public void commit(Writes writes, boolean strict) throws IOException {
        Promises.await(start(writes, strict));
    }

    /** Starts {@link #commit}'s transaction and returns at once: await the promise for its end. */
    JSObject start(Writes writes, boolean strict) {
        return commit(db, writes.putStores, writes.putKeys, writes.putValues, writes.deleteStores, writes.deleteKeys,
                writes.metaKeys, writes.metaValues, strict ? "strict" : "relaxed");
    }

    /** Empties version 2's stores once their listens were moved over (see {@link BrowserStore}). */
    public void clearLegacy() throws IOException {
        Promises.await(clear(db, names(LEGACY_DAYS, LEGACY_DICTIONARY)));
    }

    /** Puts one record of the normaliser's caches (re-fetchable, so a relaxed commit). */
    public void putCache(String key, String value) throws IOException {
        Promises.await(putString(db, "cache", key, value));
    }

    /** Puts the coach's feed, as JSON (a relaxed commit: losing the last line to a crash is acceptable). */
    public void putCoachFeed(String json) throws IOException {
        Promises.await(putString(db, "coach", COACH_FEED, json));
    }

    /** Deletes every listen, the dictionary and all state ("forget my data"). */
    public void clear() throws IOException {
        Promises.await(clear(db, names(ALL)));
    }

    private static JSArray<JSString> names(String... stores) {
        JSArray<JSString> names = new JSArray<>();
        for (String store : stores) {
            names.push(JSString.valueOf(store));
        }
        return names;
    }

    private static final String[] ALL = {BLOCKS, STRINGS, TRACKS, JUDGEMENTS, LEGACY_DAYS, LEGACY_DICTIONARY, "meta",
        "cache", "coach"};

    /** {@code coachFeed}: the coach's feed as JSON, or null when none was saved. */
    public record Contents(Records blocks, Records strings, Records tracks, Records judgements, Records legacyDays,
                           Records legacyDictionary, String[] metaKeys, String[] metaValues, String[] cacheKeys,
                           String[] cacheValues, String coachFeed) {
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

    @JSFunctor
    interface Blocked extends JSObject {
        void run();
    }

    @JSBody(params = {"name", "version", "replaced", "blocked"}, script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var req = indexedDB.open(name, version);"
            + "  req.onupgradeneeded = function(e) {"
            + "    var db = req.result, old = e.oldVersion;"
            + "    if (old < 1) {"
            + "      db.createObjectStore('days'); db.createObjectStore('dictionary');"
            + "      db.createObjectStore('meta'); db.createObjectStore('cache');"
            + "    }"
            + "    if (old < 2) { db.createObjectStore('coach'); }"
            + "    if (old < 3) {"
            + "      ['blocks', 'strings', 'tracks', 'judgements'].forEach(function(s) { db.createObjectStore(s); });"
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
            + "  req.onblocked = function() { blocked(); };"
            + "});")
    private static native JSObject openDatabase(String name, int version, Replaced replaced, Blocked blocked);

    @JSBody(params = "db", script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var binary = ['blocks', 'strings', 'tracks', 'judgements', 'days', 'dictionary'];"
            + "  var tx = db.transaction(binary.concat(['meta', 'cache', 'coach']), 'readonly');"
            + "  var out = {keys: [], values: []};"
            + "  function get(store, what, into, at) {"
            + "    var r = tx.objectStore(store)[what](); r.onsuccess = function() { into[at] = r.result; };"
            + "  }"
            + "  binary.forEach(function(s, i) { get(s, 'getAllKeys', out.keys, i); get(s, 'getAll', out.values, i); });"
            + "  get('meta', 'getAllKeys', out, 'metaKeys'); get('meta', 'getAll', out, 'metaValues');"
            + "  get('cache', 'getAllKeys', out, 'cacheKeys'); get('cache', 'getAll', out, 'cacheValues');"
            + "  var feed = tx.objectStore('coach').get('" + COACH_FEED + "');"
            + "  feed.onsuccess = function() { out.coachFeed = feed.result === undefined ? null : feed.result; };"
            + "  tx.oncomplete = function() {"
            + "    if (window.performance && performance.mark) { performance.mark('starman-fetched'); }"
            + "    resolve(out);"
            + "  };"
            + "  tx.onerror = tx.onabort = function() { reject(tx.error); };"
            + "});")
    private static native JSObject readAll(JSObject db);

    @JSBody(params = {"db", "putStores", "putKeys", "putValues", "deleteStores", "deleteKeys", "metaKeys",
        "metaValues", "durability"},
            script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var tx = db.transaction(['blocks', 'strings', 'tracks', 'judgements', 'meta'], 'readwrite',"
            + "      {durability: durability});"
            + "  for (var i = 0; i < putKeys.length; i++) { tx.objectStore(putStores[i]).put(putValues[i], putKeys[i]); }"
            + "  for (var d = 0; d < deleteKeys.length; d++) { tx.objectStore(deleteStores[d]).delete(deleteKeys[d]); }"
            + "  var meta = tx.objectStore('meta');"
            + "  for (var j = 0; j < metaKeys.length; j++) { meta.put(metaValues[j], metaKeys[j]); }"
            + "  tx.oncomplete = function() { resolve(null); };"
            + "  tx.onerror = tx.onabort = function() { reject(tx.error || new Error('transaction aborted')); };"
            + "});")
    private static native JSObject commit(JSObject db, JSArray<JSString> putStores, JSArray<JSNumber> putKeys,
                                          JSArray<ArrayBuffer> putValues, JSArray<JSString> deleteStores,
                                          JSArray<JSNumber> deleteKeys, JSArray<JSString> metaKeys,
                                          JSArray<JSString> metaValues, String durability);

    @JSBody(params = {"db", "store", "key", "value"}, script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var tx = db.transaction([store], 'readwrite');"
            + "  tx.objectStore(store).put(value, key);"
            + "  tx.oncomplete = function() { resolve(null); };"
            + "  tx.onerror = tx.onabort = function() { reject(tx.error || new Error('transaction aborted')); };"
            + "});")
    private static native JSObject putString(JSObject db, String store, String key, String value);

    @JSBody(params = {"db", "stores"}, script = ""
            + "return new Promise(function(resolve, reject) {"
            + "  var tx = db.transaction(stores, 'readwrite', {durability: 'strict'});"
            + "  stores.forEach(function(s) { tx.objectStore(s).clear(); });"
            + "  tx.oncomplete = function() { resolve(null); };"
            + "  tx.onerror = tx.onabort = function() { reject(tx.error); };"
            + "});")
    private static native JSObject clear(JSObject db, JSArray<JSString> stores);

    interface Snapshot extends JSObject {
        /** Per binary store (in {@link #BINARY}'s order), its keys and its values. */
        @JSProperty
        JSArray<JSArray<JSNumber>> getKeys();

        @JSProperty
        JSArray<JSArray<ArrayBuffer>> getValues();

        @JSProperty
        JSArray<JSString> getMetaKeys();

        @JSProperty
        JSArray<JSString> getMetaValues();

        @JSProperty
        JSArray<JSString> getCacheKeys();

        @JSProperty
        JSArray<JSString> getCacheValues();

        @JSProperty
        String getCoachFeed();
    }
}
