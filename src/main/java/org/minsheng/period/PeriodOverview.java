package org.minsheng.period;

import java.time.LocalDate;
import java.util.Comparator;

/** A reporting period with how many of its cells are in each workflow state. */
public record PeriodOverview(int id, int year, Integer month, Status status, LocalDate dueOn, Counts counts) {

    /**
     * The order periods come up for publication: due first, a period without a due date last, the year's
     * own period after its months.
     */
    public static final Comparator<PeriodOverview> NEXT_TO_PUBLISH = Comparator.comparing(
                    PeriodOverview::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PeriodOverview::isYear)
            .thenComparing(PeriodOverview::id);

    /** The period's cells still in the workflow, by state (the approved ones: PeriodService.approvedIn). */
    public record Counts(int drafts, int submitted, int returned) {}

    public int drafts() {
        return counts.drafts();
    }

    public int submitted() {
        return counts.submitted();
    }

    public int returned() {
        return counts.returned();
    }

    public enum Status {
        OPEN,
        CLOSED,
        PUBLISHED
    }

    public boolean isYear() {
        return month == null;
    }
}
