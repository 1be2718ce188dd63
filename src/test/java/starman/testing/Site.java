package starman.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where `mvn package` put the static site; browser tests run the real compiled bundle from there. */
public final class Site {
    private Site() {
    }

    public static Path directory() {
        Path site = Paths.get(System.getProperty("starman.site", "target/site"));
        if (!Files.isRegularFile(site.resolve("starman.wasm"))) {
            throw new IllegalStateException("No compiled bundle in " + site.toAbsolutePath()
                    + ": run the browser tests through `mvn verify`, which builds it first.");
        }
        return site;
    }

    /** Where `mvn package` put the engine benchmark page, a bundle of its own. */
    public static Path benchDirectory() {
        return bench("", "engine.wasm");
    }

    /** Where `mvn package` put the app with its update probe (starman.bench.ProbedApp), a bundle of its own. */
    public static Path probedAppDirectory() {
        return bench("app", "starman.wasm");
    }

    private static Path bench(String folder, String wasm) {
        Path site = Paths.get(System.getProperty("starman.benchSite", "target/bench-site")).resolve(folder);
        if (!Files.isRegularFile(site.resolve(wasm))) {
            throw new IllegalStateException("No bench bundle in " + site.toAbsolutePath()
                    + ": run `mvn package` (without -DjvmOnly) first.");
        }
        return site;
    }

    /** Where browser tests leave screenshots and figures for people to look at. */
    public static Path reports() {
        Path dir = Paths.get(System.getProperty("starman.target", "target"), "browser-reports");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }
}
