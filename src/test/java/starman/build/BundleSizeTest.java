package starman.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleSizeTest {
    @TempDir
    Path site;

    @Test
    void addsUpEveryFileGzippedAndPassesWithinTheLimit() throws IOException {
        long total = build(60_000);
        assertThat(BundleSize.measure(site)).extracting(BundleSize.File::name).containsExactlyElementsOf(BundleSize.FILES);
        assertThat(BundleSize.measure(site).stream().mapToLong(BundleSize.File::gzipped).sum()).isEqualTo(total);
        assertThat(BundleSize.check(site, 400_000)).isEqualTo("app bundle: " + Math.round(total / 1000.0)
                + " KB gzipped of 400 KB");
    }

    @Test
    void failsAboveTheLimitSayingByHowMuch() throws IOException {
        long total = build(60_000);
        assertThatThrownBy(() -> BundleSize.check(site, total - 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KB gzipped of").hasMessageContaining("1 bytes over the limit");
        assertThat(BundleSize.check(site, total)).startsWith("app bundle: ");
    }

    @Test
    void namesAFileThatIsMissing() throws IOException {
        build(10);
        Files.delete(site.resolve("sw.js"));
        assertThatThrownBy(() -> BundleSize.measure(site)).hasMessageContaining("sw.js");
    }

    /** Writes the bundle's files, the wasm of random (incompressible) bytes; returns the total gzipped. */
    private long build(int wasmBytes) throws IOException {
        byte[] wasm = new byte[wasmBytes];
        new Random(1).nextBytes(wasm);
        long total = 0;
        for (String name : BundleSize.FILES) {
            byte[] bytes = name.equals("starman.wasm") ? wasm : ("content of " + name).getBytes();
            Files.write(site.resolve(name), bytes);
            total += BundleSize.gzipped(bytes);
        }
        return total;
    }
}
