package starman.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The app's bundle as a first visit downloads it, each file gzipped at level 9. Build step in {@code mvn verify}:
 * prints the total against the limit and fails the build above it. FirstScreenBenchmark prints the same figures
 * file by file.
 */
public final class BundleSize {
    /** What a visit loads before the first screen, and the service worker it registers. */
    public static final List<String> FILES = List.of("starman.wasm", "starman.wasm-runtime.js", "boot.js", "zones.js", "index.html",
            "style.css", "sw.js");

    private BundleSize() {
    }

    public record File(String name, long bytes, long gzipped) {
    }

    /** Arguments: the built site directory, the limit in KB (1,000 bytes) gzipped. */
    public static void main(String[] args) {
        System.out.println(check(Path.of(args[0]), Long.parseLong(args[1]) * 1000));
    }

    /** The line to print when the bundle is within {@code limit} bytes gzipped; above it, an exception saying so. */
    static String check(Path site, long limit) {
        long total = measure(site).stream().mapToLong(File::gzipped).sum();
        String line = String.format("app bundle: %d KB gzipped of %d KB", Math.round(total / 1000.0), limit / 1000);
        if (total > limit) {
            throw new IllegalStateException(String.format("%s: %,d bytes over the limit. Make the bundle smaller (see"
                    + " BENCHMARKS.md, Bundle size), or raise bundle.limit.kb in pom.xml if it must grow.", line,
                    total - limit));
        }
        return line;
    }

    /** Each of {@link #FILES} in {@code site}, raw and gzipped. */
    public static List<File> measure(Path site) {
        List<File> files = new ArrayList<>();
        for (String name : FILES) {
            try {
                byte[] bytes = Files.readAllBytes(site.resolve(name));
                files.add(new File(name, bytes.length, gzipped(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built " + name + " in " + site.toAbsolutePath()
                        + " (build it with `mvn package`)", e);
            }
        }
        return files;
    }

    static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gz.write(bytes);
        }
        return out.size();
    }
}
