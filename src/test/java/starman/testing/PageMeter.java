package starman.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a browser benchmark measures beside its times, over a phase (an import, a cold start):
 * <ul>
 * <li>the longest main-thread block and how many tasks took over 50 ms (and over 200 ms): a {@code longtask}
 * PerformanceObserver put into every document before its own scripts run;</li>
 * <li>the peak resident memory of the page's renderer (the largest Chromium renderer of this browser, the WebUI one
 * left out) and of the storage service (where IndexedDB's LevelDB lives): their {@code VmHWM} from {@code /proc},
 * started again at the phase's start, with {@code VmRSS} sampled every 100 ms for a process that dies (a tab that
 * crashed) or whose peak cannot be reset;</li>
 * <li>IndexedDB's usage ({@link #storage}: {@code navigator.storage.estimate()} and the profile's IndexedDB folder);</li>
 * <li>the JS/wasm heap after a full collection ({@link #heapAfterGc}; wasm-gc objects live on V8's heap), when
 * Chromium was started with {@link Chromium#MEMORY_SWITCHES}.</li>
 * </ul>
 * The benchmark JVM runs on the same machine as Chromium, so the processes are read directly.
 */
public final class PageMeter {
    private static final String OBSERVER = ""
            + "window.__starmanLongTasks = [];"
            + "try {"
            + "  new PerformanceObserver(function (list) {"
            + "    list.getEntries().forEach(function (e) { window.__starmanLongTasks.push(e.duration); });"
            + "  }).observe({type: 'longtask', buffered: true});"
            + "} catch (e) { window.__starmanLongTasks = null; }";
    /** Waits a moment, so the observer has been told of the last task, then hands the durations back. */
    private static final String LONG_TASKS = "var done = arguments[arguments.length - 1];"
            + "setTimeout(function () { done(window.__starmanLongTasks || []); }, 150);";
    private static final String ESTIMATE = "var done = arguments[arguments.length - 1];"
            + "navigator.storage.estimate().then(function (e) {"
            + "  done([e.usage, e.usageDetails && e.usageDetails.indexedDB !== undefined ? e.usageDetails.indexedDB : -1]);"
            + "}, function () { done([-1, -1]); });";
    private static final long SAMPLE_MILLIS = 100;

    private final Chromium chromium;

    private PageMeter(Chromium chromium) {
        this.chromium = chromium;
    }

    /** Puts the long-task observer into the current document and every later one of this tab. */
    public static PageMeter attach(Chromium chromium) {
        chromium.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
        chromium.chrome().executeScript(OBSERVER);
        return new PageMeter(chromium);
    }

    /**
     * Starts a phase: the current document's long tasks are forgotten (a phase that navigates starts with the new
     * document's), the renderers' peaks start again from their current size, and sampling begins.
     */
    public Phase begin() {
        chromium.chrome().executeScript("if (window.__starmanLongTasks) { window.__starmanLongTasks.length = 0; }");
        return new Phase();
    }

    /** The figures of one phase; the long-task ones are -1 when the page could not be asked (it crashed). */
    public record Figures(double longestTaskMs, int longTasks, int tasksOver200Ms, long rendererPeakBytes,
                          long storageServicePeakBytes) {
        @Override
        public String toString() {
            String blocks = longTasks < 0 ? "longest main-thread block n/a (the page is gone)"
                    : String.format(Locale.ROOT, "longest main-thread block %.0f ms (%d tasks over 50 ms, %d over 200 ms)",
                            longestTaskMs, longTasks, tasksOver200Ms);
            return blocks + "; renderer peak " + megabytes(rendererPeakBytes) + "; storage service peak "
                    + megabytes(storageServicePeakBytes);
        }
    }

    /** A phase being measured; {@link #end} reads its figures. */
    public final class Phase {
        /** Peak bytes seen per process, and which processes are the storage service. */
        private final Map<Long, Long> peaks = new HashMap<>();
        private final Map<Long, Boolean> storageService = new HashMap<>();
        private final Thread sampler;
        private volatile boolean running = true;

        private Phase() {
            processes().keySet().forEach(ProcStatus::resetPeak);
            sampler = new Thread(() -> {
                while (running) {
                    sample("VmRSS");
                    try {
                        Thread.sleep(SAMPLE_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "renderer-memory");
            sampler.setDaemon(true);
            sampler.start();
        }

        public Figures end() {
            running = false;
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sample("VmHWM");
            long renderer = 0;
            long storage = 0;
            for (Map.Entry<Long, Long> peak : peaks.entrySet()) {
                if (storageService.get(peak.getKey())) {
                    storage = Math.max(storage, peak.getValue());
                } else {
                    renderer = Math.max(renderer, peak.getValue());
                }
            }
            List<Double> tasks = longTasks();
            if (tasks == null) {
                return new Figures(-1, -1, -1, renderer, storage);
            }
            double longest = tasks.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            int over200 = (int) tasks.stream().filter(ms -> ms > 200).count();
            return new Figures(longest, tasks.size(), over200, renderer, storage);
        }

        private synchronized void sample(String field) {
            processes().forEach((pid, storage) -> {
                long bytes = ProcStatus.bytes(pid, field);
                if (bytes > 0) {
                    peaks.merge(pid, bytes, Math::max);
                    storageService.put(pid, storage);
                }
            });
        }
    }

    /** Long tasks of the current document since the phase began (or since it loaded), in ms; null if it is gone. */
    private List<Double> longTasks() {
        List<Double> tasks = new ArrayList<>();
        try {
            for (Object ms : (List<?>) ((JavascriptExecutor) chromium.driver()).executeAsyncScript(LONG_TASKS)) {
                tasks.add(((Number) ms).doubleValue());
            }
        } catch (RuntimeException e) {
            return null; // a crashed tab has no document left to ask
        }
        return tasks;
    }

    /** IndexedDB's usage as the page reports it and as the profile's folder holds it. */
    public record Storage(long estimateUsageBytes, long estimateIndexedDbBytes, long folderBytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "IndexedDB %s (navigator.storage.estimate(): usage %s), folder %s",
                    megabytes(estimateIndexedDbBytes), megabytes(estimateUsageBytes), megabytes(folderBytes));
        }
    }

    public Storage storage() {
        List<?> estimate = (List<?>) ((JavascriptExecutor) chromium.driver()).executeAsyncScript(ESTIMATE);
        Path folder = chromium.profile().resolve("Default").resolve("IndexedDB");
        long bytes = 0;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        return 0; // compacted away while walking
                    }
                }).sum();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Storage(((Number) estimate.get(0)).longValue(), ((Number) estimate.get(1)).longValue(), bytes);
    }

    /** {@code usedJSHeapSize} after two full collections, or -1 without {@link Chromium#MEMORY_SWITCHES}. */
    public long heapAfterGc() {
        return ((Number) ((JavascriptExecutor) chromium.driver()).executeScript(
                "if (!window.gc || !performance.memory) { return -1; }"
                        + "gc(); gc(); return performance.memory.usedJSHeapSize;")).longValue();
    }

    /**
     * This browser's renderers (not the WebUI one) and its storage service, found by their profile switch: pid to
     * whether it is the storage service.
     */
    private Map<Long, Boolean> processes() {
        String profileSwitch = "--user-data-dir=" + chromium.profile() + " ";
        Map<Long, Boolean> pids = new HashMap<>();
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) all::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String cmdline = cmdline(dir);
                if (cmdline.contains(profileSwitch) && !cmdline.contains("--top-chrome-webui")
                        && (cmdline.contains("--type=renderer") || cmdline.contains("StorageService"))) {
                    pids.put(Long.parseLong(name), cmdline.contains("StorageService"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pids;
    }

    private static String cmdline(Path processDir) {
        try {
            return new String(Files.readAllBytes(processDir.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ""; // gone meanwhile
        }
    }

    /** "1,234 MB", or "n/a" for a figure that could not be read (-1). */
    public static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }
}
