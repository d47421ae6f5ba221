package org.minsheng.dashboard;

/**
 * The dashboards' roll-up statements, each in two forms that must give the same rows: read from the
 * pre-aggregates (V110: a unit's running values per indicator and month, and its year), which the
 * dashboards use, and computed live from the figures, which is what V110's rows stand for and what
 * the randomised equality test and the benchmark compare them with. Both forms share everything after
 * each unit's values are known: ratios recomputed from their parts, each indicator rolled up by its
 * own rule, the total by GROUPING SETS.
 */
final class RollupSql {

    /** Where the units' values come from. */
    enum Source {
        PREAGGREGATED,
        LIVE
    }

    private RollupSql() {}

    /*
     * The units of one dashboard: the children of {0} and {0} itself (for its city-level indicators).
     * Any unit can be {0}: its children's rows are read by key, whatever lies below them.
     */
    private static final String UNITS = """
            with unit as (
              select d.id, d.id = {0} as is_city from division d where d.parent_id = {0} or d.id = {0}
            )""";

    /*
     * The indicator's rule, carried along so the rows need not be joined to indicator again, and whether
     * a unit's row may share its key (indicator, unit, month) with another row: only at the window's last
     * month of a view with yearly figures, where a cumulative indicator's year row stands for that month
     * beside its month row. Every other key has one row, so its unit cell needs no aggregation (CELLS).
     */
    private static final String SHARED =
            "aggregation, scale, {4} and month = {3} and accumulation = 'cumulative' as shared\n";

    /* Per-period reports become running sums over the window; cumulative ones are to-date already. */
    private static final String RUNNING_OVER_WINDOW = """
            , running as (
              select indicator_id, division_id, month,
                     case when accumulation = 'per_period' then sum(value) over w else value end as value,
                     case when accumulation = 'per_period' then bool_and(na) over w else na end as na,
                     case when accumulation = 'per_period' then max(approved_at) over w else approved_at end
                       as approved_at,
                     revision,
                     case when accumulation = 'per_period' then sum(corrections) over w else corrections end
                       as corrections,
                     """ + SHARED + """
              from base
              window w as (partition by indicator_id, division_id order by month)
            )""";

    /*
     * A window of one month has nothing to run over: each unit has one row per indicator there (two only
     * for a cumulative indicator's month and year rows, which the window function passes through as
     * they are), so its running values are its values.
     */
    private static final String RUNNING_IN_ONE_MONTH = """
            , running as (
              select indicator_id, division_id, month, value, na, approved_at, revision, corrections,
                     """ + SHARED + """
              from base
            )""";

    /*
     * Live: approved reads the window's approved figures unit by unit and period by period, through the
     * (division_id, period_id) index as a plain sum over the same rows does. Materialized, and the
     * lookup fenced with offset 0, so the planner can neither turn it back into one unique-index probe
     * per indicator x unit x period nor, on a small table, into a parallel sequential scan; base adds
     * each figure's indicator rules; running turns per-period reports into running sums over the window
     * (cumulative reports are already to-date).
     */
    private static final String LIVE_UNIT_VALUES = """
            , approved as materialized (
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
              select a.indicator_id, a.division_id, a.month, i.accumulation, i.aggregation, i.scale,
                     a.approved_value as value, a.approved_not_applicable as na, a.approved_at, a.revision,
                     a.corrections
              from approved a
              join indicator i on i.id = a.indicator_id
              -- a cumulative monthly indicator's year total (an annual-only year) stands for its December
              where (i.frequency = a.kind or (a.kind = 'year' and i.accumulation = 'cumulative'))
                and (not a.is_city or i.reporting_level = 'city')
            )""";

