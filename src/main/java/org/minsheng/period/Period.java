package org.minsheng.period;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
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

    /**
     * The open period due first, which the entry, import and tracker pages open on: after a whole year
     * is generated, January, not the year's 年报 nor next year's first month. The import and the tracker
     * had opened on the newest period while the entry form opened on this one (a stranger's trial).
     */
    public static Optional<Period> firstDue(Collection<Period> periods) {
        return periods.stream()
                .filter(Period::isOpen)
                .min(Comparator.comparing(Period::year).thenComparing(p -> p.month() == null ? 13 : p.month()));
    }
}
