package org.minsheng.dashboard;

/**
 * The value of any unit and of each of its children along the division hierarchy (docs/levels.md): a
 * unit's own approved figure when it has one, otherwise its children's values rolled up by the
 * indicator's rule (sum, max, min, a ratio recomputed from its numerator's and denominator's values, 不适用
 * when every child is 不适用). Two forms that must give the same rows: read from the pre-aggregates
 * (V110's own rows and V122's totals, a few rows per child by key), and computed live from the figures
 * of the whole subtree, which the randomised equality test compares them with.
 *
 * <p>The one case totals cannot serve is read live in the product too: a per-period indicator over a
 * window that does not start in January (a quarter, one month). A unit drops out of a month's total
 * where it has no figure that month, so a window's value is neither a difference of running totals nor,
 * for max and min, a roll-up of monthly maxima; those indicators are read from the units whose own
 * figures count.
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
     * associative, so rolling up the counted figures directly equals rolling up level by level.
     */
    private static final String LIVE = """
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
            ), live_value as (
              select o.indicator_id, u.id as division_id, o.month,
                     case i.aggregation when 'max' then max(o.value) when 'min' then min(o.value)
                                        else sum(o.value) end as value,
                     bool_and(o.na) as na, max(o.approved_at) as approved_at, max(o.revision) as revision,
                     sum(o.corrections) as corrections
              from own o
              left join blocked b on b.id = o.id
              cross join lateral (values (o.path[1], 1), (o.path[2], 2)) as u (id, depth)
              join indicator i on i.id = o.indicator_id
              where u.id is not null and (b.depth is null or b.depth < u.depth)
              group by o.indicator_id, u.id, o.month, i.aggregation
            )""";

    /* No live values, with live_value's columns and types (corrections: a sum of sums, numeric). */
    private static final String NOTHING_LIVE = """
            , live_value (indicator_id, division_id, month, value, na, approved_at, revision, corrections) as (
              select null::integer, null::integer, null::integer, null::numeric, null::boolean,
                     null::timestamptz, null::integer, null::numeric
              where false
            )""";

    /*
     * Pre-aggregated: each unit's own rows (rollup_month), else its total rows (rollup_total_month) by
     * the indicator's aggregation; per-period indicators take the running values from January.
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
                     case when i.accumulation = 'per_period' then m.run_value else m.value end as value,
                     case when i.accumulation = 'per_period' then m.run_na else m.na end as na,
                     case when i.accumulation = 'per_period' then m.run_approved_at else m.approved_at end
                       as approved_at,
                     m.revision,
                     case when i.accumulation = 'per_period' then m.run_corrections else m.corrections end
                       as corrections,
                     m.month = 0 or (m.month = {3} and i.accumulation = 'cumulative') as shared
              from unit u
              join rollup_month m on m.division_id = u.id and m.year = {1}
              join indicator i on i.id = m.indicator_id
              where not ({live}) and (not {5} or m.month in (0, {3})) and""" + inWindow("m.month") + """
            ), preaggregated_row as (
              select indicator_id, division_id, month, aggregation, value, na, approved_at, revision, corrections,
                     shared
              from own_row
              union all
              select t.indicator_id, t.division_id, case when t.month = 0 then {3} else t.month end, i.aggregation,
                     case when i.accumulation = 'per_period'
                          then case i.aggregation when 'max' then t.run_max when 'min' then t.run_min else t.run_sum end
                          else case i.aggregation when 'max' then t.value_max when 'min' then t.value_min
                                                  else t.value_sum end end,
                     case when i.accumulation = 'per_period' then t.run_na else t.na end,
                     case when i.accumulation = 'per_period' then t.run_approved_at else t.approved_at end,
                     t.revision,
                     case when i.accumulation = 'per_period' then t.run_corrections else t.corrections end,
                     t.month = 0 or (t.month = {3} and i.accumulation = 'cumulative')
              from unit u
              join rollup_total_month t on t.division_id = u.id and t.year = {1}
              join indicator i on i.id = t.indicator_id
              where not ({live}) and (not {5} or t.month in (0, {3})) and""" + inWindow("t.month") + """
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
     * Pre-aggregated, a per-period indicator in a window that does not start in January is read live.
     */
    static String cells(RollupSql.Source source, boolean fromJanuary) {
        var live = switch (source) {
            case LIVE -> "true";
            case PREAGGREGATED -> fromJanuary ? "false" : "i.accumulation = 'per_period'";
        };
        // Pre-aggregated from January nothing is read live: the live roll-up is left out of the statement
        // rather than planned and switched off by a constant, which was about half the statement's planning.
        return (UNITS + (live.equals("false") ? NOTHING_LIVE : LIVE) + PREAGGREGATED + CELLS).replace("{live}", live);
    }
}