    /*
     * Pre-aggregated: the units' rows of the window from rollup_month, by key. The year row (month 0)
     * stands for the window's last month, as the year period's figure does live; the filters are the
     * live base's, applied to rows instead of figures. The month bounds repeat what the case keeps, as
     * a condition the key's index applies: a one-month ranking then fetches that month's rows, not the
     * whole year's (220 instead of 2,640 rows at S; docs/benchmarks.md 2.1).
     */
    private static final String PREAGGREGATED_ROWS = """
            select m.indicator_id, m.division_id, case when m.month = 0 then {3} else m.month end as month,
                   i.accumulation, i.aggregation, i.scale, m.value, m.na, m.approved_at, m.revision, m.corrections,
                   m.run_value, m.run_na, m.run_approved_at, m.run_corrections
            from unit u
            join rollup_month m on m.division_id = u.id and m.year = {1}
            join indicator i on i.id = m.indicator_id
            where case when m.month = 0 then {4} and (i.frequency = 'year' or i.accumulation = 'cumulative')
                       else i.frequency = 'month' and m.month between {2} and {3} end
              and m.month >= case when {4} then 0 else {2} end and m.month <= {3}
              and (not u.is_city or i.reporting_level = 'city')""";

    /* A window from January: the running values are the stored ones, no window function needed. */
    private static final String PREAGGREGATED_FROM_JANUARY = ", running as (select indicator_id, division_id, month,"
            + " case when accumulation = 'per_period' then run_value else value end as value,"
            + " case when accumulation = 'per_period' then run_na else na end as na,"
            + " case when accumulation = 'per_period' then run_approved_at else approved_at end as approved_at,"
            + " revision,"
            + " case when accumulation = 'per_period' then run_corrections else corrections end as corrections,"
            + " " + SHARED
            + " from (" + PREAGGREGATED_ROWS + ") r)";

    /* A window from a later month (a quarter, one month): at most three rows a unit, run over as live. */
    private static final String PREAGGREGATED_IN_WINDOW = ", base as (" + PREAGGREGATED_ROWS + ")";

    /*
     * cell adds, for each ratio indicator, one row per unit carrying its numerator and denominator, so
     * the total is recomputed as sum(num) / sum(den) * 100 and never averaged from percentages. Only the
     * few ratio rows are kept as a table of their own (ratio, computed once); cell itself is written into each place
     * that reads it: kept as a table too, it copied every unit row of running once more, ~1.7 ms of the
     * trend's 11.8 at L (docs/benchmarks.md 2.1.2), to be read back three times. in_total: whether the row
     * counts towards the total; a rule of none (市级直接填报，不汇总) counts the focus's own row only, never its
     * children's added up (a province root's own roll-up summed its cities' 牵头市直部门).
     */
    private static final String CELL = """
            , ratio as materialized (
              select q.id as indicator_id, n.division_id, n.month, n.na or d.na as na,
                     greatest(n.approved_at, d.approved_at) as approved_at, greatest(n.revision, d.revision) as revision,
                     n.corrections + d.corrections as corrections,
                     case when n.value is not null and d.value is not null then n.value end as num,
                     case when n.value is not null and d.value is not null then d.value end as den,
                     q.aggregation, q.scale, n.shared or d.shared as shared
              from running n
              join indicator q on q.numerator_id = n.indicator_id and q.aggregation = 'ratio'
              join running d on d.indicator_id = q.denominator_id and d.division_id = n.division_id
                            and d.month = n.month
            ), cell as not materialized (
              select r.indicator_id, r.division_id, r.month, r.value, r.na, r.approved_at, r.revision,
                     r.corrections, null::numeric as num, null::numeric as den, r.aggregation, r.scale, r.shared,
                     r.aggregation <> 'none' or r.division_id = {0} as in_total
              from running r
              where r.aggregation <> 'ratio'
              union all
              select indicator_id, division_id, month, null, na, approved_at, revision, corrections, num, den,
                     aggregation, scale, shared, true
              from ratio
            )""";

    /* Each indicator rolled up by its own rule over the rows of cell, grouped by {group}. */
    private static final String ROLLED_UP = """
            case i.aggregation when 'max' then max(c.value)
                               when 'min' then min(c.value)
                               when 'ratio' then round(sum(c.num) * 100 / nullif(sum(c.den), 0), i.scale)
                               else sum(c.value) end as value,
            bool_and(c.na) as na, max(c.approved_at) as approved_at, max(c.revision) as revision,
            coalesce(sum(c.corrections), 0) as corrections
            from cell c join indicator i on i.id = c.indicator_id""";

    /* The same over cell's own copy of the rule, without the join. */
    private static final String ROLLED_UP_BY_CELL_RULE = ROLLED_UP
            .replace("i.aggregation", "c.aggregation")
            .replace("i.scale", "c.scale")
            .replace(" join indicator i on i.id = c.indicator_id", "");

