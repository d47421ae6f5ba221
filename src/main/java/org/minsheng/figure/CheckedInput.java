package org.minsheng.figure;

import java.math.BigDecimal;
import java.util.List;

/**
 * What saving an input would do, found without writing: the parsed value, whether it adds, changes
 * or repeats a figure, and the same errors and warnings the entry form would give.
 *
 * @param value the parsed value; null when blank, not applicable or invalid
 */
public record CheckedInput(
        FigureInput input, Outcome outcome, BigDecimal value, boolean notApplicable, List<Finding> findings) {

    public enum Outcome {
        NEW,
        CHANGED,
        UNCHANGED,
        EMPTY,
        REJECTED
    }

    /** An error, or a warning without the explanation it needs: the batch cannot be saved. */
    public boolean blocking() {
        return findings.stream().anyMatch(Finding::isError);
    }

    boolean writes() {
        return !blocking() && (outcome == Outcome.NEW || outcome == Outcome.CHANGED);
    }
}
