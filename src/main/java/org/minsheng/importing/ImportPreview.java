package org.minsheng.importing;

import java.util.List;

/**
 * The dry run of an import: what committing the file would do, and everything wrong with it.
 * Nothing has been written when a user reads this.
 *
 * @param emptyRows rows whose value column is blank: they change nothing
 */
public record ImportPreview(String fileName, String sha256, int rows, int newRows, int changedRows,
                            int unchangedRows, int emptyRows, List<ImportProblem> problems) {

    public long errors() {
        return problems.stream().filter(ImportProblem::error).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** No blocking problem and something to write. */
    public boolean committable() {
        return errors() == 0 && newRows + changedRows > 0;
    }

    static ImportPreview refused(String fileName, String sha256, ImportProblem problem) {
        return new ImportPreview(fileName, sha256, 0, 0, 0, 0, 0, List.of(problem));
    }
}
