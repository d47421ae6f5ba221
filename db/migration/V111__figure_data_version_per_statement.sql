-- V090 moved the dashboards' data version from row-level triggers, once per approved figure: a
-- statement approving or importing many figures updated data_version's single row once per figure in
-- one transaction, each update walking the chain of row versions written before it (bench/run.sh
-- preagg S: 20,000 figures approved in one statement took 12.8 s without V110's triggers, nearly all
-- of it there). V110's statement-level triggers already find the statement's figures whose approved
-- value changed, so they move the version once per statement instead, under the same conditions (the
-- row carries or carried an approved value, and something approval sets changed). Moving it also
-- takes data_version's row lock, which serialises the recomputations as V110 describes.
drop trigger figure_insert_data_version on figure;
drop trigger figure_delete_data_version on figure;
drop trigger figure_update_data_version on figure;

create or replace function rollup_figure_inserted() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y into k
    from (select distinct n.division_id, n.indicator_id, p.year
          from new_rows n join period p on p.id = n.period_id
          where n.revision > 0) c;
    if k.d is not null then
        update data_version set n = n + 1, xact = txid_current();
        perform rollup_recompute(k.d, k.i, k.y);
    end if;
    return null;
end;
$$;

create or replace function rollup_figure_deleted() returns trigger language plpgsql as $$
declare
    k record;
begin
    select array_agg(division_id) as d, array_agg(indicator_id) as i, array_agg(year) as y into k
    from (select distinct o.division_id, o.indicator_id, p.year
          from old_rows o join period p on p.id = o.period_id
          where o.revision > 0) c;
    if k.d is not null then
        update data_version set n = n + 1, xact = txid_current();
        perform rollup_recompute(k.d, k.i, k.y);
    end if;
    return null;
end;
$$;

create or replace function rollup_figure_updated() returns trigger language plpgsql as $$
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
        update data_version set n = n + 1, xact = txid_current();
        perform rollup_recompute(k.d, k.i, k.y);
    end if;
    return null;
end;
$$;

