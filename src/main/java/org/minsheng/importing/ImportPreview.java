package org.minsheng.importing;

import java.util.List;
import java.util.stream.Stream;

/**
 * The dry run of an import: what committing the file would do, and everything wrong with it.
 * Nothing has been written when a user reads this.
 *
 * @param emptyRows rows whose value column is blank: they change nothing
 */
public record ImportPreview(
        String fileName,
        String sha256,
        int rows,
        int newRows,
        int changedRows,
        int unchangedRows,
        int emptyRows,
        List<ImportProblem> problems) {

    public long errors() {
        return problems.stream().filter(ImportProblem::error).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /**
     * The cells (rows: each row is one cell) with any problem. A cell with two warnings and the
     * explanation they ask for is one cell to look at, however many problems it lists.
     */
    public long cellsWithProblems() {
        return cells(problems.stream());
    }

    /** The cells with an error, which must be fixed before the file can be imported. */
    public long cellsWithErrors() {
        return cells(problems.stream().filter(ImportProblem::error));
    }

    /** A problem with the file as a whole (unreadable, no header, too many rows): no cell was judged. */
    public boolean fileProblem() {
        return problems.stream().anyMatch(ImportProblem::ofFile);
    }

    private static long cells(Stream<ImportProblem> problems) {
        return problems.filter(p -> !p.ofFile())
                .map(p -> List.of(p.sheet(), p.row()))
                .distinct()
                .count();
    }

    /** No blocking problem and something to write. */
    public boolean committable() {
        return errors() == 0 && newRows + changedRows > 0;
    }

    static ImportPreview refused(String fileName, String sha256, ImportProblem problem) {
        return new ImportPreview(fileName, sha256, 0, 0, 0, 0, 0, List.of(problem));
    }
}
