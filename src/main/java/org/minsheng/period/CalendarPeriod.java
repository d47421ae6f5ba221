package org.minsheng.period;

import java.time.LocalDate;

/**
 * A period as the administrators' reporting calendar shows it, with the version an edit must match.
 *
 * @param annualOnly a year declared "annual reporting only": its figures are year totals, its months never overdue
 */
public record CalendarPeriod(
        int id,
        int version,
        int year,
        Integer month,
        PeriodOverview.Status status,
        LocalDate dueOn,
        boolean annualOnly) {

    public boolean isYear() {
        return month == null;
    }
}
