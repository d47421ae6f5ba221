-- The update triggers of V112 and V122 join the statement's old and new rows to find the figures whose
-- approved state changed; a statement that changes only drafts of cells never approved (revision 0
-- before and after, as a month's first entry or import is) can change none, which two scans of the
-- transition tables show without the join. The condition is the functions' own (o.revision > 0 or
-- n.revision > 0), so they recompute exactly what they did. Drafts over approved cells (revision > 0,
-- a correction being prepared) still take the join: their approved columns are compared row by row.

create or replace function rollup_figure_updated() returns trigger language plpgsql as $$
declare
    k record;
begin
    -- drafts of cells never approved (revision 0 before and after: a month's first entry or import)
    -- change no pre-aggregate, and this finds it without joining the two transition tables
    if not exists (select from old_rows where revision > 0) and not exists (select from new_rows where revision > 0) then
        return null;
    end if;
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

create or replace function rollup_total_figure_updated() returns trigger language plpgsql as $$
declare
    k record;
begin
    -- drafts of cells never approved (revision 0 before and after: a month's first entry or import)
    -- change no pre-aggregate, and this finds it without joining the two transition tables
    if not exists (select from old_rows where revision > 0) and not exists (select from new_rows where revision > 0) then
        return null;
    end if;
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
