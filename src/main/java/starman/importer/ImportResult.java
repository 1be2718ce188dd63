package starman.importer;

import java.util.List;

/**
 * What an import did.
 *
 * @param read listens read from the file
 * @param added listens that were new to the store (the others were stored already)
 * @param skipped lines that were not listens
 * @param problems the first of those, with file, line and reason
 */
public record ImportResult(long read, long added, long skipped, List<ImportProblem> problems) {
    public ImportResult {
        problems = List.copyOf(problems);
    }
}
