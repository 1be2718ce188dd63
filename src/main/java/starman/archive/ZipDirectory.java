package starman.archive;

import java.io.IOException;
import starman.json.Utf8;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a ZIP archive's central directory (from its end) and the local headers it points to. Reading the
 * directory first, rather than walking local headers from the start, gives every entry's sizes even when
 * the writer streamed them into data descriptors after the data (flag bit 3), and lets a reader jump
 * straight to the entries it wants. ZIP64 archives are read too: Python's zipfile, which writes ListenBrainz's
 * exports, switches to them past 2 GiB, giving the directory's place in a ZIP64 end record and an entry's
 * sizes and offset, where they do not fit 32 bits, in its ZIP64 extra field.
 */
public final class ZipDirectory {
    static final int LOCAL_HEADER = 0x04034b50;
    static final int CENTRAL_HEADER = 0x02014b50;
    static final int END_OF_DIRECTORY = 0x06054b50;
    static final int ZIP64_END = 0x06064b50;
    static final int ZIP64_LOCATOR = 0x07064b50;
    static final int ZIP64_EXTRA = 0x0001;
    private static final int END_SIZE = 22;
    private static final int LOCATOR_SIZE = 20;
    private static final int ZIP64_END_SIZE = 56;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int LOCAL_HEADER_SIZE = 30;
    private static final int CENTRAL_HEADER_SIZE = 46;
    private static final long ESCAPED = 0xFFFFFFFFL;
    /** A directory is read whole; an export's has a few hundred entries, some 100 bytes each. */
    private static final long MAX_DIRECTORY = 64L << 20;

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
        long endRecord = size - tail + at;
        long count = uint16(end, at + 10);
        long directorySize = uint32(end, at + 12);
        long directoryOffset = uint32(end, at + 16);
        long directoryEnd = endRecord;
        long zip64End = zip64End(zip, endRecord, fileName);
        if (zip64End >= 0) {
            byte[] record = new byte[ZIP64_END_SIZE];
            readFully(zip, zip64End, record, record.length, fileName);
            if (int32(record, 0) != ZIP64_END) {
                throw damaged(fileName, "its ZIP64 end record is not where its locator says");
            }
            count = int64(record, 32);
            directorySize = int64(record, 40);
            directoryOffset = int64(record, 48);
            directoryEnd = zip64End;
        } else if (directorySize == ESCAPED || directoryOffset == ESCAPED) {
            throw damaged(fileName, "its end record leaves the list of files to a ZIP64 record that is missing");
        }
        if (count < 0 || directorySize < 0 || directoryOffset < 0 || directoryOffset + directorySize > directoryEnd) {
            throw new ArchiveException("'" + fileName + "' is cut short or damaged: its list of files points past"
                    + " the end of the file. Download the export again.");
        }
        if (directorySize > MAX_DIRECTORY) {
            throw new ArchiveException("'" + fileName + "' lists " + count + " files in " + (directorySize >> 20)
                    + " MB, more than Starman reads (a ListenBrainz export lists a few hundred).");
        }
        if (count > directorySize / CENTRAL_HEADER_SIZE) {
            throw damaged(fileName, "its list of files is unreadable");
        }
        byte[] directory = new byte[(int) directorySize];
        readFully(zip, directoryOffset, directory, directory.length, fileName);
        List<ZipEntry> entries = new ArrayList<>((int) count);
        int p = 0;
        for (long i = 0; i < count; i++) {
            if (p + CENTRAL_HEADER_SIZE > directory.length || int32(directory, p) != CENTRAL_HEADER) {
                throw damaged(fileName, "its list of files is unreadable");
            }
            int flags = uint16(directory, p + 8);
            int method = uint16(directory, p + 10);
            long compressed = uint32(directory, p + 20);
            long uncompressed = uint32(directory, p + 24);
            int nameLength = uint16(directory, p + 28);
            int extraLength = uint16(directory, p + 30);
            int commentLength = uint16(directory, p + 32);
            long offset = uint32(directory, p + 42);
            int extra = p + CENTRAL_HEADER_SIZE + nameLength;
            if (extra + extraLength > directory.length) {
                throw damaged(fileName, "its list of files is unreadable");
            }
            // bit 11: UTF-8 names; older writers used CP437, which agrees with it on ASCII names
            String name = (flags & 0x800) != 0 ? Utf8.decode(directory, p + CENTRAL_HEADER_SIZE, nameLength)
                    : latin1(directory, p + CENTRAL_HEADER_SIZE, nameLength);
            if ((flags & 1) != 0) {
                throw new ArchiveException("'" + fileName + "' is encrypted; export it again without a password.");
            }
            if (uncompressed == ESCAPED || compressed == ESCAPED || offset == ESCAPED) {
                // the ZIP64 field holds, in this order, exactly the values escaped in the header
                int field = zip64Extra(directory, extra, extraLength);
                int fieldEnd = field < 0 ? -1 : field + uint16(directory, field - 2);
                if (uncompressed == ESCAPED) {
                    uncompressed = field < 0 || field + 8 > fieldEnd ? -1 : int64(directory, field);
                    field += 8;
                }
                if (compressed == ESCAPED) {
                    compressed = field < 0 || field + 8 > fieldEnd ? -1 : int64(directory, field);
                    field += 8;
                }
                if (offset == ESCAPED) {
                    offset = field < 0 || field + 8 > fieldEnd ? -1 : int64(directory, field);
                }
                if (uncompressed < 0 || compressed < 0 || offset < 0) {
                    throw damaged(fileName, "the ZIP64 sizes of '" + name + "' are missing or unreadable");
                }
            }
            entries.add(new ZipEntry(name, method, compressed, uncompressed, offset));
            p = extra + extraLength + commentLength;
        }
        return entries;
    }

    /** Where the ZIP64 end record is, as the locator just before the end record says; -1 for an archive without. */
    private static long zip64End(ByteSource zip, long endRecord, String fileName) throws IOException {
        if (endRecord < LOCATOR_SIZE) {
            return -1;
        }
        byte[] locator = new byte[LOCATOR_SIZE];
        readFully(zip, endRecord - LOCATOR_SIZE, locator, LOCATOR_SIZE, fileName);
        if (int32(locator, 0) != ZIP64_LOCATOR) {
            return -1;
        }
        long at = int64(locator, 8);
        if (at < 0 || at + ZIP64_END_SIZE > endRecord - LOCATOR_SIZE) {
            throw damaged(fileName, "its ZIP64 locator points outside the file");
        }
        return at;
    }

    /** Where the data of the ZIP64 extra field starts in {@code b[from, from + length)}; -1 if it has none. */
    private static int zip64Extra(byte[] b, int from, int length) {
        int end = from + length;
        for (int at = from; at + 4 <= end; at += 4 + uint16(b, at + 2)) {
            if (uint16(b, at) == ZIP64_EXTRA) {
                return at + 4 + uint16(b, at + 2) <= end ? at + 4 : -1;
            }
        }
        return -1;
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

    private static ArchiveException damaged(String fileName, String why) {
        return new ArchiveException("'" + fileName + "' is damaged: " + why + ".");
    }

    private static void readFully(ByteSource zip, long position, byte[] into, int length, String fileName)
            throws IOException {
        if (position < 0 || position + length > zip.size() || zip.read(position, into, 0, length) != length) {
            throw new ArchiveException("'" + fileName + "' is cut short.");
        }
    }

    /** ISO 8859-1: each byte its own char (no charset decoder in the page). */
    private static String latin1(byte[] b, int at, int n) {
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) (b[at + i] & 0xff);
        }
        return new String(chars);
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

    /** Eight bytes little-endian; negative past 2^63, which no real archive reaches. */
    private static long int64(byte[] b, int at) {
        return uint32(b, at) | (long) int32(b, at + 4) << 32;
    }
}
