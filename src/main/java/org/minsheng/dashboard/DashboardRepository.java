package org.minsheng.dashboard;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.selectOne;
import static org.minsheng.db.Tables.DATA_VERSION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.PERIOD;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class DashboardRepository {

    /*
     * The one roll-up every dashboard chart and table reads. Written as SQL because it is easier to
     * review as SQL than as DSL: approved reads the window's approved figures unit by unit and period
     * by period, through the (division_id, period_id) index as a plain sum over the same rows does.
     * Materialized, and the lookup fenced with offset 0, so the planner can neither turn it back into
     * one unique-index probe per indicator x unit x period (3,120 probes and 12,700 buffers for the
     * city's year, against ~1,400) nor, on a small table, into a parallel sequential scan;
     * base adds each figure's indicator rules; running turns
     * per-period reports into running sums (cumulative reports are already to-date); cell adds, for
     * each ratio indicator, one row per unit carrying its numerator and denominator, so the total is
     * recomputed as sum(num) / sum(den) * 100 and never averaged from percentages; the last select
     * rolls each indicator up by its own rule with GROUPING SETS (unit rows plus the city total).
     * {0} city id, {1} year, {2} first month, {3} last month, {4} yearly figures count, {5} last month only.
     */
    private static final String ROLLUP_CELLS = """
            with unit as (
              select d.id, d.id = {0} as is_city from division d where d.parent_id = {0} or d.id = {0}
            ), approved as materialized (
              select f.indicator_id, f.division_id, coalesce(p.month, {3}) as month, p.kind, u.is_city,
                     f.approved_value, f.approved_not_applicable, f.approved_at, f.revision, f.corrections
              from unit u
              cross join period p
              cross join lateral (
                select * from figure f where f.division_id = u.id and f.period_id = p.id and f.revision > 0
                offset 0
              ) f
              where p.year = {1}
                and ((p.kind = 'month' and p.month between {2} and {3}) or (p.kind = 'year' and {4}))
            ), base as (
              select a.indicator_id, a.division_id, a.month, i.accumulation,
                     a.approved_value as value, a.approved_not_applicable as na, a.approved_at, a.revision,
                     a.corrections
              from approved a
              join indicator i on i.id = a.indicator_id
              -- a cumulative monthly indicator's year total (an annual-only year) stands for its December
              where (i.frequency = a.kind or (a.kind = 'year' and i.accumulation = 'cumulative'))
                and (not a.is_city or i.reporting_level = 'city')
            ), running as (
              select indicator_id, division_id, month,
                     case when accumulation = 'per_period' then sum(value) over w else value end as value,
                     case when accumulation = 'per_period' then bool_and(na) over w else na end as na,
                     case when accumulation = 'per_period' then max(approved_at) over w else approved_at end
                       as approved_at,
                     revision,
                     case when accumulation = 'per_period' then sum(corrections) over w else corrections end
                       as corrections
              from base
              window w as (partition by indicator_id, division_id order by month)
            ), cell as (
              select r.indicator_id, r.division_id, r.month, r.value, r.na, r.approved_at, r.revision,
                     r.corrections, null::numeric as num, null::numeric as den
              from running r join indicator i on i.id = r.indicator_id
              where i.aggregation <> 'ratio'
              union all
              select q.id, n.division_id, n.month, null, n.na or d.na, greatest(n.approved_at, d.approved_at),
                     greatest(n.revision, d.revision), n.corrections + d.corrections,
                     case when n.value is not null and d.value is not null then n.value end,
                     case when n.value is not null and d.value is not null then d.value end
              from running n
              join indicator q on q.numerator_id = n.indicator_id and q.aggregation = 'ratio'
              join running d on d.indicator_id = q.denominator_id and d.division_id = n.division_id
                            and d.month = n.month
            )
            select c.indicator_id, c.division_id, grouping(c.division_id) as is_total, c.month,
                   case i.aggregation when 'max' then max(c.value)
                                      when 'min' then min(c.value)
                                      when 'ratio' then round(sum(c.num) * 100 / nullif(sum(c.den), 0), i.scale)
                                      else sum(c.value) end as value,
                   bool_and(c.na) as na, max(c.approved_at) as approved_at, max(c.revision) as revision,
                   coalesce(sum(c.corrections), 0) as corrections
            from cell c join indicator i on i.id = c.indicator_id
            where not {5} or c.month = {3}
            group by grouping sets ((c.indicator_id, i.aggregation, i.scale, c.month, c.division_id),
                                    (c.indicator_id, i.aggregation, i.scale, c.month))""";

    private static final String ROLLUP = ROLLUP_CELLS + "\norder by c.indicator_id, c.month";

    /*
     * Per category subtotals of the pivot. Figures of different indicators do not add up (schools and
     * kilometres), so a category's subtotal is how many of its targets are met: each rolled-up cell of
     * ROLLUP_CELLS (a district's, or the city total's) against the target of its own unit, by the
     * target's direction as TargetDirection.isMet has it. Only cells with a figure count; GROUPING SETS
     * add each unit's count over all categories (category null).
     * {0}..{5} as for ROLLUP_CELLS.
     */
    private static final String CATEGORY_SCORES = """
            select k.code as category, coalesce(r.division_id, {0}) as unit, grouping(k.code) as all_categories,
                   count(*) as targeted,
                   count(*) filter (where case t.direction when 'increase_to' then r.value >= t.value
                                                           when 'reach_zero' then r.value = 0
                                                           else r.value <= t.value end) as met
            from (""" + ROLLUP_CELLS + """
            ) r
            join indicator i on i.id = r.indicator_id
            join indicator_category k on k.id = i.category_id
            join target t on t.indicator_id = r.indicator_id and t.year = {1}
                         and t.division_id = coalesce(r.division_id, {0})
            where r.value is not null
            group by grouping sets ((k.code, coalesce(r.division_id, {0})), (coalesce(r.division_id, {0})))""";

    /*
     * Each year's value of every indicator, for the city total or for one line of units (a district
     * with the units it replaced and that replaced it), in one statement. Per-period reports add up
     * over the year, cumulative ones take their latest approved month; ratios are recomputed from
     * their parts as in ROLLUP. Within a line only one unit reports in a given year, so adding the
     * line's units per year follows a rename without double counting.
     * {0} city id, {1} first year, {2} last year, {3} true for a line, {4} the line's unit ids.
     */
    private static final String YEARS = """
            with base as (
              select f.indicator_id, f.division_id, p.year, coalesce(p.month, 12) as month, i.accumulation,
                     f.approved_value as value, f.approved_not_applicable as na
              from figure f
              join indicator i on i.id = f.indicator_id
              join period p on p.id = f.period_id
              join division d on d.id = f.division_id
              where f.revision > 0 and p.year between {1} and {2}
                and ((i.frequency = 'month' and p.kind = 'month') or (i.frequency = 'year' and p.kind = 'year')
                     or (i.frequency = 'month' and i.accumulation = 'cumulative' and p.kind = 'year'))
                and case when {3} then d.id = any({4})
                         else d.parent_id = {0} or (d.id = {0} and i.reporting_level = 'city') end
            ), unit_year as (
              select indicator_id, division_id, year,
                     case when accumulation = 'per_period' then sum(value)
                          else (array_agg(value order by month desc))[1] end as value,
                     bool_and(na) as na
              from base
              group by indicator_id, division_id, year, accumulation
            ), cell as (
              select u.indicator_id, u.year, u.value, u.na, null::numeric as num, null::numeric as den
              from unit_year u join indicator i on i.id = u.indicator_id
              where i.aggregation <> 'ratio'
              union all
              select q.id, n.year, null, n.na or d.na,
                     case when n.value is not null and d.value is not null then n.value end,
                     case when n.value is not null and d.value is not null then d.value end
              from unit_year n
              join indicator q on q.numerator_id = n.indicator_id and q.aggregation = 'ratio'
              join unit_year d on d.indicator_id = q.denominator_id and d.division_id = n.division_id
                              and d.year = n.year
            )
            select c.indicator_id, c.year,
                   case i.aggregation when 'max' then max(c.value)
                                      when 'min' then min(c.value)
                                      when 'ratio' then round(sum(c.num) * 100 / nullif(sum(c.den), 0), i.scale)
                                      else sum(c.value) end as value,
                   bool_and(c.na) as na
            from cell c join indicator i on i.id = c.indicator_id
            group by c.indicator_id, c.year, i.aggregation, i.scale
            order by c.indicator_id, c.year""";

    private final DSLContext db;

    DashboardRepository(DSLContext db) {
        this.db = db;
    }

    /** Changes with anything the dashboards show (V090's triggers); the key of their cache. */
    Object dataVersion() {
        return db.select(DATA_VERSION.N, DATA_VERSION.XACT)
                .from(DATA_VERSION)
                .fetchSingle()
                .intoList();
    }

    /** The latest month of the year with at least one approved figure, or null before the first. */
    Integer latestApprovedMonth(int year) {
        // Asked per period (a dozen index probes), not as a join over every figure of the year:
        // nationally that join read ten million rows for one number (docs/benchmarks.md).
        // An approved year period counts as December: an annual-only year has no months at all.
        var month = db.select(max(coalesce(PERIOD.MONTH, (short) 12)))
                .from(PERIOD)
                .where(PERIOD.YEAR.eq((short) year))
                .and(approvedFigureIn())
                .fetchOne(0, Short.class);
        return month == null ? null : month.intValue();
    }

    /** Whether the year's district figures are the demo's illustrative split (V100). */
    boolean illustrative(int year) {
        return db.fetchExists(
                selectOne().from(PERIOD).where(PERIOD.YEAR.eq((short) year)).and(PERIOD.ILLUSTRATIVE));
    }

    Optional<Integer> latestApprovedYear() {
        return yearsWithApprovedFigures().stream().findFirst();
    }

    /** Years with approved figures, newest first. */
    List<Integer> yearsWithApprovedFigures() {
        return db.selectDistinct(PERIOD.YEAR)
                .from(PERIOD)
                .where(approvedFigureIn())
                .orderBy(PERIOD.YEAR.desc())
                .fetch(r -> r.value1().intValue());
    }

    private static Condition approvedFigureIn() {
        return exists(
                selectOne().from(FIGURE).where(FIGURE.PERIOD_ID.eq(PERIOD.ID)).and(FIGURE.REVISION.gt(0)));
    }

    /**
     * Each unit's approved value of each indicator over the months {@code from}..{@code to}, and the
     * city total, in one statement. Cumulative indicators take the last month, per-period ones add up
     * the window; yearly indicators count only when {@code yearly} (a whole-year view).
     */
    List<YearCell> cells(int cityId, int year, int from, int to, boolean yearly) {
        return rollup(cityId, year, from, to, yearly, true).map(DashboardRepository::toCell);
    }

    /**
     * The cells of the window January..{@code to} and every month's roll-up up to {@code to}, from one
     * statement: the cells are the last month of the running roll-up the trend reads anyway, so a
     * window that starts in January need not roll the same figures up twice.
     */
    List<MonthCell> cellsByMonth(int cityId, int year, int to, boolean yearly) {
        return rollup(cityId, year, 1, to, yearly, false)
                .map(r -> new MonthCell(toCell(r), r.get("month", Integer.class)));
    }

    /** A rolled-up cell at the end of one month of the window. */
    record MonthCell(YearCell cell, int month) {}

    /** How many targets are met per category and unit in the window, and over all categories. */
    List<CategoryScore> categoryScores(int cityId, int year, int from, int to, boolean yearly) {
        return db.resultQuery(
                        CATEGORY_SCORES,
                        inline(cityId),
                        inline(year),
                        inline(from),
                        inline(to),
                        inline(yearly),
                        inline(true))
                .fetch(r -> new CategoryScore(
                        r.get("all_categories", Integer.class) == 1 ? null : r.get("category", String.class),
                        r.get("unit", Integer.class),
                        r.get("met", Integer.class),
                        r.get("targeted", Integer.class)));
    }

    /** The same roll-up for every month of the window: the trend lines and sparklines. */
    List<TrendPoint> trend(int cityId, int year, int to) {
        return rollup(cityId, year, 1, to, false, false)
                .map(r -> new TrendPoint(
                        r.get("indicator_id", Integer.class),
                        divisionOf(r),
                        r.get("month", Integer.class),
                        r.get("value", BigDecimal.class)));
    }

    /**
     * Year values from {@code from} to {@code to}: the city total when {@code line} is empty, else the
     * sum over the given units of one line.
     */
    List<YearPoint> years(int cityId, int from, int to, List<Integer> line) {
        return db.resultQuery(
                        YEARS,
                        inline(cityId),
                        inline(from),
                        inline(to),
                        inline(!line.isEmpty()),
                        DSL.val(line.toArray(Integer[]::new)))
                .fetch(r -> new YearPoint(
                        r.get("indicator_id", Integer.class),
                        r.get("year", Integer.class),
                        r.get("value", BigDecimal.class),
                        Boolean.TRUE.equals(r.get("na", Boolean.class))));
    }

    private Result<Record> rollup(int cityId, int year, int from, int to, boolean yearly, boolean lastOnly) {
        return db.resultQuery(
                        ROLLUP,
                        inline(cityId),
                        inline(year),
                        inline(from),
                        inline(to),
                        inline(yearly),
                        inline(lastOnly))
                .fetch();
    }

    private static YearCell toCell(Record r) {
        return new YearCell(
                r.get("indicator_id", Integer.class),
                divisionOf(r),
                r.get("value", BigDecimal.class),
                Boolean.TRUE.equals(r.get("na", Boolean.class)),
                r.get("approved_at", OffsetDateTime.class),
                r.get("revision", Integer.class),
                r.get("corrections", Integer.class));
    }

    private static Integer divisionOf(Record r) {
        return r.get("is_total", Integer.class) == 1 ? null : r.get("division_id", Integer.class);
    }
}
