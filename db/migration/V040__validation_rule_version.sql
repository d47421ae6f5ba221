-- Validation rules are now edited by administrators, so two of them editing one rule must not
-- silently overwrite each other: optimistic locking as on the other edited tables.
alter table validation_rule add column version integer not null default 0;
