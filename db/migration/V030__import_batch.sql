-- A file imported by a statistician: what came in (name, SHA-256 of the bytes), what it did (row
-- counts) and who did it. Every figure change of the import points to it from the audit trail, so
-- a reviewer can trace a value back to the very file.
create table import_batch (
    id              bigint generated always as identity primary key,
    file_name       text        not null,
    sha256          char(64)    not null,
    period_id       integer     references period (id),
    rows_total      integer     not null check (rows_total >= 0),
    rows_new        integer     not null check (rows_new >= 0),
    rows_changed    integer     not null check (rows_changed >= 0),
    rows_unchanged  integer     not null check (rows_unchanged >= 0),
    imported_by     integer     not null references app_user (id),
    imported_at     timestamptz not null default now()
);

alter table audit_entry add column import_id bigint references import_batch (id);
create index audit_entry_import_idx on audit_entry (import_id) where import_id is not null;
