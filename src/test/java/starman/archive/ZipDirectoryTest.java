package starman.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipDirectoryTest {
    private static final String LONG_TEXT = "Heroes, just for one day\n".repeat(2000);

    /** A ZIP with a deflated entry (sizes in a data descriptor, as ZipOutputStream streams them) and a stored one. */
    static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("listens/2024/3.jsonl"));
            zip.write(LONG_TEXT.getBytes(StandardCharsets.UTF_8));
            byte[] stored = "stored ✓".getBytes(StandardCharsets.UTF_8);
            java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("user.json");
            entry.setMethod(java.util.zip.ZipEntry.STORED);
            entry.setSize(stored.length);
            CRC32 crc = new CRC32();
            crc.update(stored);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(stored);
            zip.setComment("a comment moves the end record");
        }
        return bytes.toByteArray();
    }

    @Test
    void readsEntriesOfStoredAndDeflatedFilesIncludingDataDescriptors() throws Exception {
        byte[] zip = zip();
        ByteSource source = ByteSource.of(zip);
        List<ZipEntry> entries = ZipDirectory.entries(source, "export.zip");

        assertThat(entries).extracting(ZipEntry::name).containsExactly("listens/2024/3.jsonl", "user.json");
        ZipEntry deflated = entries.get(0);
        assertThat(deflated.method()).isEqualTo(ZipEntry.DEFLATED);
        assertThat(deflated.size()).isEqualTo(LONG_TEXT.getBytes(StandardCharsets.UTF_8).length);
        long start = ZipDirectory.dataStart(source, deflated, "export.zip");
        Inflater inflater = new Inflater(true);
        inflater.setInput(Arrays.copyOfRange(zip, (int) start, (int) (start + deflated.compressedSize())));
        byte[] out = new byte[(int) deflated.size()];
        assertThat(inflater.inflate(out)).isEqualTo(out.length);
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(LONG_TEXT);

        ZipEntry stored = entries.get(1);
        assertThat(stored.method()).isEqualTo(ZipEntry.STORED);
        long storedStart = ZipDirectory.dataStart(source, stored, "export.zip");
        assertThat(new String(zip, (int) storedStart, (int) stored.size(), StandardCharsets.UTF_8)).isEqualTo("stored ✓");
    }

    /** A STORED and a DEFLATED entry, the second's name not ASCII, in the shape given. */
    private static byte[] zip(ZipWriter.Zip64 zip64, ZipWriter.Descriptor descriptor) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipWriter zip = new ZipWriter(bytes, zip64, descriptor)) {
            zip.add("user.json", "{\"username\": \"rob\"}".getBytes(StandardCharsets.UTF_8), false);
            zip.add("listens/2024/3 ✓.jsonl", LONG_TEXT.getBytes(StandardCharsets.UTF_8), true);
            zip.add("listens/2024/4.jsonl", "stored\n".getBytes(StandardCharsets.UTF_8), false);
        }
        return bytes.toByteArray();
    }

    private static String text(byte[] zip, ZipEntry entry) throws Exception {
        int start = (int) ZipDirectory.dataStart(ByteSource.of(zip), entry, "export.zip");
        byte[] data = Arrays.copyOfRange(zip, start, start + (int) entry.compressedSize());
        if (entry.method() == ZipEntry.DEFLATED) {
            Inflater inflater = new Inflater(true);
            inflater.setInput(data);
            data = new byte[(int) entry.size()];
            assertThat(inflater.inflate(data)).isEqualTo(data.length);
            assertThat(inflater.finished()).isTrue();
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    @Test
    void readsZip64ArchivesAsZipfileWritesThemWithAndWithoutDataDescriptors() throws Exception {
        for (ZipWriter.Zip64 zip64 : ZipWriter.Zip64.values()) {
            for (ZipWriter.Descriptor descriptor : ZipWriter.Descriptor.values()) {
                byte[] zip = zip(zip64, descriptor);
                List<ZipEntry> entries = ZipDirectory.entries(ByteSource.of(zip), "export.zip");

                assertThat(entries).as("%s %s", zip64, descriptor).extracting(ZipEntry::name)
                        .containsExactly("user.json", "listens/2024/3 ✓.jsonl", "listens/2024/4.jsonl");
                assertThat(entries).extracting(ZipEntry::method)
                        .containsExactly(ZipEntry.STORED, ZipEntry.DEFLATED, ZipEntry.STORED);
                assertThat(entries.get(1).size()).isEqualTo(LONG_TEXT.getBytes(StandardCharsets.UTF_8).length);
                assertThat(entries.get(1).compressedSize()).isLessThan(entries.get(1).size());
                assertThat(text(zip, entries.get(0))).isEqualTo("{\"username\": \"rob\"}");
                assertThat(text(zip, entries.get(1))).isEqualTo(LONG_TEXT);
                assertThat(text(zip, entries.get(2))).isEqualTo("stored\n");
            }
        }
    }

    @Test
    void aZip64ArchiveWhoseZip64RecordsAreMissingOrMisplacedSaysSo() throws Exception {
        byte[] zip = zip(ZipWriter.Zip64.ALL, ZipWriter.Descriptor.NONE);
        int end = zip.length - 22;
        int locator = end - 20;
        byte[] noLocator = zip.clone();
        noLocator[locator] = 0;
        assertThatThrownBy(() -> ZipDirectory.entries(ByteSource.of(noLocator), "big.zip"))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("'big.zip' is damaged: its end record leaves the list of files to a ZIP64 record that is"
                        + " missing.");
        byte[] misplaced = zip.clone();
        misplaced[locator + 8] -= 4;
        assertThatThrownBy(() -> ZipDirectory.entries(ByteSource.of(misplaced), "big.zip"))
                .hasMessage("'big.zip' is damaged: its ZIP64 end record is not where its locator says.");
        byte[] outside = zip.clone();
        outside[locator + 15] = 0x10;
        assertThatThrownBy(() -> ZipDirectory.entries(ByteSource.of(outside), "big.zip"))
                .hasMessage("'big.zip' is damaged: its ZIP64 locator points outside the file.");
    }

    @Test
    void anEntryEscapedToAZip64FieldItDoesNotHaveSaysSo() throws Exception {
        byte[] zip = zip(ZipWriter.Zip64.ALL, ZipWriter.Descriptor.NONE);
        // the directory's first header: its extra field's id (after 46 bytes and the name) made another one's
        int first = indexOf(zip, new byte[] {0x50, 0x4b, 0x01, 0x02});
        zip[first + 46 + "user.json".length()] = 0x0A;
        assertThatThrownBy(() -> ZipDirectory.entries(ByteSource.of(zip), "big.zip"))
                .hasMessage("'big.zip' is damaged: the ZIP64 sizes of 'user.json' are missing or unreadable.");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void aZipCutShortSaysSo() throws Exception {
        byte[] zip = zip();
        byte[] cut = Arrays.copyOf(zip, zip.length / 2);

        assertThat(ZipDirectory.looksLikeZip(cut, cut.length)).isTrue();
        assertThatThrownBy(() -> ZipDirectory.entries(ByteSource.of(cut), "export.zip"))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("'export.zip' is cut short or damaged: the list of files at the end of a ZIP archive is"
                        + " missing. Download the export again.");
    }

    @Test
    void otherBytesDoNotLookLikeAZip() {
        byte[] text = "{\"listened_at\": 1}".getBytes(StandardCharsets.UTF_8);
        assertThat(ZipDirectory.looksLikeZip(text, text.length)).isFalse();
        assertThat(ZipDirectory.looksLikeZip(new byte[] {'P', 'K'}, 2)).isFalse();
    }
}
