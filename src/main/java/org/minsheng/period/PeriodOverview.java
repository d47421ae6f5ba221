package org.minsheng.period;

import java.time.LocalDate;

/** A reporting period with how many of its cells are in each workflow state. */
public record PeriodOverview(
        int id,
        int year,
        Integer month,
        Status status,
        LocalDate dueOn,
        int drafts,
        int submitted,
        int returned,
        int approved) {

    public enum Status {
        OPEN,
        CLOSED,
        PUBLISHED
    }

    public boolean isYear() {
        return month == null;
    }
}
