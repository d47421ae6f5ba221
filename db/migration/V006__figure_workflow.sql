-- Corrections after publication and cross-indicator checks.

-- A correction of a published figure carries its reason until a reviewer approves it; the approved
-- revision keeps the reason for good. corrections counts the approved ones, so a dashboard can say
-- how many published figures it shows were revised.
alter table figure add column correction_reason text;
alter table figure add column corrections integer not null default 0;
alter table figure_revision add column correction boolean not null default false;

-- Cross-indicator rules stored as data: left <op> the sum of the right-hand indicators, compared per
-- division and period. A warning needs an explanation to submit; an error blocks.
create type rule_operator as enum ('le', 'ge', 'eq');
create type rule_severity as enum ('error', 'warning');

create table validation_rule (
    id             integer generated always as identity primary key,
    code           varchar(40)   not null unique,
    left_id        integer       not null references indicator (id),
    operator       rule_operator not null,
    right_ids      integer[]     not null check (cardinality(right_ids) > 0),
    severity       rule_severity not null default 'warning',
    message_zh     text          not null,
    message_en     text          not null,
    enabled        boolean       not null default true
);

create index figure_status_idx on figure (period_id, status) where status <> 'approved';
