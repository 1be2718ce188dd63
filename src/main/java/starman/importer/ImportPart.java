package starman.importer;

/**
 * One stretch of the chosen file to read: a whole JSONL or JSON array file, or one entry of a ZIP archive.
 *
 * @param name the name problems are reported under (the entry's path inside a ZIP)
 * @param offset where the (compressed) bytes start in the file
 * @param length how many bytes to read from there
 * @param size how many bytes they stand for once inflated (for progress)
 * @param deflated whether the bytes are raw DEFLATE data to inflate
 * @param content what the bytes hold
 */
public record ImportPart(String name, long offset, long length, long size, boolean deflated, Content content) {
    /** What a part holds. */
    public enum Content {
        /** Listens, one JSON object a line (an export's listens/<year>/<month>.jsonl). */
        LINES,
        /** Listens as one JSON array, as listenbrainz.org exported them before August 2024. */
        ARRAY,
        /** An export's user.json: the user name. */
        USER_INFO
    }

    /** The same content at another stretch of the file (a piece of a stored part). */
    public ImportPart slice(long from, long to) {
        return new ImportPart(name, from, to - from, to - from, false, content);
    }
}
