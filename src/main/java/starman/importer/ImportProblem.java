package starman.importer;

/**
 * A listen that was skipped: which file, where, and why.
 *
 * @param line the line it starts on, from 1
 * @param listen its place in a JSON array, from 1; 0 in JSONL, where the line says it
 */
public record ImportProblem(String file, long line, long listen, String reason) {
    /** "line 17", or in a JSON array "listen 5 (line 1)". */
    public String place() {
        return listen > 0 ? "listen " + listen + " (line " + line + ")" : "line " + line;
    }

    /** "listens/2024/3.jsonl, line 17: expected a name at $.track_metadata (offset 40)". */
    @Override
    public String toString() {
        return file + ", " + place() + ": " + reason;
    }
}
