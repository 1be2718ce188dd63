package starman.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Serves a built site directory (the Starman web app) with the content types browsers insist on. */
final class StaticSite {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("json", "application/json"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    /** A file to send. */
    record File(Path path, String contentType) {
    }

    private final Path root;

    StaticSite(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    /** The file for a decoded URL path, or null when missing or outside the site directory. */
    File resolve(String urlPath) throws IOException {
        String relative = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        Path path = root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative)
                .normalize();
        if (!path.startsWith(root) || !Files.isRegularFile(path) || !path.toRealPath().startsWith(root)) {
            return null;
        }
        return new File(path, contentType(path.getFileName().toString()));
    }

    static String contentType(String fileName) {
        if (fileName.equals("manifest.json")) {
            return "application/manifest+json";
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
