package starman.archive;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a ZIP archive record by record, as Python's zipfile (which writes ListenBrainz's exports) does, ZIP64
 * included, so tests hold archives of every shape without gigabytes: a ZIP64 archive is written with its ZIP64
 * records even for small sizes, as zipfile does with {@code force_zip64}.
 */
public final class ZipWriter implements Closeable {
    /** Which of ZIP64's records the archive gets. */
    public enum Zip64 {
        /** None: 32-bit sizes and offsets everywhere. */
        NONE,
        /**
         * As zipfile writes an archive of 2 to 4 GiB: the ZIP64 end record and locator, the end record's own values
         * kept, and in the directory the offsets past the first entry's (as past 2 GiB) moved to the ZIP64 extra
         * field, sizes kept (they still fit).
         */
        OFFSETS,
        /** As past 4 GiB: every size, offset and count escaped (0xFFFFFFFF, 0xFFFF) to its ZIP64 place. */
        ALL
    }

    /** Whether sizes follow each entry's data (flag bit 3), as a writer that cannot seek back does. */
    public enum Descriptor { NONE, SIGNED, UNSIGNED }

    private static final long ESCAPED = 0xFFFFFFFFL;
    private final CountingStream out;
    private final Zip64 zip64;
    private final Descriptor descriptor;
    private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
    private int count;

    public ZipWriter(OutputStream out, Zip64 zip64, Descriptor descriptor) {
        this.out = new CountingStream(out);
        this.zip64 = zip64;
        this.descriptor = descriptor;
    }

    /** Adds an entry: its data STORED, or DEFLATEd. */
    public void add(String name, byte[] data, boolean deflate) throws IOException {
        CRC32 crc32 = new CRC32();
        crc32.update(data);
        long crc = crc32.getValue();
        byte[] stored = deflate ? deflate(data) : data;
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int flags = (descriptor == Descriptor.NONE ? 0 : 8) | (isAscii(name) ? 0 : 0x800);
        int method = deflate ? ZipEntry.DEFLATED : ZipEntry.STORED;
        int version = zip64 == Zip64.NONE ? 20 : 45;
        long offset = out.count;
        boolean later = descriptor != Descriptor.NONE;

        // the local header: with force_zip64, zipfile escapes both sizes to a ZIP64 field (zeros when they follow)
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        if (zip64 != Zip64.NONE) {
            short16(extra, ZipDirectory.ZIP64_EXTRA);
            short16(extra, 16);
            long64(extra, later ? 0 : data.length);
            long64(extra, later ? 0 : stored.length);
        }
        ByteArrayOutputStream local = new ByteArrayOutputStream();
        int32(local, ZipDirectory.LOCAL_HEADER);
        short16(local, version);
        short16(local, flags);
        short16(local, method);
        int32(local, 0); // time and date: 1980-00-00
        int32(local, later ? 0 : crc);
        int32(local, zip64 != Zip64.NONE ? ESCAPED : later ? 0 : stored.length);
        int32(local, zip64 != Zip64.NONE ? ESCAPED : later ? 0 : data.length);
        short16(local, nameBytes.length);
        short16(local, extra.size());
        local.write(nameBytes);
        extra.writeTo(local);
        local.writeTo(out);
        out.write(stored);
        if (later) {
            ByteArrayOutputStream after = new ByteArrayOutputStream();
            if (descriptor == Descriptor.SIGNED) {
                int32(after, 0x08074b50);
            }
            int32(after, crc);
            if (zip64 != Zip64.NONE) {
                long64(after, stored.length);
                long64(after, data.length);
            } else {
                int32(after, stored.length);
                int32(after, data.length);
            }
            after.writeTo(out);
        }

        boolean escapeSizes = zip64 == Zip64.ALL;
        boolean escapeOffset = zip64 == Zip64.ALL || zip64 == Zip64.OFFSETS && count > 0;
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        if (escapeSizes) {
            long64(field, data.length);
            long64(field, stored.length);
        }
        if (escapeOffset) {
            long64(field, offset);
        }
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        int32(central, ZipDirectory.CENTRAL_HEADER);
        short16(central, 0x0300 | version); // made on Unix
        short16(central, version);
        short16(central, flags);
        short16(central, method);
        int32(central, 0);
        int32(central, crc);
        int32(central, escapeSizes ? ESCAPED : stored.length);
        int32(central, escapeSizes ? ESCAPED : data.length);
        short16(central, nameBytes.length);
        short16(central, field.size() == 0 ? 0 : 4 + field.size());
        short16(central, 0); // comment
        short16(central, 0); // disk
        short16(central, 0); // internal attributes
        int32(central, 0100644L << 16); // external: a Unix file, rw-r--r--
        int32(central, escapeOffset ? ESCAPED : offset);
        central.write(nameBytes);
        if (field.size() > 0) {
            short16(central, ZipDirectory.ZIP64_EXTRA);
            short16(central, field.size());
            field.writeTo(central);
        }
        central.writeTo(directory);
        count++;
    }

    @Override
    public void close() throws IOException {
        long start = out.count;
        directory.writeTo(out);
        long size = directory.size();
        ByteArrayOutputStream end = new ByteArrayOutputStream();
        if (zip64 != Zip64.NONE) {
            long record = out.count;
            int32(end, ZipDirectory.ZIP64_END);
            long64(end, 44);
            short16(end, 45);
            short16(end, 45);
            int32(end, 0);
            int32(end, 0);
            long64(end, count);
            long64(end, count);
            long64(end, size);
            long64(end, start);
            int32(end, ZipDirectory.ZIP64_LOCATOR);
            int32(end, 0);
            long64(end, record);
            int32(end, 1);
        }
        boolean escape = zip64 == Zip64.ALL;
        int32(end, ZipDirectory.END_OF_DIRECTORY);
        int32(end, 0);
        short16(end, escape ? 0xFFFF : count);
        short16(end, escape ? 0xFFFF : count);
        int32(end, escape ? ESCAPED : size);
        int32(end, escape ? ESCAPED : start);
        short16(end, 0);
        end.writeTo(out);
        out.close();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }

    private static void short16(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
    }

    private static void int32(ByteArrayOutputStream out, long v) {
        short16(out, (int) v);
        short16(out, (int) (v >>> 16));
    }

    private static void long64(ByteArrayOutputStream out, long v) {
        int32(out, v);
        int32(out, v >>> 32);
    }

    /** Counts what it passes on: the offsets the directory gives. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
