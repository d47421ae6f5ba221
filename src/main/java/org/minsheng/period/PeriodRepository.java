package org.minsheng.period;

import static org.jooq.impl.DSL.count;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.PERIOD;

import java.util.List;
import org.jooq.DSLContext;
import org.minsheng.db.enums.FigureStatus;
import org.springframework.stereotype.Repository;

@Repository
class PeriodRepository {

    private final DSLContext db;

    PeriodRepository(DSLContext db) {
        this.db = db;
    }

    List<PeriodOverview> overview() {
        return db.select(PERIOD.ID, PERIOD.YEAR, PERIOD.MONTH, PERIOD.STATUS, PERIOD.DUE_ON,
                        count(FIGURE.ID).filterWhere(FIGURE.STATUS.eq(FigureStatus.draft)),
                        count(FIGURE.ID).filterWhere(FIGURE.STATUS.eq(FigureStatus.submitted)),
                        count(FIGURE.ID).filterWhere(FIGURE.STATUS.eq(FigureStatus.returned)),
                        count(FIGURE.ID).filterWhere(FIGURE.STATUS.eq(FigureStatus.approved)))
                .from(PERIOD)
                .leftJoin(FIGURE).on(FIGURE.PERIOD_ID.eq(PERIOD.ID))
                .groupBy(PERIOD.ID)
                .orderBy(PERIOD.YEAR.desc(), PERIOD.MONTH.desc().nullsFirst())
                .fetch(r -> new PeriodOverview(r.value1(), r.value2(), r.value3() == null ? null : r.value3().intValue(),
                        PeriodOverview.Status.valueOf(r.value4().getLiteral().toUpperCase()), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }
}
