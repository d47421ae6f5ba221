package org.minsheng.period;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.minsheng.base.i18n.PeriodNames;

/** A reporting period: a month, or a year for yearly indicators. */
public record Period(
        int id, int year, Integer month, PeriodOverview.Status status, LocalDate dueOn, OffsetDateTime publishedAt) {

    public boolean isYear() {
        return month == null;
    }

    public boolean isPublished() {
        return status == PeriodOverview.Status.PUBLISHED;
    }

    /**
     * The message key that names the period (2021年1月, or 2021年（年报）), with {@link #nameParameters};
     * screens, exports and imports all name a period through these two.
     */
    public String nameKey() {
        return PeriodNames.key(month);
    }

    public Object[] nameParameters() {
        return PeriodNames.parameters(year, month);
    }

    /** Open for normal entry: neither closed nor published. */
    public boolean isOpen() {
        return status == PeriodOverview.Status.OPEN;
    }
}
