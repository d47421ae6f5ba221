-- Pre-aggregates the dashboards read instead of rolling up figures on every fresh page (issue 16,
-- item 3). A fresh page after an approval computed five roll-ups and a multi-year statement from the
-- figures (150-190 ms nationally); these tables keep, per unit, what those statements computed from
-- that unit's own approved figures, so a page reads a few hundred rows by key and only adds up units.
--
-- What is kept does not depend on any rule of the catalogue or on the hierarchy: both the month's
-- own figure and its running values from January are kept, and the reads choose by the indicator's
-- accumulation, frequency, aggregation and reporting level, and find units by division.parent_id, as
-- the live roll-up does. So changing an indicator's rules, a division's parent or recording a
-- succession (new unit, old one closed; figures stay with the unit they were reported for) needs no
-- recomputation here; only figures move these rows.
--
-- Keyed by unit (division_id first): any unit's dashboard reads its children's rows through
-- division.parent_id and recomputes its own total from them (sum, max, min, a ratio from its
-- numerator's and denominator's rows, all-not-applicable as bool_and), never its descendants'
-- figures. That is what dashboards rooted at any level need (issue 17): a province reads its cities'
-- rows the same way a city reads its districts'. If a level without figures of its own is to show
-- its children's total as its value, that total is one more set of rows per unit, kept from these by
-- the same trigger (parent_id, indicator, year, month), not a scan of figures.

-- A unit's approved figures of one indicator, one row per month period (month 1-12) and the year
-- period (month 0). value..corrections are the figure's own; run_* are running from January over the
-- month rows (sum, all not applicable, latest approval, corrections added up), which is what a
-- per-period indicator shows for January..month; the year row's run_* are its own values.
-- A row exists only where the unit has an approved figure, as a figure row does.
create table rollup_month (
    division_id      integer     not null,
    indicator_id     integer     not null,
    year             smallint    not null,
    month            smallint    not null check (month between 0 and 12),
    value            numeric,
    na               boolean     not null,
    approved_at      timestamptz not null,
    revision         integer     not null,
    corrections      integer     not null,
    run_value        numeric,
    run_na           boolean     not null,
    run_approved_at  timestamptz not null,
    run_corrections  integer     not null
);

