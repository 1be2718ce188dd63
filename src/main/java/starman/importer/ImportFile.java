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
import starman.json.Utf8;

/**
 * What to read from a file the person chose, told by its first bytes: a ListenBrainz export ZIP
 * ({@code user.json} and {@code listens/<year>/<month>.jsonl}, DEFLATE since August 2025 and STORED before, ZIP64
 * past 2 GiB; a ZIP that is not an export gives all its {@code .jsonl} files, as ListenBrainz's own importer takes
 * them), a JSON array of listens (the export before August 2024, {@code NAME_lb-YYYY-MM-DD.json}), or a bare JSONL
 * file.
 */
public final class ImportFile {
    static final String USER_INFO = "user.json";
    private static final int START = 4096;

    /** Hears a part's bytes, inflated, in chunks. */
    public interface Sink {
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }

    private ImportFile() {
    }

    /** The parts of the file to stream into a {@link ListenImport}, user information first. */
    public static List<ImportPart> plan(ByteSource file, String fileName) throws IOException {
        byte[] start = new byte[(int) Math.min(START, file.size())];
        int n = file.read(0, start, 0, start.length);
        if (n == 0) {
            throw new ArchiveException("'" + fileName + "' is empty.");
        }
        if (ZipDirectory.looksLikeZip(start, n)) {
            return zipParts(file, fileName);
        }
        int first = textStart(start, n);
        if (first < n && start[first] == '{') {
            return List.of(new ImportPart(fileName, 0, file.size(), file.size(), false, ImportPart.Content.LINES));
        }
        if (first < n && (start[first] == '[' || start[first] == ']')) {
            if (n == file.size() && isEmptyArray(start, first, n)) {
                throw new ArchiveException("'" + fileName + "' is a JSON array of 0 listens: the export of a"
                        + " history that had none yet.");
            }
            return List.of(new ImportPart(fileName, 0, file.size(), file.size(), false, ImportPart.Content.ARRAY));
        }
        throw new ArchiveException("'" + fileName + "' is not a file of listens: " + found(start, first, n)
                + ". Starman reads the ZIP from listenbrainz.org's Settings → Export, an older export's JSON array"
                + " of listens, or a JSONL file (one listen a line).");
    }

    private static List<ImportPart> zipParts(ByteSource file, String fileName) throws IOException {
        List<ZipEntry> entries = ZipDirectory.entries(file, fileName);
        // an export keeps its listens under listens/ (beside it, feedback.jsonl and the like are not listens)
        boolean export = false;
        for (ZipEntry entry : entries) {
            export |= entry.name().startsWith("listens/") || entry.name().equals(USER_INFO);
        }
        List<ImportPart> parts = new ArrayList<>();
        for (ZipEntry entry : entries) {
            boolean userInfo = entry.name().equals(USER_INFO);
            boolean listens = !entry.isDirectory() && entry.name().endsWith(".jsonl")
                    && (!export || entry.name().startsWith("listens/"));
            if (!userInfo && !listens) {
                continue;
            }
            if (entry.method() != ZipEntry.STORED && entry.method() != ZipEntry.DEFLATED) {
                throw new ArchiveException("'" + entry.name() + "' in '" + fileName + "' is compressed with method "
                        + entry.method() + methodName(entry.method()) + ", which Starman cannot read: it reads ZIP's"
                        + " usual DEFLATE and uncompressed (stored) entries. Zip the files again with the usual"
                        + " settings, or import the .jsonl files themselves.");
            }
            ImportPart part = new ImportPart(entry.name(), ZipDirectory.dataStart(file, entry, fileName),
                    entry.compressedSize(), entry.size(), entry.method() == ZipEntry.DEFLATED,
                    userInfo ? ImportPart.Content.USER_INFO : ImportPart.Content.LINES);
            if (userInfo) {
                parts.add(0, part);
            } else {
                parts.add(part);
            }
        }
        // the user info goes first, so the last part is listens if any part is
        if (parts.isEmpty() || parts.get(parts.size() - 1).content() == ImportPart.Content.USER_INFO) {
            throw new ArchiveException("'" + fileName + "' holds no listens: " + (export
                    ? "it is a ListenBrainz export with nothing under listens/ (" + names(entries) + "), the export"
                    + " of a history that had no listens yet."
                    : "it is a ZIP with no listens/ folder and no .jsonl file (" + names(entries) + "). A ListenBrainz"
                    + " export keeps them in listens/<year>/<month>.jsonl."));
        }
        return parts;
    }

