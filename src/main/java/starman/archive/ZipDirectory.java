package starman.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a ZIP archive's central directory (from its end) and the local headers it points to. Reading the
 * directory first, rather than walking local headers from the start, gives every entry's sizes even when
 * the writer streamed them into data descriptors after the data (flag bit 3), and lets a reader jump
 * straight to the entries it wants.
 */
public final class ZipDirectory {
    static final int LOCAL_HEADER = 0x04034b50;
    static final int CENTRAL_HEADER = 0x02014b50;
    static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int LOCAL_HEADER_SIZE = 30;

    private ZipDirectory() {
    }

    /** Whether the bytes start like a ZIP archive (a local header, or the end record of an empty archive). */
    public static boolean looksLikeZip(byte[] start, int length) {
        if (length < 4) {
            return false;
        }
        int signature = int32(start, 0);
        return signature == LOCAL_HEADER || signature == END_OF_DIRECTORY;
    }

    /** The archive's entries in directory order. */
    public static List<ZipEntry> entries(ByteSource zip, String fileName) throws IOException {
        long size = zip.size();
        int tail = (int) Math.min(size, END_SIZE + MAX_COMMENT);
        byte[] end = new byte[tail];
        readFully(zip, size - tail, end, tail, fileName);
        int at = -1;
        for (int i = tail - END_SIZE; i >= 0; i--) {
            if (int32(end, i) == END_OF_DIRECTORY && i + END_SIZE + uint16(end, i + 20) <= tail) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new ArchiveException("'" + fileName + "' is cut short or damaged: the list of files at the end of a"
                    + " ZIP archive is missing. Download the export again.");
        }
        int count = uint16(end, at + 10);
        long directorySize = uint32(end, at + 12);
        long directoryOffset = uint32(end, at + 16);
        if (count == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
            throw new ArchiveException("'" + fileName + "' is a ZIP64 archive (over 4 GB or 65,535 files), which"
                    + " Starman cannot read yet.");
        }
        if (directoryOffset + directorySize > size - tail + at) {
            throw new ArchiveException("'" + fileName + "' is cut short or damaged: its list of files points past"
                    + " the end of the file. Download the export again.");
        }
        byte[] directory = new byte[(int) directorySize];
        readFully(zip, directoryOffset, directory, directory.length, fileName);
        List<ZipEntry> entries = new ArrayList<>(count);
        int p = 0;
        for (int i = 0; i < count; i++) {
            if (p + 46 > directory.length || int32(directory, p) != CENTRAL_HEADER) {
                throw new ArchiveException("'" + fileName + "' is damaged: its list of files is unreadable.");
            }
            int flags = uint16(directory, p + 8);
            int method = uint16(directory, p + 10);
            long compressed = uint32(directory, p + 20);
            long uncompressed = uint32(directory, p + 24);
            int nameLength = uint16(directory, p + 28);
            int extraLength = uint16(directory, p + 30);
            int commentLength = uint16(directory, p + 32);
            long offset = uint32(directory, p + 42);
            if (p + 46 + nameLength > directory.length) {
                throw new ArchiveException("'" + fileName + "' is damaged: its list of files is unreadable.");
            }
            // bit 11: UTF-8 names; older writers used CP437, which agrees with it on ASCII names
            String name = new String(directory, p + 46, nameLength,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            if ((flags & 1) != 0) {
                throw new ArchiveException("'" + fileName + "' is encrypted; export it again without a password.");
            }
            if (compressed == 0xFFFFFFFFL || uncompressed == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
                throw new ArchiveException("'" + name + "' in '" + fileName + "' is over 4 GB (ZIP64), which"
                        + " Starman cannot read yet.");
            }
            entries.add(new ZipEntry(name, method, compressed, uncompressed, offset));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /** Where an entry's (compressed) data starts: after its local header, whose name and extra field may differ from the directory's. */
    public static long dataStart(ByteSource zip, ZipEntry entry, String fileName) throws IOException {
        byte[] header = new byte[LOCAL_HEADER_SIZE];
        readFully(zip, entry.localHeaderOffset(), header, header.length, fileName);
        if (int32(header, 0) != LOCAL_HEADER) {
            throw new ArchiveException("'" + fileName + "' is damaged: '" + entry.name() + "' is not where its list"
                    + " of files says.");
        }
        long start = entry.localHeaderOffset() + LOCAL_HEADER_SIZE + uint16(header, 26) + uint16(header, 28);
        if (start + entry.compressedSize() > zip.size()) {
            throw new ArchiveException("'" + fileName + "' is cut short: '" + entry.name() + "' runs past its end.");
        }
        return start;
    }

    private static void readFully(ByteSource zip, long position, byte[] into, int length, String fileName)
            throws IOException {
        if (zip.read(position, into, 0, length) != length) {
            throw new ArchiveException("'" + fileName + "' is cut short.");
        }
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int at) {
        return uint16(b, at) | uint16(b, at + 2) << 16;
    }

    private static long uint32(byte[] b, int at) {
        return int32(b, at) & 0xFFFFFFFFL;
    }
}
