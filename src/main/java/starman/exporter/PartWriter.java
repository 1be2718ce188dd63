package starman.exporter;

import java.util.function.Consumer;

/**
 * Text handed out in parts of about {@code partChars} characters, so a million listens never become one
 * string (the browser makes a Blob of the parts; the JVM writes them to a file).
 */
final class PartWriter {
    private final Consumer<String> parts;
    private final int partChars;
    private StringBuilder out;

    PartWriter(Consumer<String> parts, int partChars) {
        this.parts = parts;
        this.partChars = partChars;
        this.out = new StringBuilder(partChars + 4096);
    }

    StringBuilder out() {
        return out;
    }

    /** Hands out the part once it is full; call after each whole line. */
    void lineDone() {
        if (out.length() >= partChars) {
            flush();
        }
    }

    void flush() {
        if (out.length() > 0) {
            parts.accept(out.toString());
            out = new StringBuilder(partChars + 4096);
        }
    }
}
