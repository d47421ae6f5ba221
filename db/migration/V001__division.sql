-- Administrative divisions (GB/T 2260 and the statistical division codes below them).
-- A unit that is renamed or re-coded is closed (valid_to) and points at its successor, so old
-- figures stay with the unit they were reported for while trends can follow the successor link.
create type division_level as enum ('province', 'city', 'county', 'town', 'village');

create table division (
    id             integer generated always as identity primary key,
    code           varchar(12)    not null unique check (code ~ '^[0-9]{2,12}$'),
    name           text           not null check (length(trim(name)) > 0),
    level          division_level not null,
    parent_id      integer references division (id),
    valid_from     date           not null default date '1949-10-01',
    valid_to       date,
    successor_id   integer references division (id),
    display_order  integer        not null default 0,
    check (valid_to is null or valid_to > valid_from),
    check (successor_id is null or valid_to is not null)
);

create index division_parent_idx on division (parent_id);