-- A unit's year of one indicator, for the years chart: its month figures added up (per-period), its
-- latest month's (cumulative), and the year period's own figure (yearly indicators, and a cumulative
-- indicator's year total in an annual-only year).
create table rollup_year (
    division_id   integer  not null,
    indicator_id  integer  not null,
    year          smallint not null,
    months        smallint not null,
    month_sum     numeric,
    month_na      boolean,
    last_value    numeric,
    has_year      boolean  not null,
    year_value    numeric,
    year_na       boolean
);

-- The rows of the given (unit, indicator, year) groups, recomputed from their figures (at most 13
-- figures a group, found through figure's unique key).
create function rollup_recompute(divisions integer[], indicators integer[], years smallint[])
    returns void language sql as $$
    delete from rollup_month r
    using unnest(divisions, indicators, years) as k (division_id, indicator_id, year)
    where r.division_id = k.division_id and r.indicator_id = k.indicator_id and r.year = k.year;
    insert into rollup_month
    select f.division_id, f.indicator_id, p.year, coalesce(p.month, 0),
           f.approved_value, f.approved_not_applicable, f.approved_at, f.revision, f.corrections,
           sum(f.approved_value) over w, bool_and(f.approved_not_applicable) over w, max(f.approved_at) over w,
           sum(f.corrections) over w
    from unnest(divisions, indicators, years) as k (division_id, indicator_id, year)
    join period p on p.year = k.year
    join figure f on f.indicator_id = k.indicator_id and f.division_id = k.division_id and f.period_id = p.id
    where f.revision > 0
    window w as (partition by f.division_id, f.indicator_id, p.kind order by p.month);
    delete from rollup_year r
    using unnest(divisions, indicators, years) as k (division_id, indicator_id, year)
    where r.division_id = k.division_id and r.indicator_id = k.indicator_id and r.year = k.year;
    insert into rollup_year
    select r.division_id, r.indicator_id, r.year,
           count(*) filter (where r.month > 0),
           sum(r.value) filter (where r.month > 0),
           bool_and(r.na) filter (where r.month > 0),
           (array_agg(r.value order by r.month desc) filter (where r.month > 0))[1],
           bool_or(r.month = 0),
           max(r.value) filter (where r.month = 0),
           bool_and(r.na) filter (where r.month = 0)
    from unnest(divisions, indicators, years) as k (division_id, indicator_id, year)
    join rollup_month r on r.division_id = k.division_id and r.indicator_id = k.indicator_id and r.year = k.year
    group by r.division_id, r.indicator_id, r.year;
$$;

-- Every row recomputed from every approved figure: the backfill below, and a bulk load that ran with
-- triggers off (the benchmark generator COPYs with session_replication_role = replica).
create function rollup_rebuild() returns void language sql as $$
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
           count(*) filter (where r.month > 0),
           sum(r.value) filter (where r.month > 0),
           bool_and(r.na) filter (where r.month > 0),
           (array_agg(r.value order by r.month desc) filter (where r.month > 0))[1],
           bool_or(r.month = 0),
           max(r.value) filter (where r.month = 0),
           bool_and(r.na) filter (where r.month = 0)
    from rollup_month r
    group by r.division_id, r.year, r.indicator_id;
$$;

set local work_mem = '256MB';
select rollup_rebuild();
-- keys built after the backfill, which is faster than maintaining them row by row
alter table rollup_month add primary key (division_id, year, indicator_id, month);
alter table rollup_year add primary key (division_id, year, indicator_id);

-- Maintained by statement-level triggers with transition tables, so an import or a period approved
-- in one statement recomputes each touched group once. Only changes to what approval sets count:
-- saving a draft of an approved cell changes none of these columns and costs one empty join.
-- Recomputations are serialised on data_version's row, which every statement that changes an
-- approved figure locks anyway (V090's triggers fire first, per row): a second transaction waits
-- for the first to commit and then reads its figures, so two approvals of one group in parallel
-- cannot each recompute it without the other's figure.
create function rollup_figure_inserted() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y into k
    from (select distinct n.division_id, n.indicator_id, p.year
          from new_rows n join period p on p.id = n.period_id
          where n.revision > 0) c;
    if k.d is not null then
        perform 1 from data_version for update;
        perform rollup_recompute(k.d, k.i, k.y);
    end if;
    return null;
end;
$$;

create function rollup_figure_deleted() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y into k
    from (select distinct o.division_id, o.indicator_id, p.year
          from old_rows o join period p on p.id = o.period_id
          where o.revision > 0) c;
    if k.d is not null then
        perform 1 from data_version for update;
        perform rollup_recompute(k.d, k.i, k.y);
    end if;
    return null;
end;
$$;

create function rollup_figure_updated() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y into k
    from (select distinct c.division_id, c.indicator_id, p.year
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
                 n.division_id, n.indicator_id, n.period_id)) c;
    if k.d is not null then
        perform 1 from data_version for update;
        perform rollup_recompute(k.d, k.i, k.y);
    end if;
    return null;
end;
$$;

create function rollup_figure_truncated() returns trigger language plpgsql as $$
begin
    truncate rollup_month, rollup_year;
    return null;
end;
$$;

create trigger figure_rollup_insert after insert on figure
    referencing new table as new_rows
    for each statement execute function rollup_figure_inserted();
create trigger figure_rollup_update after update on figure
    referencing old table as old_rows new table as new_rows
    for each statement execute function rollup_figure_updated();
create trigger figure_rollup_delete after delete on figure
    referencing old table as old_rows
    for each statement execute function rollup_figure_deleted();
create trigger figure_rollup_truncate after truncate on figure
    for each statement execute function rollup_figure_truncated();

analyze rollup_month;
analyze rollup_year;