    /** The first few entries' names, for a message. */
    private static String names(List<ZipEntry> entries) {
        if (entries.isEmpty()) {
            return "it is empty";
        }
        List<String> names = new ArrayList<>();
        for (ZipEntry entry : entries.subList(0, Math.min(3, entries.size()))) {
            names.add(entry.name());
        }
        return "it holds " + String.join(", ", names) + (entries.size() > 3 ? " and " + (entries.size() - 3)
                + " more" : "");
    }

    private static String methodName(int method) {
        return switch (method) {
            case 9 -> " (Deflate64)";
            case 12 -> " (bzip2)";
            case 14 -> " (LZMA)";
            case 93 -> " (Zstandard)";
            case 95 -> " (XZ)";
            case 99 -> " (AES encryption)";
            default -> "";
        };
    }

    /** Where the text starts, after a byte order mark and blank space. */
    private static int textStart(byte[] start, int n) {
        boolean bom = n >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF;
        return skipBlank(start, bom ? 3 : 0, n);
    }

    /** {@code []}, or the lone {@code ]} listenbrainz.org wrote for a history without listens, and blank space. */
    private static boolean isEmptyArray(byte[] start, int first, int n) {
        int i = start[first] == '[' ? skipBlank(start, first + 1, n) : first;
        return i < n && start[i] == ']' && skipBlank(start, i + 1, n) == n;
    }

    private static int skipBlank(byte[] start, int from, int n) {
        int i = from;
        while (i < n && isBlank(start[i])) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** What the file looks like: blank, text (its first words), or binary data. */
    private static String found(byte[] start, int first, int n) {
        if (first == n) {
            return "it holds only blank space";
        }
        String text = Utf8.decode(start, first, Math.min(80, n - first));
        if (n - first > 80 && text.endsWith("\uFFFD")) {
            text = text.substring(0, text.length() - 1); // a character cut in two
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0xFFFD || c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return "it is neither a ZIP archive nor JSON";
            }
        }
        int lineEnd = text.indexOf('\n');
        String words = (lineEnd < 0 ? text : text.substring(0, lineEnd)).strip();
        String shown = words.length() > 20 ? words.substring(0, Character.isHighSurrogate(words.charAt(19)) ? 21 : 20)
                : words;
        return "it is text that starts with '" + shown + "', not JSON";
    }

    /**
     * Imports a whole file, inflating with {@link Inflater} (the JVM; the browser streams the same parts
     * through its native {@code DecompressionStream}).
     */
    public static ImportResult run(ByteSource file, String fileName, ListenImport job) throws IOException {
        byte[] chunk = new byte[1 << 18];
        for (ImportPart part : plan(file, fileName)) {
            job.begin(part);
            stream(file, fileName, part, chunk, job::accept);
            job.end();
        }
        return job.finish();
    }

    /** Streams a part's bytes, inflated when it is deflated, into {@code sink} through {@code chunk}, filled whole. */
    public static void stream(ByteSource file, String fileName, ImportPart part, byte[] chunk, Sink sink)
            throws IOException {
        if (part.deflated()) {
            inflate(file, fileName, part, chunk, sink);
            return;
        }
        for (long at = 0; at < part.length(); ) {
            int n = file.read(part.offset() + at, chunk, 0, (int) Math.min(chunk.length, part.length() - at));
            if (n <= 0) {
                throw new ArchiveException("'" + part.name() + "' is cut short.");
            }
            sink.accept(chunk, 0, n);
            at += n;
        }
    }

    /** Inflates into whole chunks (a listen reader is quickest on big ones), from input read a sixteenth as big. */
    private static void inflate(ByteSource file, String fileName, ImportPart part, byte[] out, Sink sink)
            throws IOException {
        Inflater inflater = new Inflater(true);
        byte[] in = new byte[Math.max(1 << 12, out.length / 16)];
        int filled = 0;
        long at = 0;
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    int n = at >= part.length() ? 0
                            : file.read(part.offset() + at, in, 0, (int) Math.min(in.length, part.length() - at));
                    if (n <= 0) {
                        throw new ArchiveException(damaged(fileName, part, "it ends before its data does"));
                    }
                    at += n;
                    inflater.setInput(in, 0, n);
                }
                int produced = inflater.inflate(out, filled, out.length - filled);
                filled += produced;
                if (filled == out.length || filled > 0 && inflater.finished()) {
                    sink.accept(out, 0, filled);
                    filled = 0;
                } else if (produced == 0 && inflater.needsDictionary()) {
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
