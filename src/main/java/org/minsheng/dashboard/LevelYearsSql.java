package org.minsheng.dashboard;

/**
 * The years chart along the division hierarchy: each year's value of any unit and of its children, by
 * {@link LevelSql}'s rule (own figure, else the children's roll-up), read from V110's rollup_year and
 * V122's rollup_total_year, or computed live from the subtree's figures, which the randomised equality
 * test compares them with.
 */
final class LevelYearsSql {

    private LevelYearsSql() {}

    /*
     * A year of a unit is read the indicator's way, as RollupSql.years reads it: a yearly figure (y), a
     * per-period indicator's months added up (m), a cumulative one's year figure or else its latest month
     * (c). way(y, m, c) picks the expression of each way; V122's rollup_total_year keeps one roll-up a way.
     */
    private static final String YEAR_WAY = """
            case when i.frequency = 'year' then {y} when i.accumulation = 'per_period' then {m} else {c} end""";

    private static String way(String y, String m, String c) {
        return " (" + YEAR_WAY.replace("{y}", y).replace("{m}", m).replace("{c}", c) + ") ";
    }

    private static String byRule(String prefix) {
        return "case i.aggregation when 'max' then t.%1$s_max when 'min' then t.%1$s_min else t.%1$s_sum end"
                .formatted(prefix);
    }

    /*
     * Live: each unit's own year the indicator's way, from its figures of years {1}..{2}; it counts for the
     * focus and the child it lies under as a month's figure does in cells.
     */
    private static final String LIVE_YEARS = """
            , fig as materialized (
              select f.indicator_id, f.division_id, t.path, p.year, p.kind, p.month,
                     f.approved_value as value, f.approved_not_applicable as na
              from tree t
              join figure f on f.division_id = t.id
              join period p on p.id = f.period_id and p.year between {1} and {2}
              where f.revision > 0
            ), parts as (
              select indicator_id, division_id, path, year,
                     bool_or(kind = 'month') as has_months,
                     sum(value) filter (where kind = 'month') as month_sum,
                     bool_and(na) filter (where kind = 'month') as month_na,
                     (array_agg(value order by month desc) filter (where kind = 'month'))[1] as last_value,
                     bool_or(kind = 'year') as has_year,
                     max(value) filter (where kind = 'year') as year_value,
                     bool_and(na) filter (where kind = 'year') as year_na,
                     bool_and(na) as all_na
              from fig
              group by indicator_id, division_id, path, year
            ), own as (
              select row_number() over () as id, g.indicator_id, g.division_id, g.path, g.year, """
            + way("g.year_value", "g.month_sum", "case when g.has_year then g.year_value else g.last_value end")
            + " as value, "
            + way("g.year_na", "g.month_na", "g.all_na")
            + """
               as na
              from parts g join indicator i on i.id = g.indicator_id
              where\s""" + way("g.has_year", "g.has_months", "true") + """
            ), blocked as (
              select o.id, max(x.ord) as depth
              from own o
              cross join lateral unnest(o.path) with ordinality as x (id, ord)
              join own g on g.division_id = x.id and g.indicator_id = o.indicator_id and g.year = o.year
              where x.ord < cardinality(o.path)
              group by o.id
            ), counted as (
              select o.id, o.indicator_id, o.division_id, o.path, o.year as layer, o.value, o.na, u.id as unit,
                     u.depth, i.aggregation
              from own o
              left join blocked b on b.id = o.id
              cross join lateral (values (o.path[1], 1), (o.path[2], 2)) as u (id, depth)
              join indicator i on i.id = o.indicator_id
              where u.id is not null and (b.depth is null or b.depth < u.depth)
                and (i.aggregation <> 'none' or o.division_id = u.id)
            )"""
            + NotApplicableSql.SHORT_TOTAL.replace("{year}", "w.layer")
            + """
            , unit_year as (
              select c.indicator_id, c.unit as division_id, c.layer as year,
                     case c.aggregation when 'max' then max(c.value) when 'min' then min(c.value)
                                        else sum(c.value) end as value,
                     bool_and(c.na and s.unit is null) as na
              from counted c
              left join short_total s on s.indicator_id = c.indicator_id and s.unit = c.unit and s.layer = c.layer
              group by c.indicator_id, c.unit, c.layer, c.aggregation
            )""";

