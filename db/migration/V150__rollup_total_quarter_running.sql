-- A quarter's per-period indicators along the hierarchy (docs/levels.md "Windows not from January").
-- A unit drops out of a month's total where it has no figure that month, so a quarter's value is not a
-- difference of V122's running values from January; LevelSql found the units whose own figures count by
-- walking down the totals at the quarter's month, about 3,300 units an indicator at a national root
-- (p95 941 ms for the country's second quarter at L, docs/benchmarks.md 4.5.3, against 58 ms for June).
--
-- q_* are the same roll-up as run_* but running from the first month of the month's quarter: a child's
-- value is its own figures of the quarter up to that month added up (rollup_month's rows, at most three)
-- where it has its own row that month, else its total row's q_*. That is what the walk computed, kept by
-- the same statements in the same transaction, so a quarter is read like a window from January: one row
-- per child at the quarter's last month. A quarter's months are 1-3, 4-6, 7-9, 10-12; month 0 (the
-- year period) is a quarter of its own, where q_* equal the month's values.
alter table rollup_total_month
    add column q_sum numeric,
    add column q_max numeric,
    add column q_min numeric,
    add column q_na boolean,
    add column q_approved_at timestamptz,
    add column q_corrections integer;

-- V123's statements, with q_*: a child's own rows are read from its first changed month's quarter start,
-- so a changed month's quarter-to-date value includes the earlier months of its quarter.
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
           sum(v.run_corrections),
           sum(v.q_sum), max(v.q_max), min(v.q_min), bool_and(v.q_na), max(v.q_approved_at), sum(v.q_corrections)
    from unnest(divisions, indicators, years, first_months, year_rows)
         as k (division_id, indicator_id, year, first_month, year_row)
    join division c on c.parent_id = k.division_id
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

-- The existing totals, recomputed with q_* as V122 built them.
select rollup_total_rebuild();

alter table rollup_total_month
    alter column q_na set not null,
    alter column q_approved_at set not null,
    alter column q_corrections set not null;
