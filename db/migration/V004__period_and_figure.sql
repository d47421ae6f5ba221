-- Reporting periods: months for monthly indicators, the year for yearly ones.
create type period_status as enum ('open', 'closed', 'published');

create table period (
    id            integer generated always as identity primary key,
    kind          period_kind   not null,
    year          smallint      not null check (year between 2000 and 2100),
    month         smallint      check (month between 1 and 12),
    due_on        date,
    status        period_status not null default 'open',
    published_at  timestamptz,
    published_by  integer references app_user (id),
    version       integer       not null default 0,
    unique (kind, year, month),
    check ((kind = 'month') = (month is not null)),
    check ((status = 'published') = (published_at is not null))
);

-- Workflow of the working value of a cell. "Published" is not a cell state: it follows from the
-- period being published.
create type figure_status as enum ('draft', 'submitted', 'returned', 'approved');

-- One row per indicator x division x period. A missing figure has no row; "not applicable" is a
-- row without a value, and zero is a value. The working value (what the statistician edits) is kept
-- apart from the approved value that dashboards and exports read, so a new draft never leaks.
create table figure (
    id                      bigint generated always as identity primary key,
    indicator_id            integer       not null references indicator (id),
    division_id             integer       not null references division (id),
    period_id               integer       not null references period (id),
    value                   numeric,
    not_applicable          boolean       not null default false,
    explanation             text,
    status                  figure_status not null default 'draft',
    return_reason           text,
    entered_by              integer       references app_user (id),
    entered_at              timestamptz   not null default now(),
    submitted_by            integer       references app_user (id),
    submitted_at            timestamptz,
    approved_value          numeric,
    approved_not_applicable boolean,
    approved_by             integer       references app_user (id),
    approved_at             timestamptz,
    -- number of approved revisions of this cell; 0 while it has never been approved
    revision                integer       not null default 0,
    version                 integer       not null default 0,
    unique (indicator_id, division_id, period_id),
    check ((value is not null) <> not_applicable),
    check ((revision = 0) = (approved_at is null)),
    check (approved_at is null or (approved_value is not null) <> approved_not_applicable)
);

create index figure_period_idx on figure (period_id, indicator_id);
create index figure_division_idx on figure (division_id);

-- Every approved value of every cell, oldest first; a correction after publication adds a row
-- with its reason and the old value stays here.
create table figure_revision (
    id              bigint generated always as identity primary key,
    figure_id       bigint      not null references figure (id),
    revision        integer     not null check (revision > 0),
    value           numeric,
    not_applicable  boolean     not null,
    reason          text,
    approved_by     integer     references app_user (id),
    approved_at     timestamptz not null default now(),
    unique (figure_id, revision),
    check ((value is not null) <> not_applicable)
);
