-- A total along the hierarchy is 不适用 only when every unit it counts is (the rule RollupSql applies to a
-- city's roll-up, EVERY_UNIT_NOT_APPLICABLE). V122's totals took bool_and of the children's rows that
-- exist, so one county's 不适用 while its city's other counties had not reported made the city's total,
-- and with it its province's, 不适用, where the city's own page read 暂无数据. Level by level now: a total
-- is 不适用 when each child that existed during the year has a value (its own row, or its total row) and
-- every one is 不适用; a child without a value leaves it with no value and no 不适用, which every page shows
-- as 暂无数据. A child whose total is short of a unit passes that on: its row is not 不适用 and has no value.
-- A 不适用 beside figures is not all 不适用, so the total stays the figures' roll-up, as before.

-- Whether a group counts every child of the unit that existed during the year; counted: how many of those
-- have a row in the group (a child has at most one, its own or its total). Asked only where every row of
-- the group is 不适用 (a CASE at each use), so the other groups pay no call and no look-up.
create function rollup_total_counts_every_child(unit integer, year smallint, counted bigint)
    returns boolean language sql stable as $$
    select counted = (select count(*) from division d
                      where d.parent_id = unit
                        and d.valid_from <= make_date(year, 12, 31)
                        and (d.valid_to is null or d.valid_to > make_date(year, 1, 1)))
$$;

-- V150's statements, a total 不适用 only by rollup_total_counts_every_child: e.in_year counts a child that existed during
-- the year, as RollupSql's roster and DivisionService.childrenIn do.
create or replace function rollup_total_level(
        divisions integer[], indicators integer[], years smallint[], first_months smallint[], year_rows boolean[])
    returns void language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    delete from rollup_total_month t
    using unnest(divisions, indicators, years, first_months, year_rows)
          as k (division_id, indicator_id, year, first_month, year_row)
    where t.division_id = k.division_id and t.year = k.year and t.indicator_id = k.indicator_id
      and (t.month >= k.first_month or (t.month = 0 and k.year_row));
    insert into rollup_total_month
    select k.division_id, k.indicator_id, k.year, v.month, count(*),
           sum(v.value_sum), max(v.value_max), min(v.value_min),
           case when bool_and(v.na)
                then rollup_total_counts_every_child(k.division_id, k.year, count(*) filter (where e.in_year))
                else bool_and(v.na) end,
           max(v.approved_at), max(v.revision), sum(v.corrections),
           sum(v.run_sum), max(v.run_max), min(v.run_min),
           case when bool_and(v.run_na)
                then rollup_total_counts_every_child(k.division_id, k.year, count(*) filter (where e.in_year))
                else bool_and(v.run_na) end,
           max(v.run_approved_at), sum(v.run_corrections),
           sum(v.q_sum), max(v.q_max), min(v.q_min),
           case when bool_and(v.q_na)
                then rollup_total_counts_every_child(k.division_id, k.year, count(*) filter (where e.in_year))
                else bool_and(v.q_na) end,
           max(v.q_approved_at), sum(v.q_corrections)
    from unnest(divisions, indicators, years, first_months, year_rows)
         as k (division_id, indicator_id, year, first_month, year_row)
    join division c on c.parent_id = k.division_id
    cross join lateral (
        select c.valid_from <= make_date(k.year, 12, 31)
               and (c.valid_to is null or c.valid_to > make_date(k.year, 1, 1)) as in_year
    ) e
    cross join lateral (
        select m.month, m.value as value_sum, m.value as value_max, m.value as value_min, m.na, m.approved_at,
               m.revision, m.corrections, m.run_value as run_sum, m.run_value as run_max, m.run_value as run_min,
               m.run_na, m.run_approved_at, m.run_corrections,
               m.q_value as q_sum, m.q_value as q_max, m.q_value as q_min, m.q_na, m.q_approved_at, m.q_corrections
        from (
            select m.*, sum(m.value) over q as q_value, bool_and(m.na) over q as q_na,
                   max(m.approved_at) over q as q_approved_at, sum(m.corrections) over q as q_corrections
            from rollup_month m
            where m.division_id = c.id and m.year = k.year and m.indicator_id = k.indicator_id
              and (m.month >= k.first_month - (k.first_month - 1) % 3 or (m.month = 0 and k.year_row))
            window q as (partition by (m.month + 2) / 3 order by m.month)
        ) m
        where m.month >= k.first_month or (m.month = 0 and k.year_row)
        union all
        select t.month, t.value_sum, t.value_max, t.value_min, t.na, t.approved_at, t.revision, t.corrections,
               t.run_sum, t.run_max, t.run_min, t.run_na, t.run_approved_at, t.run_corrections,
               t.q_sum, t.q_max, t.q_min, t.q_na, t.q_approved_at, t.q_corrections
        from rollup_total_month t
        where t.division_id = c.id and t.year = k.year and t.indicator_id = k.indicator_id
          and (t.month >= k.first_month or (t.month = 0 and k.year_row))
          and not exists (select from rollup_month m
                          where m.division_id = c.id and m.year = k.year and m.indicator_id = k.indicator_id
                            and m.month = t.month)
    ) v
    group by k.division_id, k.indicator_id, k.year, v.month;
    delete from rollup_total_year t
    using unnest(divisions, indicators, years) as k (division_id, indicator_id, year)
    where t.division_id = k.division_id and t.year = k.year and t.indicator_id = k.indicator_id;
    insert into rollup_total_year
    select k.division_id, k.indicator_id, k.year,
           count(*) filter (where v.has_months), sum(v.m_sum) filter (where v.has_months),
           max(v.m_max) filter (where v.has_months), min(v.m_min) filter (where v.has_months),
           case when bool_and(v.m_na) filter (where v.has_months)
                then rollup_total_counts_every_child(k.division_id, k.year, count(*) filter (where v.has_months and e.in_year))
                else bool_and(v.m_na) filter (where v.has_months) end,
           count(*) filter (where v.has_year), sum(v.y_sum) filter (where v.has_year),
           max(v.y_max) filter (where v.has_year), min(v.y_min) filter (where v.has_year),
           case when bool_and(v.y_na) filter (where v.has_year)
                then rollup_total_counts_every_child(k.division_id, k.year, count(*) filter (where v.has_year and e.in_year))
                else bool_and(v.y_na) filter (where v.has_year) end,
           count(*), sum(v.c_sum), max(v.c_max), min(v.c_min),
           case when bool_and(v.c_na)
                then rollup_total_counts_every_child(k.division_id, k.year, count(*) filter (where e.in_year))
                else bool_and(v.c_na) end
    from (select distinct division_id, indicator_id, year from unnest(divisions, indicators, years)
          as u (division_id, indicator_id, year)) k
    join division c on c.parent_id = k.division_id
    cross join lateral (
        select c.valid_from <= make_date(k.year, 12, 31)
               and (c.valid_to is null or c.valid_to > make_date(k.year, 1, 1)) as in_year
    ) e
    cross join lateral (
        select o.months > 0 or t.m_units > 0 as has_months,
               case when o.months > 0 then o.month_sum else t.m_sum end as m_sum,
               case when o.months > 0 then o.month_sum else t.m_max end as m_max,
               case when o.months > 0 then o.month_sum else t.m_min end as m_min,
               case when o.months > 0 then o.month_na else t.m_na end as m_na,
               o.has_year or t.y_units > 0 as has_year,
               case when o.has_year then o.year_value else t.y_sum end as y_sum,
               case when o.has_year then o.year_value else t.y_max end as y_max,
               case when o.has_year then o.year_value else t.y_min end as y_min,
               case when o.has_year then o.year_na else t.y_na end as y_na,
               case when o.division_id is null then t.c_sum when o.has_year then o.year_value else o.last_value end
                 as c_sum,
               case when o.division_id is null then t.c_max when o.has_year then o.year_value else o.last_value end
                 as c_max,
               case when o.division_id is null then t.c_min when o.has_year then o.year_value else o.last_value end
                 as c_min,
               case when o.division_id is null then t.c_na
                    else coalesce(o.month_na, true) and coalesce(o.year_na, true) end as c_na
        from (select) as one
        left join rollup_year o on o.division_id = c.id and o.year = k.year and o.indicator_id = k.indicator_id
        left join rollup_total_year t on t.division_id = c.id and t.year = k.year and t.indicator_id = k.indicator_id
        where o.division_id is not null or t.division_id is not null
    ) v
    group by k.division_id, k.indicator_id, k.year;
end;
$$;

-- Which children existed during a year now decides a total's 不适用, so a unit added or removed, or given
-- other dates, recomputes its parent's totals (and up) for every indicator and year the parent has one;
-- a moved unit's, besides, both parents' for the years of its rows, as V122 did.
create or replace function rollup_total_division_moved() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(parent_id) as d, array_agg(indicator_id) as i, array_agg(year) as y into k
    from (select distinct p.parent_id, v.indicator_id, v.year
          from old_rows o
          join new_rows n on n.id = o.id
          cross join lateral (values (o.parent_id), (n.parent_id)) as p (parent_id)
          cross join lateral (select m.indicator_id, m.year from rollup_month m where m.division_id = n.id
                              union
                              select t.indicator_id, t.year from rollup_total_month t where t.division_id = n.id
                              union
                              select t.indicator_id, t.year from rollup_total_year t
                              where t.division_id = p.parent_id) v
          where (o.parent_id is distinct from n.parent_id or o.valid_from <> n.valid_from
                 or o.valid_to is distinct from n.valid_to)
            and p.parent_id is not null) c;
    if k.d is not null then
        perform rollup_total_recompute(k.d, k.i, k.y, array_fill(1::smallint, array[cardinality(k.d)]),
                                       array_fill(true, array[cardinality(k.d)]));
    end if;
    return null;
end;
$$;

-- A unit added or removed has no figures (figure references it), so only its parent's totals change.
-- rollup_total_year has a row for every indicator and year the parent has any total of.
create function rollup_total_division_counted() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y into k
    from (select t.division_id, t.indicator_id, t.year
          from rollup_total_year t
          where t.division_id in (select parent_id from changed_rows)) c;
    if k.d is not null then
        perform rollup_total_recompute(k.d, k.i, k.y, array_fill(1::smallint, array[cardinality(k.d)]),
                                       array_fill(true, array[cardinality(k.d)]));
    end if;
    return null;
end;
$$;

create trigger division_rollup_total_insert after insert on division
    referencing new table as changed_rows
    for each statement execute function rollup_total_division_counted();
create trigger division_rollup_total_delete after delete on division
    referencing old table as changed_rows
    for each statement execute function rollup_total_division_counted();

-- The existing totals, recomputed by the rule.
select rollup_total_rebuild();

analyze rollup_total_month;
analyze rollup_total_year;
