package org.minsheng.dashboard;

import static org.jooq.impl.DSL.boolAnd;
import static org.jooq.impl.DSL.case_;
import static org.jooq.impl.DSL.grouping;
import static org.jooq.impl.DSL.groupingSets;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.PERIOD;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.minsheng.db.enums.Accumulation;
import org.minsheng.db.enums.AggregationRule;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.db.enums.PeriodKind;
import org.springframework.stereotype.Repository;

@Repository
class DashboardRepository {

    private final DSLContext db;

    DashboardRepository(DSLContext db) {
        this.db = db;
    }

    /** The latest month of the year with at least one approved figure, or null before the first. */
    Integer latestApprovedMonth(int year) {
        var month = db.select(max(PERIOD.MONTH))
                .from(FIGURE).join(PERIOD).on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .where(PERIOD.YEAR.eq((short) year)).and(PERIOD.KIND.eq(PeriodKind.month))
                .and(FIGURE.REVISION.gt(0))
                .fetchOne(0, Short.class);
        return month == null ? null : month.intValue();
    }

    java.util.Optional<Integer> latestApprovedYear() {
        return yearsWithApprovedFigures().stream().findFirst();
    }

    /** Years with approved figures, newest first. */
    List<Integer> yearsWithApprovedFigures() {
        return db.selectDistinct(PERIOD.YEAR)
                .from(FIGURE).join(PERIOD).on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .where(FIGURE.REVISION.gt(0))
                .orderBy(PERIOD.YEAR.desc())
                .fetch(r -> r.value1().intValue());
    }

    /**
     * One statement for the whole city table: each county's approved value of each indicator up to
     * {@code month}, plus the city total per indicator (GROUPING SETS), rolled up by the indicator's
     * own rule. Cumulative indicators take the month itself, per-period ones add up the months so far,
     * yearly ones take the year. Only approved revisions count; drafts never reach a dashboard.
     */
    List<YearCell> yearCells(int cityId, int year, int month) {
        var f = FIGURE;
        var p = PERIOD;
        var i = INDICATOR;
        var d = DIVISION;
        Condition inPeriod = p.YEAR.eq((short) year).and(
                i.FREQUENCY.eq(PeriodKind.year).and(p.KIND.eq(PeriodKind.year))
                        .or(i.FREQUENCY.eq(PeriodKind.month).and(p.KIND.eq(PeriodKind.month)).and(
                                i.ACCUMULATION.eq(Accumulation.cumulative).and(p.MONTH.eq((short) month))
                                        .or(i.ACCUMULATION.eq(Accumulation.per_period)
                                                .and(p.MONTH.le((short) month))))));
        Condition reportingUnit = d.PARENT_ID.eq(cityId)
                .or(d.ID.eq(cityId).and(i.REPORTING_LEVEL.eq(DivisionLevel.city)));

        var cell = select(f.INDICATOR_ID, f.DIVISION_ID,
                sum(f.APPROVED_VALUE).as("value"),
                boolAnd(f.APPROVED_NOT_APPLICABLE).as("na"),
                max(f.APPROVED_AT).as("approved_at"),
                max(f.REVISION).as("revision"),
                sum(f.CORRECTIONS).as("corrections"))
                .from(f)
                .join(i).on(i.ID.eq(f.INDICATOR_ID))
                .join(p).on(p.ID.eq(f.PERIOD_ID))
                .join(d).on(d.ID.eq(f.DIVISION_ID))
                .where(f.REVISION.gt(0)).and(inPeriod).and(reportingUnit)
                .groupBy(f.INDICATOR_ID, f.DIVISION_ID)
                .asTable("cell");

        Field<Integer> indicatorId = cell.field(f.INDICATOR_ID);
        Field<Integer> divisionId = cell.field(f.DIVISION_ID);
        Field<BigDecimal> value = cell.field("value", BigDecimal.class);
        Field<Boolean> na = cell.field("na", Boolean.class);
        Field<OffsetDateTime> approvedAt = cell.field("approved_at", OffsetDateTime.class);
        Field<Integer> revision = cell.field("revision", Integer.class);
        Field<BigDecimal> corrections = cell.field("corrections", BigDecimal.class);
        var rule = INDICATOR.as("rule");

        Field<BigDecimal> rolledUp = case_(rule.AGGREGATION)
                .when(AggregationRule.max, max(value))
                .when(AggregationRule.min, min(value))
                .when(AggregationRule.ratio, inline((BigDecimal) null))
                .else_(sum(value));

        return db.select(indicatorId, divisionId, grouping(divisionId), rolledUp, boolAnd(na), max(approvedAt),
                        max(revision), sum(corrections))
                .from(cell)
                .join(rule).on(rule.ID.eq(indicatorId))
                .groupBy(groupingSets(List.of(indicatorId, rule.AGGREGATION, divisionId),
                        List.of(indicatorId, rule.AGGREGATION)))
                .fetch(r -> new YearCell(r.value1(), r.value3() == 1 ? null : r.value2(), r.value4(),
                        Boolean.TRUE.equals(r.value5()), r.value6(), r.value7(), r.value8().intValue()));
    }
}
