-- Totals along the division hierarchy (issue 17, docs/levels.md "Pre-aggregates along the hierarchy").
-- A unit's value is its own approved figure when it has one, otherwise its children's values rolled up
-- by the indicator's rule. V110's rollup_month keeps the own figures; this table keeps, for each unit
-- with children, the roll-up of its children's values, so a dashboard at any level (a province over its
-- cities, the country over its provinces) reads a few rows per child by key instead of every figure of
-- its subtree.
--
-- Like V110's rows these do not depend on any rule of the catalogue: sum, max and min are kept side by
-- side (and all-not-applicable, latest approval, highest revision, corrections added up), and the reads
-- pick the column of the indicator's aggregation; a ratio is recomputed from its parts' values. So
-- changing a rule recomputes nothing. Because every kept column is associative (a sum of sums, a
-- maximum of maxima, bool_and of bool_and), a parent's row is computed from its children's rows alone:
-- a child's value is its own row of the month if present, else its total row of the month.
--
-- run_* are the same roll-up of the children's running values from January (V110's run_value and
-- friends; a child's total run_* where it has no own row that month), which is what a per-period
-- indicator shows for January..month. revision is the month's own, as V110's reads use it.
-- units counts the children with a value that month: what "N of M reported" needs.
-- A row exists only where at least one child has a value, as a rollup_month row exists only where a
-- figure does. Month 0 is the year period, as in rollup_month.
create table rollup_total_month (
    division_id      integer     not null,
    indicator_id     integer     not null,
    year             smallint    not null,
    month            smallint    not null check (month between 0 and 12),
    units            integer     not null,
    value_sum        numeric,
    value_max        numeric,
    value_min        numeric,
    na               boolean     not null,
    approved_at      timestamptz not null,
    revision         integer     not null,
    corrections      integer     not null,
    run_sum          numeric,
    run_max          numeric,
    run_min          numeric,
    run_na           boolean     not null,
    run_approved_at  timestamptz not null,
    run_corrections  integer     not null,
    primary key (division_id, year, indicator_id, month)
);

-- The same for the years chart, from V110's rollup_year: a unit's year is read three ways, by the
-- indicator's frequency and accumulation (a yearly figure; a per-period indicator's months added up; a
-- cumulative one's year figure, else its latest month), and whether a unit has a value of its own depends
-- on the way (a unit with only a year figure has no months to add up). So each way is rolled up on its
-- own: m_* over the children with months, y_* over those with a year figure, c_* over those with any,
-- each child by its own row where it has a value that way, else by its total row's same way.
create table rollup_total_year (
    division_id   integer  not null,
    indicator_id  integer  not null,
    year          smallint not null,
    m_units       integer  not null,
    m_sum         numeric,
    m_max         numeric,
    m_min         numeric,
    m_na          boolean,
    y_units       integer  not null,
    y_sum         numeric,
    y_max         numeric,
    y_min         numeric,
    y_na          boolean,
    c_units       integer  not null,
    c_sum         numeric,
    c_max         numeric,
    c_min         numeric,
    c_na          boolean,
    primary key (division_id, year, indicator_id)
);

-- The totals of the given (unit, indicator, year) groups from their children's rows: the months from
-- first_month on (13 for none) and the year period's row when year_row. Earlier months do not change
-- when only later ones did: a total has no running value of its own, only its children's. The year
-- rows are recomputed whole (one row a group, from one row a child).
create function rollup_total_level(
        divisions integer[], indicators integer[], years smallint[], first_months smallint[], year_rows boolean[])
    returns void language sql as $$
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
$$;

-- The totals of the given groups and of all their ancestors', bottom-up. Each group is recomputed once,
-- at its longest distance above a given one, so its children's rows are final before it reads them: one
-- statement per level (town -> county -> city -> province -> country: at most five). A statement that
-- changed units at several levels (a county and its towns) still recomputes each ancestor once.
-- The walk stops after 16 levels, so a cycle written by mistake cannot loop.
create function rollup_total_recompute(
        divisions integer[], indicators integer[], years smallint[], first_months smallint[], year_rows boolean[])
    returns void language plpgsql as $$
declare
    g record;
    level integer;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y,
           array_agg(first_month) as m, array_agg(year_row) as r, array_agg(distance) as h,
           max(distance) as top into g
    from (
        with recursive up (division_id, indicator_id, year, first_month, year_row, distance) as (
            select k.division_id, k.indicator_id, k.year, k.first_month, k.year_row, 0
            from unnest(divisions, indicators, years, first_months, year_rows)
                 as k (division_id, indicator_id, year, first_month, year_row)
            union all
            select d.parent_id, u.indicator_id, u.year, u.first_month, u.year_row, u.distance + 1
            from up u join division d on d.id = u.division_id
            where d.parent_id is not null and u.distance < 16
        )
        select division_id, indicator_id, year, min(first_month)::smallint as first_month,
               bool_or(year_row) as year_row, max(distance) as distance
        from up
        group by division_id, indicator_id, year
    ) a;
    for level in 0 .. coalesce(g.top, -1) loop
        perform rollup_total_level(array_agg(k.d), array_agg(k.i), array_agg(k.y), array_agg(k.m), array_agg(k.r))
        from unnest(g.d, g.i, g.y, g.m, g.r, g.h) as k (d, i, y, m, r, h)
        where k.h = level
        having count(*) > 0;
    end loop;
end;
$$;

