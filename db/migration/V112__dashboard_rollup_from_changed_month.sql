-- V110 recomputed a unit's whole year of an indicator (13 rows, and its year row from them) for every
-- figure approved. An import or a period approved in one statement changes mostly the latest month of
-- many units, so nationally a 100,000-figure approval took 53 s with the triggers against 4 s without
-- (bench/run.sh preagg L, docs/benchmarks/16-3-preagg-L-2026-11-30.txt). Running values before the
-- first changed month do not change: these functions rewrite only the months from the first one a
-- statement changed, carrying the running values of the month before it, and the year period's row
-- only when its figure changed; a unit's year row is read from its latest month row and its year-period
-- row (two probes), not from all of its months.
-- rollup_year.months becomes the latest month with an approved figure (0 when none), which is all the
-- reads ask of it (whether the unit has month figures); rows whose count and latest month differ are
-- set to the latest month.

create function rollup_recompute(
        divisions integer[], indicators integer[], years smallint[], first_months smallint[], year_rows boolean[])
    returns void language sql as $$
    delete from rollup_month r
    using unnest(divisions, indicators, years, first_months, year_rows)
          as k (division_id, indicator_id, year, first_month, year_row)
    where r.division_id = k.division_id and r.indicator_id = k.indicator_id and r.year = k.year
      and (r.month >= k.first_month or (r.month = 0 and k.year_row));
    -- the changed months and after, running on from the month before the first changed one
    insert into rollup_month
    select w.division_id, w.indicator_id, w.year, w.month, w.value, w.na, w.approved_at, w.revision, w.corrections,
           case when c.run_value is null then w.run_value
                when w.run_value is null then c.run_value
                else c.run_value + w.run_value end,
           coalesce(c.run_na, true) and w.run_na,
           greatest(c.run_approved_at, w.run_approved_at),
           coalesce(c.run_corrections, 0) + w.run_corrections
    from (
        select f.division_id, f.indicator_id, p.year, p.month, k.first_month,
               f.approved_value as value, f.approved_not_applicable as na, f.approved_at, f.revision, f.corrections,
               sum(f.approved_value) over w as run_value, bool_and(f.approved_not_applicable) over w as run_na,
               max(f.approved_at) over w as run_approved_at, sum(f.corrections) over w as run_corrections
        from unnest(divisions, indicators, years, first_months)
             as k (division_id, indicator_id, year, first_month)
        join period p on p.year = k.year and p.kind = 'month' and p.month >= k.first_month
        join figure f on f.indicator_id = k.indicator_id and f.division_id = k.division_id and f.period_id = p.id
        where f.revision > 0
        window w as (partition by f.division_id, f.indicator_id, p.year order by p.month)
    ) w
    left join lateral (
        select r.run_value, r.run_na, r.run_approved_at, r.run_corrections
        from rollup_month r
        where r.division_id = w.division_id and r.year = w.year and r.indicator_id = w.indicator_id
          and r.month between 1 and w.first_month - 1
        order by r.month desc
        limit 1
    ) c on true;
    -- the year period's figure, where it changed
    insert into rollup_month
    select f.division_id, f.indicator_id, p.year, 0,
           f.approved_value, f.approved_not_applicable, f.approved_at, f.revision, f.corrections,
           f.approved_value, f.approved_not_applicable, f.approved_at, f.corrections
    from unnest(divisions, indicators, years, year_rows) as k (division_id, indicator_id, year, year_row)
    join period p on p.year = k.year and p.kind = 'year'
    join figure f on f.indicator_id = k.indicator_id and f.division_id = k.division_id and f.period_id = p.id
    where k.year_row and f.revision > 0;
    delete from rollup_year r
    using unnest(divisions, indicators, years) as k (division_id, indicator_id, year)
    where r.division_id = k.division_id and r.indicator_id = k.indicator_id and r.year = k.year;
    insert into rollup_year
    select k.division_id, k.indicator_id, k.year, coalesce(l.month, 0), l.run_value, l.run_na, l.value,
           y.month is not null, y.value, y.na
    from unnest(divisions, indicators, years) as k (division_id, indicator_id, year)
    left join lateral (
        select r.month, r.value, r.run_value, r.run_na from rollup_month r
        where r.division_id = k.division_id and r.year = k.year and r.indicator_id = k.indicator_id
          and r.month between 1 and 12
        order by r.month desc
        limit 1
    ) l on true
    left join lateral (
        select r.month, r.value, r.na from rollup_month r
        where r.division_id = k.division_id and r.year = k.year and r.indicator_id = k.indicator_id
          and r.month = 0
    ) y on true
    where l.month is not null or y.month is not null;
