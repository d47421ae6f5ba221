-- The audit trail: written in the same transaction as the change it records.
create type change_source as enum ('form', 'import', 'api', 'system');

create table audit_entry (
    id           bigint generated always as identity primary key,
    at           timestamptz   not null default now(),
    actor_id     integer       references app_user (id),
    action       varchar(40)   not null,
    entity       varchar(40)   not null,
    entity_id    bigint,
    old_value    jsonb,
    new_value    jsonb,
    reason       text,
    source       change_source not null default 'form'
);

create index audit_entry_entity_idx on audit_entry (entity, entity_id);
create index audit_entry_at_idx on audit_entry (at);
