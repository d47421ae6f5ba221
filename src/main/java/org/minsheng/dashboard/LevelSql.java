package org.minsheng.dashboard;

/**
 * The value of any unit and of each of its children along the division hierarchy (docs/levels.md): a
 * unit's own approved figure when it has one, otherwise its children's values rolled up by the
 * indicator's rule (sum, max, min, a ratio recomputed from its numerator's and denominator's values, 不适用
 * when every child that existed during the year has a value and each is 不适用: one county's 不适用 while
 * the others have not reported is no data yet, as on the city's roll-up); a rule of none (市级直接填报，不汇总) is never rolled up, so a unit without a figure
 * of its own has no value of it (福建省 summed its cities' categories to 151类). Two forms that must give the same rows: read from the pre-aggregates
 * (V110's own rows and V122's totals, a few rows per child by key), and computed live from the figures
 * of the whole subtree, which the randomised equality test compares them with.
 *
 * <p>A per-period indicator over a window of several months that does not start in January is not a
 * difference of running totals: a unit drops out of a month's total where it has no figure that month,
 * and for max and min a window is not a roll-up of monthly maxima. A quarter (a window from April, July
 * or October within its quarter, the only such window the dashboard offers) reads V150's running values
 * from the quarter's first month; any other such window reads the rows of the units whose own figures
 * count, found by walking down the totals ({@code WALKED}). One month is the month's rows, own or total.
 */
final class LevelSql {

    private LevelSql() {}

    /*
     * {0} the focus unit, {1} year, {2}..{3} the window's months, {4} whether yearly figures count, {5}
     * the window's last month only. unit: the focus and its children; tree: the focus's subtree with each
     * unit's path from the focus (path[1] the focus, path[2] the child it lies under). LevelYearsSql
     * starts from the same two.
     */
    static final String UNITS = """
            with recursive unit as (
              select d.id from division d where d.parent_id = {0} or d.id = {0}
            ), tree (id, path) as (
              select {0}, array[{0}]
              union all
              select d.id, t.path || d.id from tree t join division d on d.parent_id = t.id
              where cardinality(t.path) < 16
            )""";

    /* The window's months of an indicator's rows, as RollupSql's reads choose them; month 0 is the year. */
    private static String inWindow(String month) {
        return " (case when %1$s = 0 then {4} and (i.frequency = 'year' or i.accumulation = 'cumulative')"
                        .formatted(month)
                + " else i.frequency = 'month' and %1$s between {2} and {3} end)\n".formatted(month);
    }

