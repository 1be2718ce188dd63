package starman.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import starman.importer.ExportZip;
import starman.model.Listen;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.simulator.RealisticHistory;

/**
 * The history a benchmark runs on, chosen with {@code -Dstarman.history=simulator|realistic|worst}: the simulator's demo history (1,439 distinct tracks at 1M), the realistic one of issue 13
 * ({@link RealisticHistory}: ~275,000 distinct submissions at 1M), or its worst case (an msid and an
 * additional_info of its own on every listen). Its files (the export ZIP, a JSONL of export lines) are written once
 * into {@code target/bench-histories/} and reused.
 */
public enum BenchHistory {
    SIMULATOR, REALISTIC, WORST;

    /** Where every history of a file ends: the newest listen is two minutes before. */
    static final long END = 1_764_000_000L;
    /** A cold start served by the simulator gets only this much of a realistic history's end (see {@link #simulator}). */
    private static final long SERVED_TAIL_SECONDS = 30 * 86_400L;

    /** The history {@code -Dstarman.history} names, else {@code otherwise}. */
    static BenchHistory chosen(BenchHistory otherwise) {
        return valueOf(System.getProperty("starman.history", otherwise.name()).toUpperCase(Locale.ROOT));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The realistic history, or its worst case, of {@code listens} listens ending at {@link #END}. */
    RealisticHistory realistic(int listens) {
        if (this == SIMULATOR) {
            throw new IllegalStateException("the simulator's history is not a RealisticHistory");
        }
        RealisticHistory history = RealisticHistory.of(listens, END);
        return this == WORST ? history.mode(RealisticHistory.Mode.WORST_CASE) : history;
    }

    /** Generates the listens oldest first; only the simulator's history is held whole while it does. */
    void forEach(int listens, Consumer<Listen> action) {
        if (this == SIMULATOR) {
            HistoryGenerator.generate(HistoryGenerator.DEFAULT_SEED, ListenBrainzSimulator.DEMO_USER, listens, END)
                    .listens().forEach(action);
        } else {
            realistic(listens).forEach(action);
        }
    }

    /** The export ZIP of the history, as listenbrainz.org writes it. */
    Path exportZip(int listens) throws IOException {
        return once(file(listens, "zip"), out -> {
            try (ExportZip zip = new ExportZip(ListenBrainzSimulator.DEMO_USER, out, ExportZip.Shape.STREAMED)) {
                forEach(listens, listen -> {
                    try {
                        zip.add(listen);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
    }

    /** The history as one export line a listen, the file {@code starman stats --listens} reads. */
    Path jsonl(int listens) throws IOException {
        return once(file(listens, "jsonl"), out -> {
            try (Writer lines = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
                forEach(listens, listen -> {
                    try {
                        lines.write(ExportZip.line(listen));
                        lines.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
    }

    /**
     * A simulator serving this history's user "demo" for a page to sync: the simulator's own history ending now (the
     * page syncs it whole); of a realistic one only its last 30 days, because such a page is filled by importing
     * {@link #exportZip} first and then syncs only what is newer and the re-scan window, so a million listens of the
     * worst case never sit in the simulator's memory.
     */
    ListenBrainzSimulator.Builder simulator(int listens) {
        if (this == SIMULATOR) {
            return ListenBrainzSimulator.builder().demoUser(listens, 3);
        }
        List<Listen> tail = new ArrayList<>();
        realistic(listens).forEach(l -> {
            if (l.listenedAt() >= END - SERVED_TAIL_SECONDS) {
                tail.add(l);
            }
        });
        return ListenBrainzSimulator.builder().user(ListenBrainzSimulator.DEMO_USER, tail);
    }

    private Path file(int listens, String extension) {
        return Path.of(System.getProperty("starman.target", "target"), "bench-histories",
                label() + "_" + listens + "." + extension);
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Writes the file unless it is there, through a temporary file, so an interrupted write is never reused. */
    private static Path once(Path file, Content content) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
                content.write(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        }
        return file;
    }
}
