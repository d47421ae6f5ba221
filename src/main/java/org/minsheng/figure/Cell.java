package org.minsheng.figure;

import java.math.BigDecimal;
import java.util.List;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * A cell as the entry and review pages show it: the working value and its state, the approved
 * value, and for reference last period's and last year's approved values.
 *
 * @param version for optimistic locking; 0 for a cell without a row yet
 */
public record Cell(CellKey key, Long figureId, Indicator indicator, Division division, BigDecimal value,
                   boolean notApplicable, CellState state, String explanation, String returnReason,
                   String correctionReason, int version, BigDecimal approvedValue, boolean approvedNotApplicable,
                   int revision, Integer enteredBy, BigDecimal previousValue, BigDecimal lastYearValue,
                   List<Finding> findings) {

    public boolean isEmpty() {
        return state == CellState.EMPTY;
    }

    /** True when the working value differs from the approved one (or was never approved). */
    public boolean changedSinceApproval() {
        if (state == CellState.EMPTY) {
            return false;
        }
        if (revision == 0) {
            return true;
        }
        return notApplicable != approvedNotApplicable
                || (value != null && (approvedValue == null || value.compareTo(approvedValue) != 0));
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public boolean hasWarnings() {
        return findings.stream().anyMatch(f -> !f.isError());
    }

    Cell withFindings(List<Finding> newFindings) {
        return new Cell(key, figureId, indicator, division, value, notApplicable, state, explanation, returnReason,
                correctionReason, version, approvedValue, approvedNotApplicable, revision, enteredBy, previousValue,
                lastYearValue, List.copyOf(newFindings));
    }
}
