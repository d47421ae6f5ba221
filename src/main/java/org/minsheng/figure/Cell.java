package org.minsheng.figure;

import java.math.BigDecimal;
import java.util.List;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * A cell as the entry and review pages show it: what was typed and where it stands in the workflow,
 * the approved value, and for reference last period's and last year's approved values. Built from
 * its parts, so a new field touches only the part it belongs to; the accessors below keep the
 * parts' fields at hand ({@code cell.value()}, {@code cell.revision()}).
 */
public record Cell(
        CellKey key,
        Indicator indicator,
        Division division,
        Entry entry,
        Workflow workflow,
        Approved approved,
        References references,
        List<Finding> findings) {

    /** What the statistician typed: the working value, 不适用, and the explanation of a warning. */
    public record Entry(BigDecimal value, boolean notApplicable, String explanation) {

        public static final Entry NONE = new Entry(null, false, null);
    }

    /**
     * Where the cell stands: its row (null before the first save), state, the version an edit must
     * match (0 without a row), the reviewer's return reason, the correction's reason and its author.
     */
    public record Workflow(
            Long figureId,
            CellState state,
            int version,
            String returnReason,
            String correctionReason,
            Integer enteredBy) {

        public static final Workflow EMPTY = new Workflow(null, CellState.EMPTY, 0, null, null, null);
    }

    /** The approved value and how many times it has been approved (0: never). */
    public record Approved(BigDecimal value, boolean notApplicable, int revision) {

        public static final Approved NEVER = new Approved(null, false, 0);
    }

    /**
     * Last period's and last year's approved values, beside the cell for comparison; a value is null
     * both when there is none and when it was approved as 不适用, which the flags tell apart.
     */
    public record References(
            BigDecimal previousValue,
            BigDecimal lastYearValue,
            boolean previousNotApplicable,
            boolean lastYearNotApplicable) {

        public References(BigDecimal previousValue, BigDecimal lastYearValue) {
            this(previousValue, lastYearValue, false, false);
        }
    }

    public BigDecimal value() {
        return entry.value();
    }

    public boolean notApplicable() {
        return entry.notApplicable();
    }

    public String explanation() {
        return entry.explanation();
    }

    public Long figureId() {
        return workflow.figureId();
    }

    public CellState state() {
        return workflow.state();
    }

    public int version() {
        return workflow.version();
    }

    public String returnReason() {
        return workflow.returnReason();
    }

    public String correctionReason() {
        return workflow.correctionReason();
    }

    public Integer enteredBy() {
        return workflow.enteredBy();
    }

    public BigDecimal approvedValue() {
        return approved.value();
    }

    public boolean approvedNotApplicable() {
        return approved.notApplicable();
    }

    public int revision() {
        return approved.revision();
    }

    public BigDecimal previousValue() {
        return references.previousValue();
    }

    public BigDecimal lastYearValue() {
        return references.lastYearValue();
    }

    public boolean previousNotApplicable() {
        return references.previousNotApplicable();
    }

    public boolean lastYearNotApplicable() {
        return references.lastYearNotApplicable();
    }

    public boolean isEmpty() {
        return state() == CellState.EMPTY;
    }

    /** True when the working value differs from the approved one (or was never approved). */
    public boolean changedSinceApproval() {
        if (state() == CellState.EMPTY) {
            return false;
        }
        if (revision() == 0) {
            return true;
        }
        return notApplicable() != approvedNotApplicable()
                || (value() != null && (approvedValue() == null || value().compareTo(approvedValue()) != 0));
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public boolean hasWarnings() {
        return findings.stream().anyMatch(f -> !f.isError());
    }

    /**
     * Whether the checks ran on this cell: on its way in (draft, returned, submitted). An approved or
     * published value is not checked again, so its lack of warnings says nothing about its explanation.
     */
    public boolean checked() {
        return state() == CellState.DRAFT || state() == CellState.RETURNED || state() == CellState.SUBMITTED;
    }

    Cell withFindings(List<Finding> newFindings) {
        return new Cell(key, indicator, division, entry, workflow, approved, references, List.copyOf(newFindings));
    }
}
