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
