-- A unit's edition of a year not published by the unit itself is 1 plus every correction of a published
-- figure in its subtree (UnitPublicationRepository.revisionsOfEdition). Counting them at a dashboard's
-- every page walked the unit's whole subtree and every correction of the installation: 46 s for the
-- national root of the benchmark's L data, whose year had 213,132 corrections (docs/benchmarks.md 4.5.4).
-- This table keeps the count per unit and year, for the unit and each unit above it, in the transaction
-- that records the correction; a page reads one row.
create table edition_corrections (
    division_id integer  not null references division (id),
    year        smallint not null,
    corrections integer  not null,
    primary key (division_id, year)
);

-- Adds (sign 1) or takes away (-1) the corrections of the given figures (a figure once per correction) to
-- the count of each figure's unit and year and of every unit above it. By figure, not by revision: a
-- deleted revision is gone when its trigger runs. Sixteen steps bound a wrong parent link's cycle, as the
-- roll-up's walks do (V122). A function of no result, so the generated jOOQ code does not query it.
create function edition_corrections_add(figures bigint[], sign integer) returns void language sql as $$
    with recursive own (division_id, year, n) as (
        select f.division_id, p.year, count(*)::integer
        from unnest(figures) as c (figure_id)
        join figure f on f.id = c.figure_id
        join period p on p.id = f.period_id
        group by f.division_id, p.year),
    up (division_id, year, n, depth) as (
        select division_id, year, n, 0 from own
        union all
        select d.parent_id, up.year, up.n, up.depth + 1
        from up join division d on d.id = up.division_id
        where d.parent_id is not null and up.depth < 16)
    insert into edition_corrections (division_id, year, corrections)
    select division_id, year, sign * sum(n)::integer from up group by division_id, year
    on conflict (division_id, year)
        do update set corrections = edition_corrections.corrections + excluded.corrections
$$;

create function edition_corrections_inserted() returns trigger language plpgsql as $$
begin
    perform edition_corrections_add(array(select figure_id from new_rows where correction), 1);
    return null;
end $$;

create trigger figure_revision_edition_corrections after insert on figure_revision
    referencing new table as new_rows for each statement execute function edition_corrections_inserted();

-- Revisions are history and the product deletes none; a script or test that does keeps the counts true.
create function edition_corrections_deleted() returns trigger language plpgsql as $$
begin
    perform edition_corrections_add(array(select figure_id from old_rows where correction), -1);
    return null;
end $$;

create trigger figure_revision_edition_corrections_deleted after delete on figure_revision
    referencing old table as old_rows for each statement execute function edition_corrections_deleted();

-- Every count again: the backfill, and after a unit moves to another parent (rare: successions keep
-- figures with the unit they were reported for), when both its old and its new line change.
create function edition_corrections_rebuild() returns void language plpgsql as $$
begin
    delete from edition_corrections;
    perform edition_corrections_add(array(select figure_id from figure_revision where correction), 1);
end $$;

create function edition_corrections_moved() returns trigger language plpgsql as $$
begin
    if exists (select from old_rows o join new_rows n on n.id = o.id where o.parent_id is distinct from n.parent_id) then
        perform edition_corrections_rebuild();
    end if;
    return null;
end $$;

create trigger division_edition_corrections after update on division
    referencing old table as old_rows new table as new_rows for each statement
    execute function edition_corrections_moved();

select edition_corrections_rebuild();
