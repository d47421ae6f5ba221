-- Approval by level (issue 17, docs/levels.md "Approval levels"), after DHIS2's approval levels.
--
-- approval_level lists the division levels whose reviewers take part. The deepest listed level
-- approves figures (today's maker-checker: a reviewer of that level approves the submitted figures
-- of the units below and of itself); every higher listed level accepts, or returns with a reason,
-- the units of the next listed level below it, a year at a time. No rows means one level, the
-- installation's root: the city product as it always was, with nothing to accept.
create table approval_level (
    level  division_level primary key
);

-- A unit's year as decided by the level above it. No row: waiting (pending). A return keeps its
-- reason until the unit is offered again; every decision is also in the audit trail, so this row
-- holds only the latest one. A unit's totals count a child of the level it accepts only when that
-- child's year is accepted here; what is pending below is shown beside the total, never dropped.
create type acceptance_status as enum ('accepted', 'returned');

create table unit_acceptance (
    division_id  integer           not null references division (id),
    year         smallint          not null check (year between 2000 and 2100),
    status       acceptance_status not null,
    reason       text,
    decided_by   integer           not null references app_user (id),
    decided_at   timestamptz       not null default now(),
    version      integer           not null default 0,
    primary key (division_id, year),
    check ((status = 'returned') = (reason is not null and length(trim(reason)) > 0))
);

-- A decision moves what the dashboards count, so it moves their data version like a figure does.
create trigger unit_acceptance_data_version
    after insert or update or delete or truncate on unit_acceptance
    for each statement execute function bump_data_version();
