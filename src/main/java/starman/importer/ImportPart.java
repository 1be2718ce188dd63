package starman.importer;

/**
 * One stretch of the chosen file to read: a whole JSONL file, or one entry of a ZIP archive.
 *
 * @param name the name problems are reported under (the entry's path inside a ZIP)
 * @param offset where the (compressed) bytes start in the file
 * @param length how many bytes to read from there
 * @param size how many bytes they stand for once inflated (for progress)
 * @param deflated whether the bytes are raw DEFLATE data to inflate
 * @param userInfo whether this is an export's {@code user.json} (the user name) rather than listens
 */
public record ImportPart(String name, long offset, long length, long size, boolean deflated, boolean userInfo) {
}