    /*
     * Pre-aggregated: each unit's own year (rollup_year) where it has one that way, else its total's; a rule
     * of none has no total (LevelSql), only a unit's own year.
     */
    private static final String PREAGGREGATED_YEARS = """
            , unit_year as (
              select k.indicator_id, u.id as division_id, k.year,
                     case when"""
            + way("o.has_year", "o.months > 0", "o.division_id is not null") + """
                          then"""
            + way("o.year_value", "o.month_sum", "case when o.has_year then o.year_value else o.last_value end") + """
                          else"""
            + way(byRule("y"), byRule("m"), byRule("c")) + """
                     end as value,
                     case when"""
            + way("o.has_year", "o.months > 0", "o.division_id is not null") + """
                          then"""
            + way("o.year_na", "o.month_na", "coalesce(o.month_na, true) and coalesce(o.year_na, true)") + """
                          else"""
            + way("t.y_na", "t.m_na", "t.c_na") + """
                     end as na
              from unit u
              cross join lateral (
                select y.indicator_id, y.year from rollup_year y where y.division_id = u.id and y.year between {1} and {2}
                union
                select t.indicator_id, t.year from rollup_total_year t
                where t.division_id = u.id and t.year between {1} and {2}
              ) k
              join indicator i on i.id = k.indicator_id
              left join rollup_year o on o.division_id = u.id and o.year = k.year and o.indicator_id = k.indicator_id
              -- one probe of the primary key a row: as a plain join the planner hashed the whole table for
              -- the page's thousand rows (134,000 rows at L, 136 of a county page's 157 ms); LIMIT keeps
              -- the subquery from being pulled up into that join, and the key allows one row anyway
              left join lateral (
                select * from rollup_total_year t1
                where t1.division_id = u.id and t1.year = k.year and t1.indicator_id = k.indicator_id
                limit 1
              ) t on true
              where"""
            + way("coalesce(o.has_year, false) or t.y_units > 0", "coalesce(o.months, 0) > 0 or t.m_units > 0", "true")
            + " and (i.aggregation <> 'none' or"
            + way("coalesce(o.has_year, false)", "coalesce(o.months, 0) > 0", "o.division_id is not null")
            + ")\n)";

    private static final String YEAR_CELLS = """
            , cell as (
              select v.indicator_id, v.division_id, v.year, v.value, v.na
              from unit_year v join indicator i on i.id = v.indicator_id
              where i.aggregation <> 'ratio'
              union all
              select q.id, n.division_id, n.year,
                     case when n.value is not null and d.value is not null
                          then round(n.value * 100 / nullif(d.value, 0), q.scale) end,
                     n.na or d.na
              from unit_year n
              join indicator q on q.numerator_id = n.indicator_id and q.aggregation = 'ratio'
              join unit_year d on d.indicator_id = q.denominator_id and d.division_id = n.division_id
                              and d.year = n.year
            )
            select c.indicator_id, c.division_id, (c.division_id = {0})::integer as is_total, c.year, c.value, c.na
            from cell c""";

    /**
     * The value of {0} (marked is_total) and of each of its children in each year {1}..{2}: a unit's own
     * year the indicator's way, else its children's rolled up by its rule.
     */
    static String years(RollupSql.Source source) {
        return LevelSql.UNITS
                + switch (source) {
                    case LIVE -> LIVE_YEARS;
                    case PREAGGREGATED -> PREAGGREGATED_YEARS;
                }
                + YEAR_CELLS;
    }
}
