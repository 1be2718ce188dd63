package starman.archive;

/**
 * One file in a ZIP archive, as its central directory describes it.
 *
 * @param method {@link #STORED} or {@link #DEFLATED} (others cannot be read)
 * @param localHeaderOffset where the entry's local header starts; its data follows that header
 */
public record ZipEntry(String name, int method, long compressedSize, long size, long localHeaderOffset) {
    public static final int STORED = 0;
    public static final int DEFLATED = 8;

    public boolean isDirectory() {
        return name.endsWith("/");
    }
}
