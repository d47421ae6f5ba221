-- V122's totals cost an approval of one figure of S's districts ~17 ms on top of V110's ~9 ms (bench/run.sh
-- preagg S, docs/benchmarks/17-hierarchy-preagg-S-2026-11-30.txt), though the statements that recompute a
-- level run in ~2 ms (auto_explain): a SQL function plans its statements again on every call, and
-- rollup_total_level runs four of them per level. As PL/pgSQL its statements' plans are kept for the
-- session, and always the generic one: a plan over unnest of the changed groups' arrays, whose rows are
-- found by key, does not get better for knowing the arrays' contents, and a custom plan would be planned
-- anew on every call. The statements are V122's.
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
           sum(v.value_sum), max(v.value_max), min(v.value_min), bool_and(v.na), max(v.approved_at),
           max(v.revision), sum(v.corrections),
           sum(v.run_sum), max(v.run_max), min(v.run_min), bool_and(v.run_na), max(v.run_approved_at),
           sum(v.run_corrections)
    from unnest(divisions, indicators, years, first_months, year_rows)
         as k (division_id, indicator_id, year, first_month, year_row)
    join division c on c.parent_id = k.division_id
    cross join lateral (
        select m.month, m.value as value_sum, m.value as value_max, m.value as value_min, m.na, m.approved_at,
               m.revision, m.corrections, m.run_value as run_sum, m.run_value as run_max, m.run_value as run_min,
               m.run_na, m.run_approved_at, m.run_corrections
        from rollup_month m
        where m.division_id = c.id and m.year = k.year and m.indicator_id = k.indicator_id
          and (m.month >= k.first_month or (m.month = 0 and k.year_row))
        union all
        select t.month, t.value_sum, t.value_max, t.value_min, t.na, t.approved_at, t.revision, t.corrections,
               t.run_sum, t.run_max, t.run_min, t.run_na, t.run_approved_at, t.run_corrections
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
           bool_and(v.m_na) filter (where v.has_months),
           count(*) filter (where v.has_year), sum(v.y_sum) filter (where v.has_year),
           max(v.y_max) filter (where v.has_year), min(v.y_min) filter (where v.has_year),
           bool_and(v.y_na) filter (where v.has_year),
           count(*), sum(v.c_sum), max(v.c_max), min(v.c_min), bool_and(v.c_na)
    from (select distinct division_id, indicator_id, year from unnest(divisions, indicators, years)
          as u (division_id, indicator_id, year)) k
    join division c on c.parent_id = k.division_id
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
