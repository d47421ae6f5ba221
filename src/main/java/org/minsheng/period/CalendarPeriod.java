package org.minsheng.period;

import java.time.LocalDate;

/** A period as the administrators' reporting calendar shows it, with the version an edit must match. */
public record CalendarPeriod(int id, int version, int year, Integer month, PeriodOverview.Status status,
                             LocalDate dueOn) {

    public boolean isYear() {
        return month == null;
    }
}
