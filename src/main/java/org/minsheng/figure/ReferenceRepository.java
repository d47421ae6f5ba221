package org.minsheng.figure;

import static org.jooq.impl.DSL.rowNumber;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.PERIOD;
import static org.minsheng.db.Tables.VALIDATION_RULE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.minsheng.base.db.TypedRows;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.Accumulation;
import org.minsheng.db.enums.PeriodKind;
import org.springframework.stereotype.Repository;

/**
 * What the checks compare a cell with, read for a whole sheet at once: approved values of other
 * periods, a year's monthly history, cross-indicator rules and their values, the indicators of a
 * kind of period, and what a unit reported the other way in a year (a year total or months). The
 * figures' own rows and their workflow stay in {@link FigureRepository}.
 */
@Repository
class ReferenceRepository {

    private final DSLContext db;

    ReferenceRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The (indicator, division) pairs of these units with a figure in the year's months when
     * {@code inMonths}, else in its year period: one statement for a whole batch, since a year total
     * and monthly figures are never both stored.
     */
    Set<List<Integer>> reportedInYear(int year, boolean inMonths, Collection<Integer> divisionIds) {
        return db.selectDistinct(FIGURE.INDICATOR_ID, FIGURE.DIVISION_ID)
                .from(FIGURE)
                .join(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .where(FIGURE.DIVISION_ID.in(divisionIds))
                .and(PERIOD.YEAR.eq((short) year))
                .and(PERIOD.KIND.eq(inMonths ? PeriodKind.month : PeriodKind.year))
                .fetchSet(r -> List.of(r.value1(), r.value2()));
    }

    /**
     * Approved values of one period for the given divisions, keyed by cell, 不适用 included: a
     * reference that was not applicable says so instead of reading as missing.
     */
    Map<CellKey, ReferenceValue> approvedValues(int periodId, Collection<Integer> divisionIds) {
        var values = new HashMap<CellKey, ReferenceValue>();
        db.select(FIGURE.INDICATOR_ID, FIGURE.DIVISION_ID, FIGURE.APPROVED_VALUE, FIGURE.APPROVED_NOT_APPLICABLE)
                .from(FIGURE)
                .where(FIGURE.PERIOD_ID.eq(periodId))
                .and(FIGURE.DIVISION_ID.in(divisionIds))
                .and(FIGURE.REVISION.gt(0))
                .and(approvedOrNotApplicable())
                .forEach(r -> values.put(
                        new CellKey(r.value1(), r.value2(), periodId), ReferenceValue.of(r.value3(), r.value4())));
        return values;
    }

    private static Condition approvedOrNotApplicable() {
        return FIGURE.APPROVED_VALUE.isNotNull().or(FIGURE.APPROVED_NOT_APPLICABLE.isTrue());
    }

    /**
     * {@link #approvedValues} of several periods in one statement (an import file's). This and the other
     * reads of a whole file below return thousands of rows: they are read by position and type
     * ({@link TypedRows}), not mapped through jOOQ's records.
     */
    Map<CellKey, ReferenceValue> approvedValues(Collection<Integer> periodIds, Collection<Integer> divisionIds) {
        var values = new HashMap<CellKey, ReferenceValue>();
        TypedRows.list(
                        db.select(
                                        FIGURE.INDICATOR_ID,
                                        FIGURE.DIVISION_ID,
                                        FIGURE.PERIOD_ID,
                                        FIGURE.APPROVED_VALUE,
                                        FIGURE.APPROVED_NOT_APPLICABLE)
                                .from(FIGURE)
                                .where(FIGURE.PERIOD_ID.eq(DSL.any(periodIds.toArray(Integer[]::new))))
                                .and(FIGURE.DIVISION_ID.eq(DSL.any(divisionIds.toArray(Integer[]::new))))
                                .and(FIGURE.REVISION.gt(0))
                                .and(approvedOrNotApplicable()),
                        r -> Map.entry(
                                new CellKey(r.getInt(1), r.getInt(2), r.getInt(3)),
                                ReferenceValue.of(r.getBigDecimal(4), r.getBoolean(5))))
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        return values;
    }

    /**
     * Every approved monthly value of these units in the years, for the outlier histories of a whole
     * file's months at once (see {@link #history}).
     */
    List<FileReads.MonthValue> approvedMonths(int fromYear, int toYear, Collection<Integer> divisionIds) {
        return TypedRows.list(
                db.select(FIGURE.INDICATOR_ID, FIGURE.DIVISION_ID, PERIOD.YEAR, PERIOD.MONTH, FIGURE.APPROVED_VALUE)
                        .from(FIGURE)
                        .join(PERIOD)
                        .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                        .where(PERIOD.KIND.eq(PeriodKind.month))
                        .and(PERIOD.YEAR.between((short) fromYear, (short) toYear))
                        .and(FIGURE.DIVISION_ID.eq(DSL.any(divisionIds.toArray(Integer[]::new))))
                        .and(FIGURE.REVISION.gt(0))
                        .and(FIGURE.APPROVED_VALUE.isNotNull()),
                r -> new FileReads.MonthValue(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getBigDecimal(5)));
    }

    /**
     * The working values the rules of a whole file may compare (see {@link #ruleValues}): those of the
     * file's periods and of every month of the years whose year period the file names.
     */
    List<FileReads.WorkingValue> workingValues(
            Collection<Integer> periodIds, Collection<Integer> monthsOfYears, Collection<Integer> divisionIds) {
        return TypedRows.list(
                db.select(FIGURE.INDICATOR_ID, FIGURE.DIVISION_ID, FIGURE.PERIOD_ID, PERIOD.MONTH, FIGURE.VALUE)
                        .from(FIGURE)
                        .join(PERIOD)
                        .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                        .where(FIGURE.DIVISION_ID.eq(DSL.any(divisionIds.toArray(Integer[]::new))))
                        .and(FIGURE.PERIOD_ID
                                .eq(DSL.any(periodIds.toArray(Integer[]::new)))
                                .or(PERIOD.KIND
                                        .eq(PeriodKind.month)
                                        .and(PERIOD.YEAR.eq(DSL.any(monthsOfYears.stream()
                                                .map(Integer::shortValue)
                                                .toArray(Short[]::new))))))
                        .and(FIGURE.VALUE.isNotNull()),
                r -> new FileReads.WorkingValue(
                        r.getInt(1), r.getInt(2), r.getInt(3), TypedRows.integerOrNull(r, 4), r.getBigDecimal(5)));
    }

    /** {@link #reportedInYear} for several years and both ways at once. */
    Set<FileReads.Reported> reportedInYears(Collection<Integer> years, Collection<Integer> divisionIds) {
        return new LinkedHashSet<>(TypedRows.list(
                db.selectDistinct(FIGURE.INDICATOR_ID, FIGURE.DIVISION_ID, PERIOD.YEAR, PERIOD.KIND)
                        .from(FIGURE)
                        .join(PERIOD)
                        .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                        .where(FIGURE.DIVISION_ID.eq(DSL.any(divisionIds.toArray(Integer[]::new))))
                        .and(PERIOD.YEAR.eq(
                                DSL.any(years.stream().map(Integer::shortValue).toArray(Short[]::new)))),
                r -> new FileReads.Reported(
                        r.getInt(1),
                        r.getInt(2),
                        r.getInt(3),
                        PeriodKind.month.getLiteral().equals(r.getString(4)))));
    }

    /**
     * The last twelve approved monthly values before a month, per indicator and division, newest
     * first: the district's own history for the outlier check, in one statement for a whole sheet.
     * Only the two years before the month's year are searched: older values say little about a
     * district's current level, and without the bound the statement ranks every figure ever approved.
     */
    Map<List<Integer>, List<BigDecimal>> history(int year, int month, Collection<Integer> divisionIds) {
        var rank = rowNumber()
                .over()
                .partitionBy(FIGURE.INDICATOR_ID, FIGURE.DIVISION_ID)
                .orderBy(PERIOD.YEAR.desc(), PERIOD.MONTH.desc())
                .as("rank");
        var ranked = db.select(FIGURE.INDICATOR_ID, FIGURE.DIVISION_ID, FIGURE.APPROVED_VALUE, rank)
                .from(FIGURE)
                .join(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .where(PERIOD.KIND.eq(PeriodKind.month))
                .and(PERIOD.YEAR.ge((short) (year - 2)))
                .and(PERIOD.YEAR
                        .lt((short) year)
                        .or(PERIOD.YEAR.eq((short) year).and(PERIOD.MONTH.lt((short) month))))
                .and(FIGURE.DIVISION_ID.in(divisionIds))
                .and(FIGURE.REVISION.gt(0))
                .and(FIGURE.APPROVED_VALUE.isNotNull())
                .asTable("ranked");
        var history = new HashMap<List<Integer>, List<BigDecimal>>();
        db.select(
                        ranked.field(FIGURE.INDICATOR_ID),
                        ranked.field(FIGURE.DIVISION_ID),
                        ranked.field(FIGURE.APPROVED_VALUE))
                .from(ranked)
                .where(ranked.field("rank", Integer.class).le(12))
                .forEach(r -> history.computeIfAbsent(List.of(r.value1(), r.value2()), k -> new ArrayList<>())
                        .add(r.value3()));
        return history;
    }

    /**
     * Values the cross-indicator rules compare, per division of a sheet, in one statement: the
     * working value of the period itself, or for a yearly period the latest month of the year of a
     * monthly indicator.
     */
    Map<Integer, Map<Integer, BigDecimal>> ruleValues(
            Collection<Integer> divisionIds, int periodId, int year, boolean yearly) {
        var samePeriod = FIGURE.PERIOD_ID.eq(periodId);
        var condition =
                yearly ? samePeriod.or(PERIOD.YEAR.eq((short) year).and(PERIOD.KIND.eq(PeriodKind.month))) : samePeriod;
        var values = new HashMap<Integer, Map<Integer, BigDecimal>>();
        db.select(FIGURE.DIVISION_ID, FIGURE.INDICATOR_ID, FIGURE.VALUE)
                .distinctOn(FIGURE.DIVISION_ID, FIGURE.INDICATOR_ID)
                .from(FIGURE)
                .join(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .where(FIGURE.DIVISION_ID.in(divisionIds))
                .and(condition)
                .and(FIGURE.VALUE.isNotNull())
                .orderBy(
                        FIGURE.DIVISION_ID,
                        FIGURE.INDICATOR_ID,
                        samePeriod.desc(),
                        PERIOD.MONTH.desc().nullsLast())
                .forEach(r ->
                        values.computeIfAbsent(r.value1(), d -> new HashMap<>()).put(r.value2(), r.value3()));
        return values;
    }

    /**
     * A digest of everything an import's checks read for these units and years (see {@link FigureBatch}):
     * the data version (catalogue, divisions and their successions, periods, every approved value), the
     * rules, and the id and version of every figure of the units in the years, drafts included: every
     * change to a figure's row moves its version (FigureRepository), and an id is never used twice. With
     * whether the transaction reads one snapshot: only then did the checks' statements see the state the
     * digest describes.
     */
    Fingerprint fingerprint(Collection<Integer> divisionIds, Collection<Integer> years) {
        var row = db.fetchOne(
                """
                select current_setting('transaction_isolation') in ('repeatable read', 'serializable'),
                       (select n || '/' || xact from data_version)
                       || '/' || coalesce((select md5(string_agg(r::text, '|' order by r.id))
                                           from validation_rule r), '')
                       || '/' || coalesce((select md5(string_agg(f.id || '.' || f.version, ',' order by f.id))
                                           from figure f
                                           where f.division_id = any(?)
                                             and f.period_id = any(array(select id from period
                                                                         where year = any(?)))), '')
                       || '/' || coalesce((select string_agg(u.id::text, ',' order by u.id)
                                           from unit_publication u where u.year = any(?)), '')""",
                divisionIds.toArray(Integer[]::new),
                years.stream().map(Integer::shortValue).toArray(Short[]::new),
                years.stream().map(Integer::shortValue).toArray(Short[]::new));
        return new Fingerprint(row.get(1, String.class), row.get(0, Boolean.class));
    }

    /** See {@link #fingerprint}. */
    record Fingerprint(String digest, boolean oneSnapshot) {}

    List<CrossRule> rules() {
        return db.selectFrom(VALIDATION_RULE)
                .where(VALIDATION_RULE.ENABLED)
                .fetch(r -> new CrossRule(
                        r.getId(),
                        r.getCode(),
                        r.getLeftId(),
                        Vocabularies.toDomain(r.getOperator(), CrossRule.Operator.class),
                        Arrays.asList(r.getRightIds()),
                        Vocabularies.toDomain(r.getSeverity(), Finding.Severity.class),
                        r.getMessageZh(),
                        r.getMessageEn()));
    }

    /**
     * Active indicators reported in periods of this kind, by the city itself or by its county-level
     * units. A year period also takes the cumulative monthly indicators: their year total, the December
     * cumulative, for offices that hold only year totals. A set: the sheet takes its rows' order from
     * the catalogue, as the dashboard does.
     */
    Set<Integer> indicatorsFor(boolean yearly) {
        return db.select(INDICATOR.ID)
                .from(INDICATOR)
                .where(INDICATOR.RETIRED_ON.isNull())
                .and(
                        yearly
                                ? INDICATOR
                                        .FREQUENCY
                                        .eq(PeriodKind.year)
                                        .or(INDICATOR
                                                .FREQUENCY
                                                .eq(PeriodKind.month)
                                                .and(INDICATOR.ACCUMULATION.eq(Accumulation.cumulative)))
                                : INDICATOR.FREQUENCY.eq(PeriodKind.month))
                .fetchSet(INDICATOR.ID);
    }
}