    /* A window's total: the window's year is {1}. */
    private static final String TOTAL_NOT_APPLICABLE =
            NotApplicableSql.EVERY_UNIT_NOT_APPLICABLE.replace("{line}", "").replace("{year}", "{1}::int");

    /* A total row of the window rolled up by its rule, 不适用 as TOTAL_NOT_APPLICABLE has it. */
    private static final String TOTAL_ROLLED_UP_BY_CELL_RULE =
            ROLLED_UP_BY_CELL_RULE.replace("bool_and(c.na) as na", TOTAL_NOT_APPLICABLE + " as na");

    /*
     * The unit rows and the total. A unit's key has one row of cell except where it is shared (SHARED),
     * so its cell is that row as it is, a ratio's value computed from its own parts: what the unit's group
     * of one rolled up to by each rule. Grouping every unit row as well (GROUPING SETS, CELLS_BY_GROUPING_SETS)
     * built a numeric sum's state for each of ~2,900 groups of one: without it the trend takes ~10% less
     * (docs/benchmarks.md 2.1.1). Only the shared keys and the total (one group per indicator and month)
     * are aggregated. {5} keeps the last month only.
     */
    private static final String CELLS = CELL + """

            select * from (
              select c.indicator_id, c.division_id, 0 as is_total, c.month,
                     case when c.aggregation = 'ratio' then round(c.num * 100 / nullif(c.den, 0), c.scale)
                          else c.value end as value,
                     c.na, c.approved_at, c.revision, coalesce(c.corrections, 0) as corrections
              from cell c
              where not c.shared and (not {5} or c.month = {3})
              union all
              select c.indicator_id, c.division_id, 0, c.month,
            """ + ROLLED_UP_BY_CELL_RULE + """

              where c.shared and (not {5} or c.month = {3})
              group by c.indicator_id, c.aggregation, c.scale, c.month, c.division_id
              union all
              select c.indicator_id, null, 1, c.month,
            """ + TOTAL_ROLLED_UP_BY_CELL_RULE + """

              where c.in_total and (not {5} or c.month = {3})
              group by c.indicator_id, c.aggregation, c.scale, c.month
            ) c""";

    /*
     * The same rows with every unit row grouped too, by GROUPING SETS: the final select as it was until
     * 2026-12-01, kept as the reference the equality tests compare CELLS with (both sources share it)
     * and the bench times beside it.
     */
    private static final String CELLS_BY_GROUPING_SETS = CELL + """

            select c.indicator_id, c.division_id, grouping(c.division_id) as is_total, c.month,
            """
            + ROLLED_UP.replace(
                    "bool_and(c.na) as na",
                    "case when grouping(c.division_id) = 1 then " + TOTAL_NOT_APPLICABLE
                            + " else bool_and(c.na) end as na")
            + """

            where not {5} or c.month = {3}
            group by grouping sets ((c.indicator_id, i.aggregation, i.scale, c.month, c.division_id),
                                    (c.indicator_id, i.aggregation, i.scale, c.month, c.in_total))
            having grouping(c.division_id) = 0 or c.in_total""";

    /**
     * Each unit's approved value of each indicator at each month of the window {2}..{3} of year {1},
     * and the total of {0}'s children (with {0}'s own city-level figures). Cumulative indicators take
     * the month's report, per-period ones add up the window to that month; yearly figures count only
     * when {4}; {5} keeps the window's last month only. {@code first} and {@code last} are the window's
     * months ({2} and {3}): they choose the statement's form, not its values.
     */
    static String cells(Source source, int first, int last) {
        return unitValues(source, first, last) + CELLS;
    }

    /** {@link #cells} with every unit row grouped as well: the reference of the equality tests. */
    static String cellsByGroupingSets(Source source, int first, int last) {
        return unitValues(source, first, last) + CELLS_BY_GROUPING_SETS;
    }

    private static String unitValues(Source source, int first, int last) {
        var running = first == last ? RUNNING_IN_ONE_MONTH : RUNNING_OVER_WINDOW;
        return UNITS
                + switch (source) {
                    case LIVE -> LIVE_UNIT_VALUES + running;
                    case PREAGGREGATED -> first == 1 ? PREAGGREGATED_FROM_JANUARY : PREAGGREGATED_IN_WINDOW + running;
                };
    }