    /*
     * Live: each approved figure of the subtree in the window, with its running value over the window
     * (per-period indicators); a figure counts for a unit on its path when no unit between them has its
     * own figure of the same indicator and month ("blocked": the deepest such unit on the path). A unit
     * with a figure of its own is not blocked for itself. Sum, max, min, bool_and and the rest are
     * associative, so rolling up the counted figures directly equals rolling up level by level; 不适用 is
     * not (a unit short of a child passes none on), so SHORT_TOTAL looks for such a unit on the way down.
     */
    private static final String LIVE =
            """
            , fig as materialized (
              select f.id, f.indicator_id, f.division_id, t.path, coalesce(p.month, 0) as stored_month,
                     case when p.month is null then {3} else p.month end as month, i.accumulation,
                     f.approved_value as value, f.approved_not_applicable as na, f.approved_at, f.revision,
                     f.corrections
              from tree t
              join figure f on f.division_id = t.id
              join period p on p.id = f.period_id and p.year = {1}
              join indicator i on i.id = f.indicator_id
              where f.revision > 0 and ({live}) and""" + inWindow("coalesce(p.month, 0)") + """
            ), own as (
              select f.id, f.indicator_id, f.division_id, f.path, f.stored_month, f.month,
                     case when accumulation = 'per_period' then sum(value) over w else value end as value,
                     case when accumulation = 'per_period' then bool_and(na) over w else na end as na,
                     case when accumulation = 'per_period' then max(approved_at) over w else approved_at end
                       as approved_at,
                     revision,
                     case when accumulation = 'per_period' then sum(corrections) over w else corrections end
                       as corrections
              from fig f
              window w as (partition by indicator_id, division_id order by month)
            ), blocked as (
              select o.id, max(x.ord) as depth
              from own o
              cross join lateral unnest(o.path) with ordinality as x (id, ord)
              join fig g on g.division_id = x.id and g.indicator_id = o.indicator_id
                        and g.stored_month = o.stored_month
              where x.ord < cardinality(o.path)
              group by o.id
            ), counted as (
              select o.id, o.indicator_id, o.division_id, o.path, o.stored_month as layer, o.month, o.value, o.na,
                     o.approved_at, o.revision, o.corrections, u.id as unit, u.depth, i.aggregation
              from own o
              left join blocked b on b.id = o.id
              cross join lateral (values (o.path[1], 1), (o.path[2], 2)) as u (id, depth)
              join indicator i on i.id = o.indicator_id
              where u.id is not null and (b.depth is null or b.depth < u.depth)
                and (i.aggregation <> 'none' or o.division_id = u.id)
            )""" + NotApplicableSql.SHORT_TOTAL.replace("{year}", "{1}") + """
            , live_value as (
              select c.indicator_id, c.unit as division_id, c.month,
                     case c.aggregation when 'max' then max(c.value) when 'min' then min(c.value)
                                        else sum(c.value) end as value,
                     bool_and(c.na and s.unit is null) as na, max(c.approved_at) as approved_at,
                     max(c.revision) as revision, sum(c.corrections) as corrections
              from counted c
              left join short_total s on s.indicator_id = c.indicator_id and s.unit = c.unit and s.layer = c.layer
              group by c.indicator_id, c.unit, c.month, c.aggregation
            )""";

    /* No live values, with live_value's columns and types (corrections: a sum of sums, numeric). */
    private static final String NOTHING_LIVE = """
            , live_value (indicator_id, division_id, month, value, na, approved_at, revision, corrections) as (
              select null::integer, null::integer, null::integer, null::numeric, null::boolean,
                     null::timestamptz, null::integer, null::numeric
              where false
            )""";

    /*
     * Whether {unit}'s total row of the walk's key is 不适用, asked of a unit without a row of its own there
     * only where each of the figures the walk counted for it is 不适用 (AND stops before it otherwise). Then
     * each is 不适用 at the key's month too (the walk stops at units with a row that month, and a window's
     * 不适用 is every one of its months'), so the total row, 不适用 only when every unit it counts is (V155),
     * says whether the walk found every unit it counts: the rule without walking the units that have none.
     */
    private static final String TOTAL_NOT_APPLICABLE = """
            (select t.na from rollup_total_month t
                      where t.division_id = {unit} and t.year = {1} and t.indicator_id = {row}.indicator_id
                        and t.month = {row}.stored_month)""";

