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

    /** What the figure checks add to each warning of a cell that has no explanation. */
    private static final String EXPLANATION_NEEDED = "figure.error.explanationNeeded";

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

    /**
     * The cells with an error, which must be fixed before the file can be imported: the cells that need
     * the user. A warning without its explanation is one, as the explanation it asks for is an error.
     */
    public long cellsWithErrors() {
        return cells(problems.stream().filter(ImportProblem::error));
    }

    /**
     * The cells whose only problems are warnings already explained: the form takes them as they are, so
     * they block nothing and ask nothing. The summary counted them as problems (a tester's tour).
     */
    public long cellsExplained() {
        return cellsWithProblems() - cellsWithErrors();
    }

    /** A warning its row already explains, not one whose row is asked for the explanation. */
    public boolean explained(ImportProblem problem) {
        return !problem.error()
                && problems.stream()
                        .noneMatch(p -> p.row() == problem.row()
                                && p.sheet().equals(problem.sheet())
                                && p.messageKey().equals(EXPLANATION_NEEDED));
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