$$;

-- The whole groups, as before (the benchmark recomputes what it wrote with the triggers off).
create or replace function rollup_recompute(divisions integer[], indicators integer[], years smallint[])
    returns void language sql as $$
    select rollup_recompute(divisions, indicators, years, array_fill(1::smallint, array[cardinality(divisions)]),
                            array_fill(true, array[cardinality(divisions)]));
$$;

create or replace function rollup_rebuild() returns void language sql as $$
    truncate rollup_month, rollup_year;
    insert into rollup_month
    select f.division_id, f.indicator_id, p.year, coalesce(p.month, 0),
           f.approved_value, f.approved_not_applicable, f.approved_at, f.revision, f.corrections,
           sum(f.approved_value) over w, bool_and(f.approved_not_applicable) over w, max(f.approved_at) over w,
           sum(f.corrections) over w
    from figure f
    join period p on p.id = f.period_id
    where f.revision > 0
    window w as (partition by f.division_id, p.year, f.indicator_id, p.kind order by p.month);
    insert into rollup_year
    select r.division_id, r.indicator_id, r.year,
           coalesce(max(r.month) filter (where r.month > 0), 0),
           sum(r.value) filter (where r.month > 0),
           bool_and(r.na) filter (where r.month > 0),
           (array_agg(r.value order by r.month desc) filter (where r.month > 0))[1],
           bool_or(r.month = 0),
           max(r.value) filter (where r.month = 0),
           bool_and(r.na) filter (where r.month = 0)
    from rollup_month r
    group by r.division_id, r.year, r.indicator_id;
$$;

update rollup_year y set months = l.month
from (select division_id, year, indicator_id, coalesce(max(month) filter (where month > 0), 0) as month
      from rollup_month group by division_id, year, indicator_id) l
where l.division_id = y.division_id and l.year = y.year and l.indicator_id = y.indicator_id
  and l.month <> y.months;

-- Each statement's changed groups, with the first month it changed in each and whether it changed the
-- year period's figure (13 stands for "no month").
create or replace function rollup_figure_inserted() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y,
           array_agg(first_month) as m, array_agg(year_row) as r into k
    from (select n.division_id, n.indicator_id, p.year, min(coalesce(p.month, 13))::smallint as first_month,
                 bool_or(p.kind = 'year') as year_row
          from new_rows n join period p on p.id = n.period_id
          where n.revision > 0
          group by n.division_id, n.indicator_id, p.year) c;
    if k.d is not null then
        update data_version set n = n + 1, xact = txid_current();
        perform rollup_recompute(k.d, k.i, k.y, k.m, k.r);
    end if;
    return null;
end;
$$;

create or replace function rollup_figure_deleted() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y,
           array_agg(first_month) as m, array_agg(year_row) as r into k
    from (select o.division_id, o.indicator_id, p.year, min(coalesce(p.month, 13))::smallint as first_month,
                 bool_or(p.kind = 'year') as year_row
          from old_rows o join period p on p.id = o.period_id
          where o.revision > 0
          group by o.division_id, o.indicator_id, p.year) c;
    if k.d is not null then
        update data_version set n = n + 1, xact = txid_current();
        perform rollup_recompute(k.d, k.i, k.y, k.m, k.r);
    end if;
    return null;
end;
$$;

create or replace function rollup_figure_updated() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y,
           array_agg(first_month) as m, array_agg(year_row) as r into k
    from (select c.division_id, c.indicator_id, p.year, min(coalesce(p.month, 13))::smallint as first_month,
                 bool_or(p.kind = 'year') as year_row
          from old_rows o
          join new_rows n on n.id = o.id
          cross join lateral (values (o.division_id, o.indicator_id, o.period_id),
                                     (n.division_id, n.indicator_id, n.period_id)) as c (division_id, indicator_id, period_id)
          join period p on p.id = c.period_id
          where (o.revision > 0 or n.revision > 0)
            and (o.revision, o.approved_value, o.approved_not_applicable, o.approved_at, o.corrections,
                 o.division_id, o.indicator_id, o.period_id)
                is distinct from
                (n.revision, n.approved_value, n.approved_not_applicable, n.approved_at, n.corrections,
                 n.division_id, n.indicator_id, n.period_id)
          group by c.division_id, c.indicator_id, p.year) c;
    if k.d is not null then
        update data_version set n = n + 1, xact = txid_current();
        perform rollup_recompute(k.d, k.i, k.y, k.m, k.r);
    end if;
    return null;
end;
$$;