    /*
     * A per-period indicator over a window of several months from neither January nor a quarter's first
     * month (a quarter reads QUARTER_OWN_ROWS and V150's q_* instead; the walk took ~0.9 s a national
     * quarter at L), from the pre-aggregates: the live roll-up's counted figures found by walking down
     * from each child of the focus through the window's month ({5}: its last only) and stopping at the
     * first unit with a row of its own that month (rollup_month), descending only through units with a
     * total row (rollup_total_month, which exists only where something below has a value). Each counted unit's value is its own rows of the
     * window up to that month added up (rollup_month, at most three rows), so the walk reads the units whose
     * own figures count and the units above them, never the rest of the subtree: at a national root with
     * counties reporting, about 3,300 units an indicator instead of every figure of the country's 44,000.
     * The focus's value is its own when it has a row that month, else its children's rolled up: every
     * column is associative, so that is the same roll-up of the units counted for its children.
     */
    private static final String WALKED =
            """
            , walk_key as (
              select i.id as indicator_id, s.month as stored_month
              from indicator i
              cross join lateral (
                select 0 where {4} and i.frequency = 'year'
                union all
                select m from generate_series(case when {5} then {3} else {2} end, {3}) as m
                where i.frequency = 'month'
              ) as s (month)
              where ({live})
            ), walk (indicator_id, stored_month, id, child, own, depth) as (
              select k.indicator_id, k.stored_month, u.id, u.id, o.own, 1
              from unit u
              cross join walk_key k
              cross join lateral (select exists (select from rollup_month m
                                                 where m.division_id = u.id and m.year = {1}
                                                   and m.indicator_id = k.indicator_id
                                                   and m.month = k.stored_month) as own) as o
              where o.own
                 or (u.id <> {0} and exists (select from rollup_total_month t
                                             where t.division_id = u.id and t.year = {1}
                                               and t.indicator_id = k.indicator_id
                                               and t.month = k.stored_month))
              union all
              select w.indicator_id, w.stored_month, d.id, w.child, o.own, w.depth + 1
              from walk w
              join division d on d.parent_id = w.id
              cross join lateral (select exists (select from rollup_month m
                                                 where m.division_id = d.id and m.year = {1}
                                                   and m.indicator_id = w.indicator_id
                                                   and m.month = w.stored_month) as own) as o
              where not w.own and w.depth < 16
                and (o.own or exists (select from rollup_total_month t
                                      where t.division_id = d.id and t.year = {1}
                                        and t.indicator_id = w.indicator_id and t.month = w.stored_month))
            ), counted as (
              select w.indicator_id, w.stored_month, w.child, w.id = w.child as child_own, i.aggregation, s.value,
                     s.na, s.approved_at, s.revision, s.corrections
              from walk w
              join indicator i on i.id = w.indicator_id
              cross join lateral (
                select sum(m.value) as value, bool_and(m.na) as na, max(m.approved_at) as approved_at,
                       max(m.revision) filter (where m.month = w.stored_month) as revision,
                       sum(m.corrections) as corrections
                from rollup_month m
                where m.division_id = w.id and m.year = {1} and m.indicator_id = w.indicator_id
                  and m.month between case when w.stored_month = 0 then 0 else {2} end and w.stored_month
              ) as s
              where w.own and (i.aggregation <> 'none' or w.id = w.child)
            ), live_value (indicator_id, division_id, month, value, na, approved_at, revision, corrections) as (
              select indicator_id, child, case when stored_month = 0 then {3} else stored_month end,
                     case aggregation when 'max' then max(value) when 'min' then min(value) else sum(value) end,
                     bool_and(na) and (bool_or(child_own) or """ + TOTAL_NOT_APPLICABLE.replace("{unit}", "child").replace("{row}", "counted") + """
                     ),
                     max(approved_at), max(revision), sum(corrections)
              from counted
              group by indicator_id, child, stored_month, aggregation
              union all
              select c.indicator_id, {0}, case when c.stored_month = 0 then {3} else c.stored_month end,
                     case c.aggregation when 'max' then max(c.value) when 'min' then min(c.value)
                                        else sum(c.value) end,
                     bool_and(c.na) and """
                    + TOTAL_NOT_APPLICABLE.replace("{unit}", "{0}").replace("{row}", "c") + """
                     ,
                     max(c.approved_at), max(c.revision), sum(c.corrections)
              from counted c
              where c.child <> {0} and c.aggregation <> 'none'
                and not exists (select from counted f
                                where f.child = {0} and f.indicator_id = c.indicator_id
                                  and f.stored_month = c.stored_month)
              group by c.indicator_id, c.stored_month, c.aggregation
            )""";

