-- A version that changes whenever anything a dashboard shows changes: approved figures, targets,
-- the catalogue, divisions and their successions, periods. The dashboards cache their answers under
-- it, so a cached answer is never older than the data: an approval sets it in its own transaction
-- and the next page computes afresh. Drafts do not change it (dashboards show approved figures
-- only), so a busy entry day does not empty the cache.
-- The version is a counter together with the id of the transaction that last moved it: a counter
-- alone, bumped by a transaction that then rolls back, would be bumped again to the same value by
-- the next one, and an answer cached inside the first could be served for the second. Transaction
-- ids are never reused; the counter tells apart changes within one transaction.
create table data_version (
    only_row boolean primary key default true check (only_row),
    n        bigint  not null,
    xact     bigint  not null
);
insert into data_version (n, xact) values (0, 0);

create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set n = n + 1, xact = txid_current();
    return null;
end;
$$;

create trigger target_data_version after insert or update or delete or truncate on target
    for each statement execute function bump_data_version();
create trigger indicator_data_version after insert or update or delete or truncate on indicator
    for each statement execute function bump_data_version();
create trigger indicator_category_data_version after insert or update or delete or truncate on indicator_category
    for each statement execute function bump_data_version();
create trigger division_data_version after insert or update or delete or truncate on division
    for each statement execute function bump_data_version();
create trigger period_data_version after insert or update or delete or truncate on period
    for each statement execute function bump_data_version();

-- Figures: only rows that carry an approved value, and only changes to what approval sets.
create trigger figure_insert_data_version after insert on figure
    for each row when (new.revision > 0) execute function bump_data_version();
create trigger figure_delete_data_version after delete on figure
    for each row when (old.revision > 0) execute function bump_data_version();
create trigger figure_update_data_version after update on figure
    for each row when (old.revision is distinct from new.revision
                       or old.approved_value is distinct from new.approved_value
                       or old.approved_not_applicable is distinct from new.approved_not_applicable
                       or old.approved_at is distinct from new.approved_at)
    execute function bump_data_version();
create trigger figure_truncate_data_version after truncate on figure
    for each statement execute function bump_data_version();
