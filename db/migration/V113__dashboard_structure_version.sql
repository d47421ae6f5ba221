-- A second version beside V090's, moved by everything a dashboard page is framed by but no figure:
-- targets, the catalogue and its categories, divisions and their successions, periods. Since V111 the
-- figures move data_version themselves, so bump_data_version() is left to exactly these tables (and a
-- truncate of figure, which moving too merely costs a recomputation). The dashboards keep a page's
-- frame (the city, its districts and their predecessors, the catalogue, the targets) under it, so the
-- first page after an approval reads only the figures' roll-ups again (bench/run.sh preagg L: seven
-- statements of fourteen). Paired with the moving transaction's id for V090's reason.
alter table data_version
    add column structure_n    bigint not null default 0,
    add column structure_xact bigint not null default 0;

create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version
    set n = n + 1, xact = txid_current(), structure_n = structure_n + 1, structure_xact = txid_current();
    return null;
end;
$$;