    /*
     * Pre-aggregated: each unit's own rows (rollup_month), else its total rows (rollup_total_month) by
     * the indicator's aggregation; in a window from January per-period indicators take the running values
     * from January ({running}), in a one-month window every indicator takes the month's own values.
     *
     * A window's last month alone ({5}) needs only that month's rows and the year's (month 0, counted at
     * the last month): the running values already hold the months before it. Last year's window for 同比
     * read 12 months of every child to keep one (bench/run.sh levels L, docs/benchmarks.md 4.5).
     *
     * A unit has one row a month, own or total, so its value is that row's; only a year row (month 0)
     * counted at the window's last month can meet a cumulative indicator's row of that month ("shared"),
     * and only those are rolled into one by the indicator's rule. Grouping every row by its key, 7,680
     * groups of one at the national root, cost 15-40 ms of the statement (a numeric sum's state a group).
     *
     * The units' own rows are read once (own_row) and a total row is left out where one of them has the
     * same key: a hash anti-join over the few own rows of the page's units. Probing rollup_month's key
     * for each total row instead cost four index pages a row, 30,720 at the national root for no row.
     */
    private static final String PREAGGREGATED = """
            , own_row as materialized (
              select m.indicator_id, m.division_id, m.month as stored_month,
                     case when m.month = 0 then {3} else m.month end as month, i.aggregation,
                     case when {running} then m.{run}value else m.value end as value,
                     case when {running} then m.{run}na else m.na end as na,
                     case when {running} then m.{run}approved_at else m.approved_at end
                       as approved_at,
                     m.revision,
                     case when {running} then m.{run}corrections else m.corrections end
                       as corrections,
                     m.month = 0 or (m.month = {3} and i.accumulation = 'cumulative') as shared
              from unit u
              join {own_rows} m on m.division_id = u.id and m.year = {1}
              join indicator i on i.id = m.indicator_id
              where not ({live}) and (not {5} or m.month in (0, {3})) and""" + inWindow("m.month") + """
            ), preaggregated_row as (
              select indicator_id, division_id, month, aggregation, value, na, approved_at, revision, corrections,
                     shared
              from own_row
              union all
              select t.indicator_id, t.division_id, case when t.month = 0 then {3} else t.month end, i.aggregation,
                     case when {running}
                          then case i.aggregation when 'max' then t.{run}max when 'min' then t.{run}min
                                                  else t.{run}sum end
                          else case i.aggregation when 'max' then t.value_max when 'min' then t.value_min
                                                  else t.value_sum end end,
                     case when {running} then t.{run}na else t.na end,
                     case when {running} then t.{run}approved_at else t.approved_at end,
                     t.revision,
                     case when {running} then t.{run}corrections else t.corrections end,
                     t.month = 0 or (t.month = {3} and i.accumulation = 'cumulative')
              from unit u
              join rollup_total_month t on t.division_id = u.id and t.year = {1}
              join indicator i on i.id = t.indicator_id
              where not ({live}) and (not {5} or t.month in (0, {3})) and i.aggregation <> 'none' and""" + inWindow("t.month") + """
                and not exists (select from own_row o
                                where o.division_id = t.division_id and o.indicator_id = t.indicator_id
                                  and o.stored_month = t.month)
            ), preaggregated_value as (
              select indicator_id, division_id, month, value, na, approved_at, revision, corrections::bigint
              from preaggregated_row
              where not shared
              union all
              select indicator_id, division_id, month,
                     case aggregation when 'max' then max(value) when 'min' then min(value) else sum(value) end
                       as value,
                     bool_and(na) as na, max(approved_at) as approved_at, max(revision) as revision,
                     sum(corrections) as corrections
              from preaggregated_row
              where shared
              group by indicator_id, division_id, month, aggregation
            )""";

    /*
     * A window that starts a quarter and ends within it: the units' own rows with their values from the
     * quarter's first month added up (q_*, as V150 keeps them in the totals), so a per-period indicator
     * is read at the window's months like a window from January (its own row, else its total row's q_*)
     * instead of walking down the totals. The months before the last are read for the sum even when only
     * the last is shown; own_row keeps only the months it needs.
     */
    private static final String QUARTER_OWN_ROWS = """
            (select r.*, sum(r.value) over q as q_value, bool_and(r.na) over q as q_na,
                    max(r.approved_at) over q as q_approved_at, sum(r.corrections) over q as q_corrections
             from unit ru
             join rollup_month r on r.division_id = ru.id and r.year = {1}
             where r.month = 0 or r.month between {2} and {3}
             window q as (partition by r.division_id, r.indicator_id, (r.month + 2) / 3 order by r.month))""";

