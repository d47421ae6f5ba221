-- An import audits every figure it writes, 2,640 rows for a file of a city's year, and each row paid
-- two foreign-key checks (actor_id, import_id): two trigger calls, each an index probe and a row lock,
-- 55-80 ms of the ~150 ms the audit insert took a file (docs/benchmarks.md 4.2, EXPLAIN ANALYZE).
-- The same two references are now checked once per statement over the statement's new rows, with the
-- same guarantees: each referenced user and batch is locked FOR KEY SHARE (as the constraint's check
-- does), so nobody can delete it before this transaction ends, and a missing one fails the statement
-- with SQLSTATE 23503 (foreign_key_violation), as the constraint did. The referenced side keeps
-- NO ACTION: a user or batch the trail names cannot be deleted, nor its id changed.
alter table audit_entry
    drop constraint audit_entry_actor_id_fkey,
    drop constraint audit_entry_import_id_fkey;

create function audit_entry_check_references() returns trigger language plpgsql as $$
declare
    missing record;
begin
    -- lock first, then look: a user or batch deleted by a transaction that committed meanwhile is
    -- skipped by the lock and then not found
    perform 1 from app_user u where u.id in (select actor_id from new_rows) order by u.id for key share;
    perform 1 from import_batch b where b.id in (select import_id from new_rows) order by b.id for key share;
    select n.actor_id, n.import_id into missing from new_rows n
    where (n.actor_id is not null and not exists (select from app_user u where u.id = n.actor_id))
       or (n.import_id is not null and not exists (select from import_batch b where b.id = n.import_id))
    limit 1;
    if found then
        raise foreign_key_violation using
            message = format('audit_entry names an app_user or import_batch that does not exist (actor_id %s, import_id %s)',
                             missing.actor_id, missing.import_id),
            table = 'audit_entry';
    end if;
    return null;
end;
$$;

create trigger audit_entry_references_inserted after insert on audit_entry
    referencing new table as new_rows
    for each statement execute function audit_entry_check_references();
create trigger audit_entry_references_updated after update on audit_entry
    referencing new table as new_rows
    for each statement execute function audit_entry_check_references();

create function audit_entry_keep_referenced() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.id = old.id then
        return null;
    end if;
    if (tg_table_name = 'app_user' and exists (select from audit_entry a where a.actor_id = old.id))
        or (tg_table_name = 'import_batch' and exists (select from audit_entry a where a.import_id = old.id)) then
        raise foreign_key_violation using
            message = format('%s %s is still named by the audit trail', tg_table_name, old.id),
            table = tg_table_name;
    end if;
    return null;
end;
$$;

create trigger audit_entry_keeps_actor after delete or update of id on app_user
    for each row execute function audit_entry_keep_referenced();
create trigger audit_entry_keeps_batch after delete or update of id on import_batch
    for each row execute function audit_entry_keep_referenced();
