package org.minsheng.indicator;

import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.INDICATOR_CATEGORY;
import static org.minsheng.db.Tables.PERIOD;
import static org.minsheng.db.Tables.TARGET;
import static org.minsheng.db.Tables.TARGET_REVISION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.Accumulation;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.db.enums.PeriodKind;
import org.minsheng.db.enums.PeriodStatus;
import org.springframework.stereotype.Repository;

@Repository
class IndicatorRepository {

    /**
     * The catalogue's one order, by category and then by 排序 within it (the code breaks a tie): the
     * dashboard, the catalogue page, the targets page and the entry sheet all list indicators so, and
     * an administrator's 排序 places a new indicator within its category on each of them alike.
     */
    static final List<SortField<?>> CATALOGUE_ORDER =
            List.of(INDICATOR_CATEGORY.DISPLAY_ORDER.asc(), INDICATOR.DISPLAY_ORDER.asc(), INDICATOR.CODE.asc());

    private final DSLContext db;

    IndicatorRepository(DSLContext db) {
        this.db = db;
    }

    List<Indicator> findActive() {
        return catalogue(INDICATOR.RETIRED_ON.isNull());
    }

    /**
     * The indicators of a year (V154): those created for it or before, and not retired by its first day, so
     * a published year keeps the indicators it was published with, whatever the catalogue holds today. A
     * retired one stays in a year not yet published only with a figure approved in it: no sheet offers it
     * any more, and its empty tile could never fill (a tester's tour).
     */
    List<Indicator> findOfYear(int year) {
        var yearPublished = DSL.exists(DSL.selectOne()
                .from(PERIOD)
                .where(PERIOD.YEAR.eq((short) year))
                .and(PERIOD.KIND.eq(PeriodKind.year))
                .and(PERIOD.STATUS.eq(PeriodStatus.published)));
        var approvedInYear = DSL.exists(DSL.selectOne()
                .from(FIGURE)
                .join(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .where(FIGURE.INDICATOR_ID.eq(INDICATOR.ID))
                .and(PERIOD.YEAR.eq((short) year))
                .and(FIGURE.REVISION.gt(0)));
        return catalogue(INDICATOR
                .RETIRED_ON
                .isNull()
                .or(INDICATOR.RETIRED_ON.gt(LocalDate.of(year, 1, 1)).and(yearPublished.or(approvedInYear)))
                .and(inYear(year)));
    }

    /** Created for the year or before: one created after a year was published belongs to the next. */
    private static Condition inYear(int year) {
        return INDICATOR.FIRST_YEAR.isNull().or(INDICATOR.FIRST_YEAR.le((short) year));
    }

    /** The indicators in use today that belong to a year: created for it or before (V154). */
    List<Indicator> findActiveOfYear(int year) {
        return catalogue(INDICATOR.RETIRED_ON.isNull().and(inYear(year)));
    }

    private List<Indicator> catalogue(Condition where) {
        return db.select(
                        INDICATOR.asterisk(),
                        INDICATOR_CATEGORY.CODE,
                        INDICATOR_CATEGORY.NAME_ZH,
                        INDICATOR_CATEGORY.NAME_EN)
                .from(INDICATOR)
                .join(INDICATOR_CATEGORY)
                .on(INDICATOR_CATEGORY.ID.eq(INDICATOR.CATEGORY_ID))
                .where(where)
                .orderBy(CATALOGUE_ORDER)
                .fetch(IndicatorRepository::toIndicator);
    }

    List<Target> findTargets(int divisionId, int year) {
        return targets(TARGET.DIVISION_ID.eq(divisionId).and(TARGET.YEAR.eq((short) year)));
    }

    /** The targets of a year for a unit and for the units directly below it, in one statement. */
    List<Target> findTargetsUnder(int divisionId, int year) {
        return targets(TARGET.YEAR
                .eq((short) year)
                .and(TARGET.DIVISION_ID.in(DSL.select(DIVISION.ID)
                        .from(DIVISION)
                        .where(DIVISION.ID.eq(divisionId).or(DIVISION.PARENT_ID.eq(divisionId))))));
    }

    private List<Target> targets(Condition where) {
        var revised = DSL.exists(DSL.selectOne().from(TARGET_REVISION).where(TARGET_REVISION.TARGET_ID.eq(TARGET.ID)));
        return db.select(
                        TARGET.INDICATOR_ID,
                        TARGET.DIVISION_ID,
                        TARGET.YEAR,
                        TARGET.DIRECTION,
                        TARGET.VALUE,
                        DSL.field(revised))
                .from(TARGET)
                .where(where)
                .fetch(t -> new Target(
                        t.value1(),
                        t.value2(),
                        t.value3(),
                        Vocabularies.toDomain(t.value4(), TargetDirection.class),
                        t.value5(),
                        t.value6()));
    }

    Optional<IndicatorProfile> findProfile(String code) {
        var numerator = INDICATOR.as("numerator");
        var denominator = INDICATOR.as("denominator");
        return db.select(
                        INDICATOR.CODE,
                        INDICATOR.DEFINITION_ZH,
                        INDICATOR.DEFINITION_EN,
                        INDICATOR.LEAD_DEPARTMENT,
                        INDICATOR.LEAD_DEPARTMENT_EN,
                        numerator.CODE,
                        denominator.CODE)
                .from(INDICATOR)
                .leftJoin(numerator)
                .on(numerator.ID.eq(INDICATOR.NUMERATOR_ID))
                .leftJoin(denominator)
                .on(denominator.ID.eq(INDICATOR.DENOMINATOR_ID))
                .where(INDICATOR.CODE.eq(code))
                .fetchOptional(Records.mapping(IndicatorProfile::new));
    }

    private static Indicator toIndicator(Record r) {
        return new Indicator(
                r.get(INDICATOR.ID),
                r.get(INDICATOR.CODE),
                new Indicator.Names(
                        r.get(INDICATOR.NAME_ZH),
                        r.get(INDICATOR.NAME_EN),
                        r.get(INDICATOR.SHORT_NAME_ZH),
                        r.get(INDICATOR.SHORT_NAME_EN)),
                new Indicator.Measure(
                        r.get(INDICATOR.UNIT_ZH),
                        r.get(INDICATOR.UNIT_EN),
                        Vocabularies.toDomain(r.get(INDICATOR.VALUE_TYPE), Indicator.ValueType.class),
                        r.get(INDICATOR.SCALE),
                        r.get(INDICATOR.MIN_VALUE),
                        r.get(INDICATOR.MAX_VALUE),
                        r.get(INDICATOR.UNIT_ONE_EN)),
                new Indicator.Reporting(
                        r.get(INDICATOR.FREQUENCY) == PeriodKind.month,
                        r.get(INDICATOR.REPORTING_LEVEL) == DivisionLevel.city,
                        r.get(INDICATOR.ACCUMULATION) == Accumulation.cumulative,
                        Vocabularies.toDomain(r.get(INDICATOR.AGGREGATION), Indicator.Aggregation.class),
                        Vocabularies.toDomain(r.get(INDICATOR.DIRECTION), TargetDirection.class)),
                new Indicator.Category(
                        r.get(INDICATOR_CATEGORY.CODE),
                        r.get(INDICATOR_CATEGORY.NAME_ZH),
                        r.get(INDICATOR_CATEGORY.NAME_EN)),
                r.get(INDICATOR.DISPLAY_ORDER));
    }
}
