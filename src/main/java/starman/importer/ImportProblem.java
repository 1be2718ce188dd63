package starman.importer;

/** A line that was skipped: which file, which line (from 1), and why. */
public record ImportProblem(String file, long line, String reason) {
    /** "listens/2024/3.jsonl, line 17: expected a name at $.track_metadata (offset 40)". */
    @Override
    public String toString() {
        return file + ", line " + line + ": " + reason;
    }
}
