package starman.bench;

import org.teavm.jso.JSBody;
import starman.browser.Page;
import starman.json.JsonWriter;

/**
 * The engine benchmark compiled to WebAssembly, on its own page (bench site only, never the app). Query
 * parameters: {@code listens} (default a million) and {@code timed=false} to skip the timings. Writes what
 * the engine computed into {@code #outputs} and the figures into {@code #results}, both JSON, then sets
 * {@code data-done} on {@code #results}.
 */
public final class EngineBenchmarkPage {
    private static final double WARMUP_MS = 1000;
    private static final int ITERATIONS = 5;
    private static final double ITERATION_MS = 400;
    private static final int WARM_BUILDS = 3;

    private EngineBenchmarkPage() {
    }

    public static void main(String[] args) {
        new Thread(EngineBenchmarkPage::run).start(); // off the loader's callback, so sleeps can yield to the page
    }

    private static void run() {
        try {
            String listens = Page.queryParameter("listens");
            boolean timed = !"false".equals(Page.queryParameter("timed"));
            JsonWriter w = new JsonWriter().beginObject();
            status("generating the history");
            double heapStart = usedHeap();
            double start = now();
            EngineWorkload workload = new EngineWorkload(listens == null ? EngineWorkload.DEFAULT_LISTENS
                    : Integer.parseInt(listens));
            w.name("listens").value(workload.history().size()).name("generateMs").value(now() - start);
            double heapGenerated = usedHeap();
            status("building the index");
            start = now();
            int indexed = workload.build().size();
            w.name("indexed").value(indexed).name("buildColdMs").value(now() - start);
            double heapIndexed = usedHeap();
            memory(w, workload.history().size(), indexed, heapStart, heapGenerated, heapIndexed);
            write("outputs", workload.outputs());
            if (timed) {
                w.name("buildWarmMs").beginArray();
                for (int i = 0; i < WARM_BUILDS; i++) {
                    status("building the index again");
                    start = now();
                    workload.build();
                    w.value(now() - start);
                }
                w.endArray().name("microsPerCall").beginObject();
                time(w, "dashboardNow", workload::dashboardNow);
                time(w, "dashboardInThePast", workload::dashboardInThePast);
                time(w, "append", workload::append);
                time(w, "insertLate", workload::insertLate);
                time(w, "coachTrackEnded", workload::coachTrackEnded);
                w.endObject();
            }
            write("results", w.name("userAgent").value(userAgent()).endObject().toString());
            finish("true", "done");
        } catch (Throwable e) {
            finish("failed", "failed: " + e);
        }
    }

    /** Heap growth per listen, when Chromium runs with --js-flags=--expose-gc and --enable-precise-memory-info. */
    private static void memory(JsonWriter w, int listens, int indexed, double start, double generated, double built) {
        w.name("memory");
        if (start < 0) {
            w.nullValue();
            return;
        }
        w.beginObject().name("historyBytesPerListen").value((generated - start) / listens)
                .name("indexBytesPerIndexedListen").value((built - generated) / indexed).endObject();
    }

    /** Microseconds per call: a warm-up, then timed iterations of whole batches (the clock is coarse). */
    private static void time(JsonWriter w, String name, Runnable op) {
        status("timing " + name);
        double warmupEnd = now() + WARMUP_MS;
        int batch = 1;
        while (now() < warmupEnd) {
            double start = now();
            for (int i = 0; i < batch; i++) {
                op.run();
            }
            if (now() - start < 10) {
                batch *= 2;
            }
        }
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            long calls = 0;
            double start = now();
            double elapsed;
            do {
                for (int i = 0; i < batch; i++) {
                    op.run();
                }
                calls += batch;
                elapsed = now() - start;
            } while (elapsed < ITERATION_MS);
            double micros = elapsed * 1000 / calls;
            sum += micros;
            min = Math.min(min, micros);
            max = Math.max(max, micros);
        }
        w.name(name).beginObject().name("mean").value(sum / ITERATIONS).name("min").value(min).name("max").value(max)
                .endObject();
    }

    private static void status(String text) {
        write("status", text);
        try {
            Thread.sleep(1); // lets the page paint and WebDriver's polls through between stages
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @JSBody(script = "return performance.now();")
    private static native double now();

    /** Used JS heap bytes (wasm-gc objects live there) after a full collection, or -1 when not measurable. */
    @JSBody(script = "if (!window.gc || !performance.memory) { return -1; }"
            + "gc(); return performance.memory.usedJSHeapSize;")
    private static native double usedHeap();

    @JSBody(script = "return navigator.userAgent;")
    private static native String userAgent();

    @JSBody(params = {"id", "text"}, script = "document.getElementById(id).textContent = text;")
    private static native void write(String id, String text);

    @JSBody(params = {"done", "text"}, script = "document.getElementById('status').textContent = text;"
            + "document.getElementById('results').setAttribute('data-done', done);")
    private static native void finish(String done, String text);
}
