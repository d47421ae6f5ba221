package org.minsheng.period;

import static org.minsheng.db.Tables.PERIOD;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.minsheng.base.db.Vocabularies;
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
        return db.update(PERIOD)
                        .set(PERIOD.DUE_ON, dueOn)
                        .set(PERIOD.VERSION, PERIOD.VERSION.plus(1))
                        .where(PERIOD.ID.eq(id))
                        .and(PERIOD.VERSION.eq(version))
                        .execute()
                == 1;
    }

    boolean updateAnnualOnly(int id, int version, boolean annualOnly) {
        return db.update(PERIOD)
                        .set(PERIOD.ANNUAL_ONLY, annualOnly)
                        .set(PERIOD.VERSION, PERIOD.VERSION.plus(1))
                        .where(PERIOD.ID.eq(id))
                        .and(PERIOD.VERSION.eq(version))
                        .and(PERIOD.KIND.eq(PeriodKind.year))
                        .execute()
                == 1;
    }

    /** Moves between open and closed only; a published period never comes through here. */
    boolean updateStatus(int id, int version, PeriodOverview.Status from, PeriodOverview.Status to) {
        return db.update(PERIOD)
                        .set(PERIOD.STATUS, toDb(to))
                        .set(PERIOD.VERSION, PERIOD.VERSION.plus(1))
                        .where(PERIOD.ID.eq(id))
                        .and(PERIOD.VERSION.eq(version))
                        .and(PERIOD.STATUS.eq(toDb(from)))
                        .execute()
                == 1;
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
