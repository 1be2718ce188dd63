package starman.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Sections of a Markdown file at the repository root that programs write: each between {@code <!-- begin NAME -->}
 * and {@code <!-- end NAME -->}, replaced whole, the rest of the file untouched (the fault suites' RELIABILITY.md,
 * the benchmarks' tables in BENCHMARKS.md).
 */
public final class MarkedSections {
    private MarkedSections() {
    }

    /** {@code name} at the repository root ({@code -Dstarman.basedir}, else the working directory). */
    public static Path file(String name) {
        return Paths.get(System.getProperty("starman.basedir", ".")).resolve(name);
    }

    /** Replaces (or appends) the section {@code name} of {@code file} with {@code markdown}; a new file starts as {@code header}. */
    public static void write(Path file, String header, String name, String markdown) {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : header;
            Files.writeString(file, replace(text, name, markdown), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the section {@code name} of {@code file} holds now, or "" when it has none. */
    public static String read(Path file, String name) {
        try {
            return Files.exists(file) ? section(Files.readString(file, StandardCharsets.UTF_8), name) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String section(String text, String name) {
        int from = text.indexOf(begin(name));
        int to = text.indexOf(end(name));
        return from < 0 || to < from ? "" : text.substring(from + begin(name).length(), to);
    }

    static String replace(String text, String name, String markdown) {
        String section = begin(name) + markdown.strip() + "\n" + end(name);
        int from = text.indexOf(begin(name));
        int to = text.indexOf(end(name));
        if (from < 0 || to < from) {
            return text.strip() + "\n\n" + section;
        }
        return text.substring(0, from) + section + text.substring(to + end(name).length());
    }

    private static String begin(String name) {
        return "<!-- begin " + name + " -->\n";
    }

    private static String end(String name) {
        return "<!-- end " + name + " -->\n";
    }
}