    /* Each unit's value, a ratio's from its parts' values; the focus's row is the total. */
    private static final String CELLS = """
            , unit_value as (
              select * from live_value union all select * from preaggregated_value
            ), cell as (
              select v.indicator_id, v.division_id, v.month, v.value, v.na, v.approved_at, v.revision,
                     v.corrections
              from unit_value v join indicator i on i.id = v.indicator_id
              where i.aggregation <> 'ratio'
              union all
              select q.id, n.division_id, n.month,
                     case when n.value is not null and d.value is not null
                          then round(n.value * 100 / nullif(d.value, 0), q.scale) end,
                     n.na or d.na, greatest(n.approved_at, d.approved_at), greatest(n.revision, d.revision),
                     n.corrections + d.corrections
              from unit_value n
              join indicator q on q.numerator_id = n.indicator_id and q.aggregation = 'ratio'
              join unit_value d on d.indicator_id = q.denominator_id and d.division_id = n.division_id
                               and d.month = n.month
            )
            select c.indicator_id, c.division_id, (c.division_id = {0})::integer as is_total, c.month, c.value,
                   c.na, c.approved_at, c.revision, c.corrections
            from cell c
            where not {5} or c.month = {3}""";

    /**
     * The value of {0} (its row marked is_total) and of each of its children, for each indicator and
     * month of the window {2}..{3} of year {1}, with the same columns as {@link RollupSql#cells}.
     * Pre-aggregated, every window reads the pre-aggregates: from January their running values; one month
     * its own month's values (a per-period indicator's month is that month's figure, as a cumulative one's
     * is); a later window of several months its cumulative indicators' rows and its per-period ones by
     * {@code WALKED}.
     */
    static String cells(RollupSql.Source source, int first, int last) {
        if (source == RollupSql.Source.LIVE) {
            return statement(LIVE, "true", "false", FROM_JANUARY);
        }
        if (first == 1 || first == last) {
            // Nothing is read live: the live roll-up is left out of the statement rather than planned and
            // switched off by a constant, which was about half the statement's planning.
            return statement(NOTHING_LIVE, "false", first == 1 ? PER_PERIOD : "false", FROM_JANUARY);
        }
        if (withinQuarter(first, last)) {
            return statement(NOTHING_LIVE, "false", PER_PERIOD, FROM_QUARTER);
        }
        return statement(WALKED, PER_PERIOD, "false", FROM_JANUARY);
    }

    private static final String PER_PERIOD = "i.accumulation = 'per_period'";

    /** Which running values PREAGGREGATED reads where {running} holds: their columns' prefix and own rows. */
    private record Running(String prefix, String ownRows) {}

    private static final Running FROM_JANUARY = new Running("run_", "rollup_month");
    private static final Running FROM_QUARTER = new Running("q_", QUARTER_OWN_ROWS);

    /**
     * One form of the statement: {@code liveValues} (LIVE, WALKED or NOTHING_LIVE) for the indicators
     * where {@code live} holds, the pre-aggregates for the rest, their running values where {@code
     * running} holds.
     */
    private static String statement(String liveValues, String live, String running, Running from) {
        return (UNITS + liveValues + PREAGGREGATED + CELLS)
                .replace("{live}", live)
                .replace("{running}", running)
                .replace("{run}", from.prefix())
                .replace("{own_rows}", from.ownRows());
    }

    /** A window that starts a quarter (April, July, October) and ends within it: V150's q_* serve it. */
    static boolean withinQuarter(int first, int last) {
        return (first - 1) % 3 == 0 && last > first && last <= first + 2;
    }
}