-- Every total recomputed from rollup_month: the backfill below, and a bulk load that ran with the
-- triggers off (after rollup_rebuild()).
create function rollup_total_rebuild() returns void language plpgsql as $$
begin
    truncate rollup_total_month, rollup_total_year;
    perform rollup_total_recompute(array_agg(parent_id), array_agg(indicator_id), array_agg(year),
                                   array_fill(1::smallint, array[count(*)::integer]),
                                   array_fill(true, array[count(*)::integer]))
    from (select distinct d.parent_id, m.indicator_id, m.year
          from rollup_month m join division d on d.id = m.division_id
          where d.parent_id is not null) c;
end;
$$;

set local work_mem = '256MB';
select rollup_total_rebuild();

-- Kept by statement-level triggers on figure in the writing transaction, fired after V110's of the same
-- event (triggers fire in name order), so the units' own rows they read are already this statement's.
-- They find the changed groups as V112's do, under the same conditions, and recompute the totals of the
-- changed units' parents and up. V111's triggers have already taken data_version's row lock for these
-- statements, which serialises the recomputations of concurrent approvals as V110 describes.
create function rollup_total_figure_inserted() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(parent_id) as d, array_agg(indicator_id) as i, array_agg(year) as y,
           array_agg(first_month) as m, array_agg(year_row) as r into k
    from (select d.parent_id, n.indicator_id, p.year, min(coalesce(p.month, 13))::smallint as first_month,
                 bool_or(p.kind = 'year') as year_row
          from new_rows n join period p on p.id = n.period_id join division d on d.id = n.division_id
          where n.revision > 0 and d.parent_id is not null
          group by d.parent_id, n.indicator_id, p.year) c;
    if k.d is not null then
        perform rollup_total_recompute(k.d, k.i, k.y, k.m, k.r);
    end if;
    return null;
end;
$$;

create function rollup_total_figure_deleted() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(parent_id) as d, array_agg(indicator_id) as i, array_agg(year) as y,
           array_agg(first_month) as m, array_agg(year_row) as r into k
    from (select d.parent_id, o.indicator_id, p.year, min(coalesce(p.month, 13))::smallint as first_month,
                 bool_or(p.kind = 'year') as year_row
          from old_rows o join period p on p.id = o.period_id join division d on d.id = o.division_id
          where o.revision > 0 and d.parent_id is not null
          group by d.parent_id, o.indicator_id, p.year) c;
    if k.d is not null then
        perform rollup_total_recompute(k.d, k.i, k.y, k.m, k.r);
    end if;
    return null;
end;
$$;

create function rollup_total_figure_updated() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(parent_id) as d, array_agg(indicator_id) as i, array_agg(year) as y,
           array_agg(first_month) as m, array_agg(year_row) as r into k
    from (select d.parent_id, c.indicator_id, p.year, min(coalesce(p.month, 13))::smallint as first_month,
                 bool_or(p.kind = 'year') as year_row
          from old_rows o
          join new_rows n on n.id = o.id
          cross join lateral (values (o.division_id, o.indicator_id, o.period_id),
                                     (n.division_id, n.indicator_id, n.period_id)) as c (division_id, indicator_id, period_id)
          join period p on p.id = c.period_id
          join division d on d.id = c.division_id
          where (o.revision > 0 or n.revision > 0) and d.parent_id is not null
            and (o.revision, o.approved_value, o.approved_not_applicable, o.approved_at, o.corrections,
                 o.division_id, o.indicator_id, o.period_id)
                is distinct from
                (n.revision, n.approved_value, n.approved_not_applicable, n.approved_at, n.corrections,
                 n.division_id, n.indicator_id, n.period_id)
          group by d.parent_id, c.indicator_id, p.year) c;
    if k.d is not null then
        perform rollup_total_recompute(k.d, k.i, k.y, k.m, k.r);
    end if;
    return null;
end;
$$;

create function rollup_total_figure_truncated() returns trigger language plpgsql as $$
begin
    truncate rollup_total_month, rollup_total_year;
    return null;
end;
$$;

create trigger figure_rollup_insert_total after insert on figure
    referencing new table as new_rows
    for each statement execute function rollup_total_figure_inserted();
create trigger figure_rollup_update_total after update on figure
    referencing old table as old_rows new table as new_rows
    for each statement execute function rollup_total_figure_updated();
create trigger figure_rollup_delete_total after delete on figure
    referencing old table as old_rows
    for each statement execute function rollup_total_figure_deleted();
create trigger figure_rollup_truncate_total after truncate on figure
    for each statement execute function rollup_total_figure_truncated();

-- A unit moved to another parent (rare: a succession keeps figures with the unit they were reported
-- for) leaves its old parent's chain and joins the new one's: both are recomputed for every indicator
-- and year the unit has a value in. Fired after V090's division_data_version (name order), which moves
-- the versions and takes data_version's row lock as a figure change does.
create function rollup_total_division_moved() returns trigger language plpgsql as $$
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
                              select t.indicator_id, t.year from rollup_total_month t where t.division_id = n.id) v
          where o.parent_id is distinct from n.parent_id and p.parent_id is not null) c;
    if k.d is not null then
        perform rollup_total_recompute(k.d, k.i, k.y, array_fill(1::smallint, array[cardinality(k.d)]),
                                       array_fill(true, array[cardinality(k.d)]));
    end if;
    return null;
end;
$$;

create trigger division_rollup_total after update on division
    referencing old table as old_rows new table as new_rows
    for each statement execute function rollup_total_division_moved();

analyze rollup_total_month;
analyze rollup_total_year;