    /*
     * Per category subtotals of the pivot. Figures of different indicators do not add up (schools and
     * kilometres), so a category's subtotal is how many of its targets are met: each rolled-up cell (a
     * district's, or the city total's) against the target of its own unit, by the target's direction
     * as TargetDirection.isMet has it. Only cells with a figure count; GROUPING SETS add each unit's
     * count over all categories (category null). {0}..{5} as for cells.
     */
    static String categoryScores(Source source, int first, int last) {
        return """
                select k.code as category, coalesce(r.division_id, {0}) as unit, grouping(k.code) as all_categories,
                       count(*) as targeted,
                       count(*) filter (where case t.direction when 'increase_to' then r.value >= t.value
                                                               when 'reach_zero' then r.value = 0
                                                               else r.value <= t.value end) as met
                from (""" + cells(source, first, last) + """
                ) r
                join indicator i on i.id = r.indicator_id
                join indicator_category k on k.id = i.category_id
                join target t on t.indicator_id = r.indicator_id and t.year = {1}
                             and t.division_id = coalesce(r.division_id, {0})
                where r.value is not null
                group by grouping sets ((k.code, coalesce(r.division_id, {0})), (coalesce(r.division_id, {0})))""";
    }

    /*
     * Live: per-period reports add up over the year, cumulative ones take their latest approved month
     * (the year period's total standing for December).
     */
    private static final String LIVE_UNIT_YEARS = """
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
            )""";

    /* Pre-aggregated: the same from rollup_year, choosing its parts by the indicator's rules. */
    private static final String PREAGGREGATED_UNIT_YEARS = """
            with unit as (
              select d.id, d.id = {0} and not {3} as is_city from division d
              where case when {3} then d.id = any({4}) else d.parent_id = {0} or d.id = {0} end
            ), unit_year as (
              select y.indicator_id, y.division_id, y.year,
                     case when i.frequency = 'year' then y.year_value
                          when i.accumulation = 'per_period' then y.month_sum
                          when y.has_year then y.year_value
                          else y.last_value end as value,
                     case when i.frequency = 'year' then y.year_na
                          when i.accumulation = 'per_period' then y.month_na
                          else coalesce(y.month_na, true) and coalesce(y.year_na, true) end as na
              from unit u
              join rollup_year y on y.division_id = u.id and y.year between {1} and {2}
              join indicator i on i.id = y.indicator_id
              where case when i.frequency = 'year' then y.has_year
                         when i.accumulation = 'per_period' then y.months > 0
                         else true end
                and (not u.is_city or i.reporting_level = 'city')
            )""";

    /* A year's total, of {0}'s children or of the line {4} when {3}: the year is the row's. */
    private static final String YEAR_NOT_APPLICABLE = NotApplicableSql.EVERY_UNIT_NOT_APPLICABLE
            .replace("{line}", "when {3} then d.id = any({4}) ")
            .replace("{year}", "c.year::int");

    private static final String YEAR_CELLS = """
            , cell as (
              select u.indicator_id, u.division_id, u.year, u.value, u.na, null::numeric as num,
                     null::numeric as den
              from unit_year u join indicator i on i.id = u.indicator_id
              where i.aggregation <> 'ratio' and (i.aggregation <> 'none' or {3} or u.division_id = {0})
              union all
              select q.id, n.division_id, n.year, null, n.na or d.na,
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
                   """ + YEAR_NOT_APPLICABLE + """
            as na
            from cell c join indicator i on i.id = c.indicator_id
            group by c.indicator_id, c.year, i.aggregation, i.scale
            order by c.indicator_id, c.year""";

    /**
     * Each year's value of every indicator, for the total of {0}'s children or for one line of units (a
     * district with the units it replaced and that replaced it). Ratios are recomputed from their parts.
     * Within a line only one unit reports in a given year, so adding the line's units per year follows a
     * rename without double counting. {1} first year, {2} last year, {3} true for a line, {4} its ids.
     */
    static String years(Source source) {
        return switch (source) {
                    case LIVE -> LIVE_UNIT_YEARS;
                    case PREAGGREGATED -> PREAGGREGATED_UNIT_YEARS;
                }
                + YEAR_CELLS;
    }
}
