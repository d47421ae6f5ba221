package org.minsheng.base.db;

import static org.minsheng.db.Tables.PERIOD;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.minsheng.db.enums.PeriodStatus;

/**
 * Whether a year is over: no period of it is left unpublished, and its last one, December (or the year
 * itself in an annual-only year), is among the published. January published alone is every period the
 * calendar has of a new year, and the year is not over for that. The dashboards read it to tell a target
 * missed from one in progress, the targets to tell a revision of a final result from planning in a running
 * year; their packages cannot call each other, so each repository runs this one condition.
 */
public final class YearsOver {

    private YearsOver() {}

    /** The condition, to select or to test with {@code fetchValue(select(field(it)))}. */
    public static Condition over(int year) {
        var ofYear = PERIOD.YEAR.eq((short) year);
        var published = PERIOD.STATUS.eq(DSL.inline(PeriodStatus.published));
        return DSL.exists(DSL.selectOne()
                        .from(PERIOD)
                        .where(ofYear)
                        .and(published)
                        .and(PERIOD.MONTH.eq((short) 12).or(PERIOD.ANNUAL_ONLY)))
                .andNotExists(DSL.selectOne().from(PERIOD).where(ofYear).and(published.not()));
    }
}
