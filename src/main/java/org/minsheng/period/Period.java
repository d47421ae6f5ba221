package org.minsheng.period;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A reporting period: a month, or a year for yearly indicators. */
public record Period(int id, int year, Integer month, PeriodOverview.Status status, LocalDate dueOn,
                     OffsetDateTime publishedAt) {

    public boolean isYear() {
        return month == null;
    }

    public boolean isPublished() {
        return status == PeriodOverview.Status.PUBLISHED;
    }

    /** Open for normal entry: neither closed nor published. */
    public boolean isOpen() {
        return status == PeriodOverview.Status.OPEN;
    }
}
