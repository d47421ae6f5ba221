package org.minsheng.period;

import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.PERIOD;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.minsheng.base.db.AtVersion;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.FigureStatus;
import org.minsheng.db.enums.PeriodKind;
import org.minsheng.db.enums.PeriodStatus;
import org.minsheng.db.tables.records.PeriodRecord;
import org.springframework.stereotype.Repository;

@Repository
class CalendarRepository {

    private final DSLContext db;

    CalendarRepository(DSLContext db) {
        this.db = db;
    }

    List<CalendarPeriod> findAll() {
        return db.selectFrom(PERIOD)
                .orderBy(PERIOD.YEAR.desc(), PERIOD.MONTH.desc().nullsFirst())
                .fetch(CalendarRepository::toPeriod);
    }

    Optional<CalendarPeriod> find(int id) {
        return db.selectFrom(PERIOD).where(PERIOD.ID.eq(id)).fetchOptional(CalendarRepository::toPeriod);
    }

    /** The period's figures not yet submitted and those waiting for review, counted in cells and in units. */
    LeftOpen leftOpen(int id) {
        var unsubmitted = FIGURE.STATUS.in(FigureStatus.draft, FigureStatus.returned);
        var unreviewed = FIGURE.STATUS.eq(FigureStatus.submitted);
        // Four counts of one type: each is read back by its own field, so two cannot trade places.
        var unsubmittedCells = DSL.count().filterWhere(unsubmitted);
        var unsubmittedUnits = DSL.countDistinct(FIGURE.DIVISION_ID).filterWhere(unsubmitted);
        var unreviewedCells = DSL.count().filterWhere(unreviewed);
        var unreviewedUnits = DSL.countDistinct(FIGURE.DIVISION_ID).filterWhere(unreviewed);
        return db.select(unsubmittedCells, unsubmittedUnits, unreviewedCells, unreviewedUnits)
                .from(FIGURE)
                .where(FIGURE.PERIOD_ID.eq(id))
                .fetchSingle(r -> new LeftOpen(
                        r.get(unsubmittedCells),
                        r.get(unsubmittedUnits),
                        r.get(unreviewedCells),
                        r.get(unreviewedUnits)));
    }

    boolean exists(int year, Integer month) {
        return db.fetchExists(
                PERIOD,
                PERIOD.YEAR
                        .eq((short) year)
                        .and(month == null ? PERIOD.KIND.eq(PeriodKind.year) : PERIOD.MONTH.eq(month.shortValue())));
    }

    int insert(int year, Integer month, LocalDate dueOn) {
        return db.insertInto(PERIOD)
                .set(PERIOD.KIND, month == null ? PeriodKind.year : PeriodKind.month)
                .set(PERIOD.YEAR, (short) year)
                .set(PERIOD.MONTH, month == null ? null : month.shortValue())
                .set(PERIOD.DUE_ON, dueOn)
                .returning(PERIOD.ID)
                .fetchSingle(PERIOD.ID);
    }

    boolean updateDueOn(int id, int version, LocalDate dueOn) {
        return AtVersion.update(db.update(PERIOD).set(PERIOD.DUE_ON, dueOn), PERIOD.ID, id, PERIOD.VERSION, version);
    }

    boolean updateAnnualOnly(int id, int version, boolean annualOnly) {
        return AtVersion.update(
                db.update(PERIOD).set(PERIOD.ANNUAL_ONLY, annualOnly),
                PERIOD.ID,
                id,
                PERIOD.VERSION,
                version,
                PERIOD.KIND.eq(PeriodKind.year));
    }

    /** Moves between open and closed only; a published period never comes through here. */
    boolean updateStatus(int id, int version, PeriodOverview.Status from, PeriodOverview.Status to) {
        return AtVersion.update(
                db.update(PERIOD).set(PERIOD.STATUS, toDb(to)),
                PERIOD.ID,
                id,
                PERIOD.VERSION,
                version,
                PERIOD.STATUS.eq(toDb(from)));
    }

    private static PeriodStatus toDb(PeriodOverview.Status status) {
        return Vocabularies.toDatabase(status, PeriodStatus.class);
    }

    private static CalendarPeriod toPeriod(PeriodRecord r) {
        return new CalendarPeriod(
                r.getId(),
                r.getVersion(),
                r.getYear(),
                r.getMonth() == null ? null : r.getMonth().intValue(),
                Vocabularies.toDomain(r.getStatus(), PeriodOverview.Status.class),
                r.getDueOn(),
                r.getAnnualOnly());
    }
}
