package starman.browser;

import java.io.IOException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;
import starman.archive.ArchiveException;
import starman.archive.ByteSource;
import starman.importer.ImportFile;
import starman.importer.ImportPart;
import starman.importer.ImportResult;
import starman.importer.ListenImport;
import starman.store.DayBlockStore;
import starman.store.ListenStore;

/**
 * Streams a {@code File} the person chose into a {@link ListenImport}: the ZIP's directory is read with
 * {@code slice().arrayBuffer()}, then each part flows through {@code slice().stream()} and, when deflated,
 * the browser's native {@code DecompressionStream('deflate-raw')}; chunks cross into Java as one bulk copy
 * each. Nothing holds the file, or an entry, whole.
 */
public final class FileImport {
    /** Hears how far the import is: bytes of the file read so far (estimated inside a compressed part). */
    public interface Progress {
        void update(long bytesDone, long bytesTotal, ImportResult soFar);
    }

    private FileImport() {
    }

    /**
     * Imports the file into {@code store}. Throws {@link ArchiveException} for a file that is not an export
     * (or is damaged), a {@link starman.store.StorageException} when the store refuses a batch; the batches
     * before it are stored whole.
     */
    public static ImportResult run(JSObject file, ListenStore listens, String userName, Progress progress)
            throws IOException {
        // this browser's listens are day blocks (BrowserStore); the import writes their ids straight in
        DayBlockStore store = (DayBlockStore) listens;
        String name = fileName(file);
        ByteSource source = source(file);
        long total = source.size();
        ListenImport job = new ListenImport(store, userName, ListenImport.DEFAULT_BATCH);
        long done = 0;
        for (ImportPart part : ImportFile.plan(source, name)) {
            job.begin(part);
            JSObject reader = open(file, (double) part.offset(), (double) (part.offset() + part.length()),
                    part.deflated());
            long inflated = 0;
            while (true) {
                Chunk chunk;
                try {
                    chunk = Promises.await(read(reader));
                } catch (IOException e) {
                    throw new ArchiveException("'" + part.name() + "' in '" + name + "' is damaged: "
                            + (part.deflated() ? "its compressed data is invalid." : "it could not be read."));
                }
                if (chunk.isDone()) {
                    break;
                }
                byte[] bytes = Int8Array.create(chunk.getValue().getBuffer(), chunk.getValue().getByteOffset(),
                        chunk.getValue().getLength()).copyToJavaArray();
                if (part.content() == ImportPart.Content.LINES) {
                    int[] newlines = newlines(chunk.getValue()).copyToJavaArray();
                    job.accept(bytes, 0, bytes.length, newlines, newlines.length);
                } else {
                    job.accept(bytes, 0, bytes.length);
                }
                inflated += bytes.length;
                progress.update(done + (part.size() == 0 ? 0 : part.length() * Math.min(inflated, part.size())
                        / part.size()), total, job.result());
            }
            job.end();
            done += part.length();
        }
        ImportResult result = job.finish();
        progress.update(total, total, result);
        return result;
    }

    private static ByteSource source(JSObject file) {
        long size = (long) fileSize(file);
        return new ByteSource() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public int read(long position, byte[] into, int offset, int length) throws IOException {
                ArrayBuffer buffer = Promises.await(slice(file, (double) position, (double) (position + length)));
                byte[] bytes = Int8Array.create(buffer).copyToJavaArray();
                System.arraycopy(bytes, 0, into, offset, bytes.length);
                return bytes.length;
            }
        };
    }

    interface Chunk extends JSObject {
        @JSProperty
        boolean isDone();

        @JSProperty
        Uint8Chunk getValue();
    }

    interface Uint8Chunk extends JSObject {
        @JSProperty
        ArrayBuffer getBuffer();

        @JSProperty
        int getByteOffset();

        @JSProperty
        int getLength();
    }

    @JSBody(params = "file", script = "return file.name;")
    private static native String fileName(JSObject file);

    @JSBody(params = "file", script = "return file.size;")
    private static native double fileSize(JSObject file);

    @JSBody(params = {"file", "start", "end"}, script = "return file.slice(start, end).arrayBuffer();")
    private static native JSObject slice(JSObject file, double start, double end);

    @JSBody(params = {"file", "start", "end", "deflated"}, script = ""
            + "var stream = file.slice(start, end).stream();"
            + "if (deflated) { stream = stream.pipeThrough(new DecompressionStream('deflate-raw')); }"
            + "return stream.getReader();")
    private static native JSObject open(JSObject file, double start, double end, boolean deflated);

    /** Where the chunk's line ends are: the browser's indexOf runs natively, a scan in wasm would not. */
    @JSBody(params = "bytes", script = "var ends = [];"
            + "for (var i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) { ends.push(i); }"
            + "return new Int32Array(ends);")
    private static native Int32Array newlines(Uint8Chunk bytes);

    @JSBody(params = "reader", script = "return reader.read();")
    private static native JSObject read(JSObject reader);
}
