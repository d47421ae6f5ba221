package org.minsheng.dashboard;

import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.FIGURE_REVISION;
import static org.minsheng.db.Tables.PERIOD;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.minsheng.db.enums.PeriodKind;
import org.springframework.stereotype.Repository;

/** The corrections after publication behind a dashboard cell, read from the cells' revision history. */
@Repository
class CorrectionRepository {

    private final DSLContext db;

    CorrectionRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Corrections of an indicator's figures in a window, for one unit or, with {@code divisionId}
     * null, for every unit (the city total's), oldest first. The months of
     * the window, and the year's own period for a yearly figure.
     */
    List<Correction> corrections(int indicatorId, Integer divisionId, int year, int fromMonth, int toMonth) {
        var previous = FIGURE_REVISION.as("previous");
        var enterer = APP_USER.as("enterer");
        var unit = divisionId == null ? DSL.noCondition() : FIGURE.DIVISION_ID.eq(divisionId);
        var window = PERIOD.KIND.eq(PeriodKind.year).or(PERIOD.MONTH.between((short) fromMonth, (short) toMonth));
        return db.select(
                        PERIOD.YEAR,
                        PERIOD.MONTH,
                        DIVISION.NAME,
                        previous.VALUE,
                        previous.NOT_APPLICABLE,
                        FIGURE_REVISION.VALUE,
                        FIGURE_REVISION.NOT_APPLICABLE,
                        FIGURE_REVISION.REASON,
                        enterer.DISPLAY_NAME,
                        APP_USER.DISPLAY_NAME,
                        FIGURE_REVISION.APPROVED_AT)
                .from(FIGURE_REVISION)
                .join(FIGURE)
                .on(FIGURE.ID.eq(FIGURE_REVISION.FIGURE_ID))
                .join(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .join(DIVISION)
                .on(DIVISION.ID.eq(FIGURE.DIVISION_ID))
                .leftJoin(previous)
                .on(previous.FIGURE_ID
                        .eq(FIGURE_REVISION.FIGURE_ID)
                        .and(previous.REVISION.eq(FIGURE_REVISION.REVISION.minus(1))))
                .leftJoin(enterer)
                .on(enterer.ID.eq(FIGURE_REVISION.ENTERED_BY))
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(FIGURE_REVISION.APPROVED_BY))
                .where(FIGURE_REVISION.CORRECTION)
                .and(FIGURE.INDICATOR_ID.eq(indicatorId))
                .and(PERIOD.YEAR.eq((short) year))
                .and(window)
                .and(unit)
                .orderBy(FIGURE_REVISION.APPROVED_AT, DIVISION.CODE)
                .fetch(r -> new Correction(
                        r.get(PERIOD.YEAR),
                        month(r.get(PERIOD.MONTH)),
                        r.get(DIVISION.NAME),
                        new Correction.Value(
                                r.get(previous.VALUE), Boolean.TRUE.equals(r.get(previous.NOT_APPLICABLE))),
                        new Correction.Value(r.get(FIGURE_REVISION.VALUE), r.get(FIGURE_REVISION.NOT_APPLICABLE)),
                        r.get(FIGURE_REVISION.REASON),
                        r.get(enterer.DISPLAY_NAME),
                        r.get(APP_USER.DISPLAY_NAME),
                        r.get(FIGURE_REVISION.APPROVED_AT)));
    }

    private static Integer month(Short month) {
        return month == null ? null : month.intValue();
    }
}
