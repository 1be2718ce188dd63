package starman.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import starman.archive.ArchiveException;
import starman.archive.ByteSource;
import starman.archive.ZipDirectory;
import starman.archive.ZipEntry;

/**
 * What to read from a file the person chose: a ListenBrainz export ZIP ({@code user.json} and
 * {@code listens/<year>/<month>.jsonl}; a ZIP without a {@code listens/} folder gives all its
 * {@code .jsonl} files, as ListenBrainz's own importer takes them), or a bare JSONL file.
 */
public final class ImportFile {
    static final String USER_INFO = "user.json";
    private static final int CHUNK = 1 << 16;

    private ImportFile() {
    }

    /** The parts of the file to stream into a {@link ListenImport}, user information first. */
    public static List<ImportPart> plan(ByteSource file, String fileName) throws IOException {
        byte[] start = new byte[(int) Math.min(4096, file.size())];
        int n = file.read(0, start, 0, start.length);
        if (n == 0) {
            throw new ArchiveException("'" + fileName + "' is empty.");
        }
        if (ZipDirectory.looksLikeZip(start, n)) {
            return zipParts(file, fileName);
        }
        if (startsLikeJsonLines(start, n)) {
            return List.of(new ImportPart(fileName, 0, file.size(), file.size(), false, false));
        }
        throw new ArchiveException("'" + fileName + "' is neither a ListenBrainz export (a ZIP file) nor a JSONL"
                + " file of listens (one JSON object a line).");
    }

    private static List<ImportPart> zipParts(ByteSource file, String fileName) throws IOException {
        List<ZipEntry> entries = ZipDirectory.entries(file, fileName);
        boolean exportLayout = entries.stream().anyMatch(e -> e.name().startsWith("listens/"));
        List<ImportPart> parts = new ArrayList<>();
        for (ZipEntry entry : entries) {
            boolean userInfo = entry.name().equals(USER_INFO);
            boolean listens = !entry.isDirectory() && entry.name().endsWith(".jsonl")
                    && (!exportLayout || entry.name().startsWith("listens/"));
            if (!userInfo && !listens) {
                continue;
            }
            if (entry.method() != ZipEntry.STORED && entry.method() != ZipEntry.DEFLATED) {
                throw new ArchiveException("'" + entry.name() + "' in '" + fileName + "' is compressed with method "
                        + entry.method() + "; Starman reads only ZIP's usual DEFLATE (or no compression).");
            }
            ImportPart part = new ImportPart(entry.name(), ZipDirectory.dataStart(file, entry, fileName),
                    entry.compressedSize(), entry.size(), entry.method() == ZipEntry.DEFLATED, userInfo);
            if (userInfo) {
                parts.add(0, part);
            } else {
                parts.add(part);
            }
        }
        if (parts.stream().noneMatch(p -> !p.userInfo())) {
            throw new ArchiveException("'" + fileName + "' holds no listens: a ListenBrainz export keeps them in"
                    + " listens/<year>/<month>.jsonl.");
        }
        return parts;
    }

    /** JSON lines start with an object (after a byte order mark and blank space). */
    private static boolean startsLikeJsonLines(byte[] start, int n) {
        int i = n >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF ? 3 : 0;
        while (i < n && (start[i] == ' ' || start[i] == '\n' || start[i] == '\r' || start[i] == '\t')) {
            i++;
        }
        return i < n && start[i] == '{';
    }

    /**
     * Imports a whole file, inflating with {@link Inflater} (the JVM; the browser streams the same parts
     * through its native {@code DecompressionStream}).
     */
    public static ImportResult run(ByteSource file, String fileName, ListenImport job) throws IOException {
        for (ImportPart part : plan(file, fileName)) {
            job.begin(part);
            if (part.deflated()) {
                inflate(file, fileName, part, job);
            } else {
                copy(file, part, job);
            }
            job.end();
        }
        return job.finish();
    }

    private static void copy(ByteSource file, ImportPart part, ListenImport job) throws IOException {
        byte[] chunk = new byte[CHUNK];
        for (long at = 0; at < part.length(); ) {
            int n = file.read(part.offset() + at, chunk, 0, (int) Math.min(CHUNK, part.length() - at));
            if (n <= 0) {
                throw new ArchiveException("'" + part.name() + "' is cut short.");
            }
            job.accept(chunk, 0, n);
            at += n;
        }
    }

    private static void inflate(ByteSource file, String fileName, ImportPart part, ListenImport job)
            throws IOException {
        Inflater inflater = new Inflater(true);
        byte[] in = new byte[CHUNK];
        byte[] out = new byte[4 * CHUNK];
        long at = 0;
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (at >= part.length()) {
                        throw new ArchiveException(damaged(fileName, part, "it ends before its data does"));
                    }
                    int n = file.read(part.offset() + at, in, 0, (int) Math.min(CHUNK, part.length() - at));
                    if (n <= 0) {
                        throw new ArchiveException(damaged(fileName, part, "it ends before its data does"));
                    }
                    at += n;
                    inflater.setInput(in, 0, n);
                }
                int produced = inflater.inflate(out);
                if (produced > 0) {
                    job.accept(out, 0, produced);
                } else if (inflater.needsDictionary()) {
                    throw new ArchiveException(damaged(fileName, part, "its compressed data is not plain DEFLATE"));
                }
            }
        } catch (DataFormatException e) {
            throw new ArchiveException(damaged(fileName, part, "its compressed data is invalid"));
        } finally {
            inflater.end();
        }
    }

    static String damaged(String fileName, ImportPart part, String why) {
        return "'" + part.name() + "' in '" + fileName + "' is damaged: " + why + ".";
    }
}
