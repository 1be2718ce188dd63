package starman.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step: writes the site's service worker with a version that changes whenever any file of the site
 * does, so browsers install each new build into a fresh cache and drop the old one.
 */
public final class ServiceWorkerVersion {
    static final String PLACEHOLDER = "@SITE_VERSION@";
    static final String SERVICE_WORKER = "sw.js";

    private ServiceWorkerVersion() {
    }

    /** Arguments: the built site directory, the service worker template. */
    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        String template = Files.readString(Path.of(args[1]));
        if (!template.contains(PLACEHOLDER)) {
            throw new IllegalStateException(args[1] + " has no " + PLACEHOLDER + " to replace");
        }
        Files.writeString(site.resolve(SERVICE_WORKER), template.replace(PLACEHOLDER, version(site, template)));
    }

    /** 16 hex digits of a SHA-256 over the template and every other site file's path and content. */
    static String version(Path site, String template) throws IOException {
        MessageDigest total = sha256();
        total.update(template.getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).map(site::relativize)
                    .filter(p -> !p.toString().equals(SERVICE_WORKER)).sorted().toList();
        }
        for (Path file : files) {
            String content = HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(site.resolve(file))));
            String line = file.toString().replace('\\', '/') + " " + content + "\n";
            total.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(total.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
