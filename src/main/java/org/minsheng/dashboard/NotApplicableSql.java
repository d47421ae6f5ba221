package org.minsheng.dashboard;

/**
 * When a total is 不适用, in SQL: only when every unit it counts answered 不适用 (docs/levels.md). Zero,
 * missing and not applicable are three things, so one unit's 不适用 while others have not reported is no data
 * yet. The city's roll-up (RollupSql) and the hierarchy's (LevelSql, LevelYearsSql) apply the same rule, as
 * V155 keeps the pre-aggregates; it lives here once so the three cannot drift apart.
 */
final class NotApplicableSql {

    private NotApplicableSql() {}

    /**
     * The unit d existed during the year {year}: a unit a total of the year counts (DivisionService.childrenIn),
     * here and level by level along the hierarchy (SHORT_TOTAL, V155's rollup_total_not_applicable).
     */
    static final String EXISTED_IN_YEAR = """
            d.valid_from <= make_date({year}, 12, 31) and (d.valid_to is null or d.valid_to > make_date({year}, 1, 1))""";

    /*
     * A total is 不适用 only when every unit that counts for it is: zero, missing and not applicable are three
     * things, and one district's 不适用 while ten have not reported is no more the city's than its zero would
     * be. So besides every row being 不适用 (bool_and), no unit that counts may lack a row: the group's own
     * units (array_agg, the outer query's aggregate) must cover them. Short of that the total has no value
     * and no 不适用, which every page shows as 暂无数据, as it shows a total nobody reported; where some units
     * have a figure, bool_and is false already and the total is the roll-up of those figures. The units that
     * count: {0} itself for a figure it reports (a city-level indicator, a rule of none), else {0}'s children
     * that existed during the year, the units the page counts (DivisionService.childrenIn).
     */
    static final String EVERY_UNIT_NOT_APPLICABLE = """
            bool_and(c.na) and not exists (
              select from division d join indicator q on q.id = c.indicator_id
              where case {line}when q.aggregation = 'none' or q.reporting_level = 'city' then d.id = {0}
                         else d.parent_id = {0} end
                and {existed}
                and d.id <> all (array_agg(c.division_id)))""".replace("{existed}", EXISTED_IN_YEAR);

    /*
     * A total is 不适用 only when every unit it counts is, level by level (EVERY_UNIT_NOT_APPLICABLE
     * at each unit, as V155 keeps the pre-aggregates): a unit without a figure of its own is 不适用 when each
     * of its children that existed during the year has a value and every one is 不适用. counted: each
     * figure counted for a unit (the focus or a child), with its path from the focus, the unit's depth on
     * it, and its layer (the stored month, or the year, that a unit's own figure overrides its children's
     * in). Where every counted figure of a unit is 不适用 (rare, so only those are walked), short_total finds
     * a unit on the way down from it to a figure (a unit without a figure of its own, reached through
     * units that existed during the year {year}, of w's layer) with a child that existed then and lies on no such way:
     * nothing below that child has a value, so the unit has no 不适用 to pass on, nor the unit counted.
     * Every other total keeps bool_and of its figures: a 不适用 beside figures is the figures' roll-up.
     */
    static final String SHORT_TOTAL = """
            , na_total as (
              select c.indicator_id, c.unit, c.layer
              from counted c
              group by c.indicator_id, c.unit, c.layer
              having bool_and(c.na) and not bool_or(c.division_id = c.unit)
            ), on_the_way as (
              select c.indicator_id, c.unit, c.layer, x.id, x.ord = cardinality(c.path) as own,
                     bool_and(x.ord = c.depth or ({existed})) over (partition by c.id, c.unit order by x.ord)
                       as reached
              from na_total w
              join counted c on c.indicator_id = w.indicator_id and c.unit = w.unit and c.layer = w.layer
              cross join lateral unnest(c.path) with ordinality as x (id, ord)
              join division d on d.id = x.id
              where x.ord >= c.depth
            ), short_total as (
              select distinct w.indicator_id, w.unit, w.layer
              from on_the_way w
              join division d on d.parent_id = w.id and ({existed})
              where w.reached and not w.own
                and not exists (select from on_the_way v
                                where v.indicator_id = w.indicator_id and v.unit = w.unit and v.layer = w.layer
                                  and v.id = d.id)
            )""".replace("{existed}", EXISTED_IN_YEAR);
}
