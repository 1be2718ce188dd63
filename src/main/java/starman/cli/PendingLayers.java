package starman.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import starman.model.ListenKey;

/**
 * Listens on their way into the mirror, oldest first: a layer in memory and, each time it outgrows its budget, a run
 * spilled from it into a sorted file beside the mirror. Runs are only a cache of what the journal (or the file being
 * imported) holds, so they are neither forced to disk nor kept past {@link #close}.
 */
final class PendingLayers implements Closeable {
    private final long memoryBytes;
    private final Supplier<Path> runPaths;
    private final List<MirrorLayer.Run> runs = new ArrayList<>();
    private MirrorLayer.InMemory memory = new MirrorLayer.InMemory();
    private long runBytes;

    /** @param runPaths names a new run file each time it is asked */
    PendingLayers(long memoryBytes, Supplier<Path> runPaths) {
        this.memoryBytes = memoryBytes;
        this.runPaths = runPaths;
    }

    /** The newest layer, the one to add to. */
    MirrorLayer.InMemory memory() {
        return memory;
    }

    /** Spills the memory layer into a run once it has outgrown its budget. */
    void spillIfFull() throws IOException {
        if (memory.bytes() < memoryBytes) {
            return;
        }
        Path path = runPaths.get();
        MirrorFile file;
        try (MirrorFile.Writer out = MirrorFile.write(path)) {
            for (Map.Entry<ListenKey, byte[]> line : memory.lines()) {
                out.add(line.getKey(), line.getValue(), 0, line.getValue().length);
            }
            file = out.finish(path);
        }
        runs.add(new MirrorLayer.Run(file, memory.cleared()));
        runBytes += file.bytes();
        memory = new MirrorLayer.InMemory();
    }

    int runs() {
        return runs.size();
    }

    /** The size of the run files. */
    long runBytes() {
        return runBytes;
    }

    boolean isEmpty() {
        return runs.isEmpty() && memory.isEmpty();
    }

    /** The layers with the newest first: a later sync page decides over an earlier one. */
    List<MirrorLayer> newestFirst() {
        List<MirrorLayer> layers = new ArrayList<>();
        layers.add(memory);
        for (int i = runs.size() - 1; i >= 0; i--) {
            layers.add(runs.get(i));
        }
        return layers;
    }

    /** The layers with the oldest first: an import's first line of a key decides over a later one. */
    List<MirrorLayer> oldestFirst() {
        List<MirrorLayer> layers = new ArrayList<>(runs);
        layers.add(memory);
        return layers;
    }

    /** Deletes the run files and forgets every layer. */
    @Override
    public void close() throws IOException {
        for (MirrorLayer.Run run : runs) {
            Files.deleteIfExists(run.file().path());
        }
        runs.clear();
        runBytes = 0;
        memory = new MirrorLayer.InMemory();
    }
}
