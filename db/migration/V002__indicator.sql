-- The indicator catalogue. Units, value type and scale belong to the indicator, not to a figure.
create type value_type as enum ('integer', 'decimal', 'percentage');

-- How district values roll up: summed; a percentage recomputed from its numerator and denominator
-- indicators; the largest or smallest value; or not aggregated at all (reported by the city itself).
create type aggregation_rule as enum ('sum', 'ratio', 'max', 'min', 'none');

-- cumulative: each report is the to-date value, so a year is its latest month.
-- per_period: each report covers its own period only, so a year is the sum of its months.
create type accumulation as enum ('cumulative', 'per_period');

create type period_kind as enum ('month', 'year');

create type target_direction as enum ('increase_to', 'decrease_to', 'reach_zero', 'at_most');

create table indicator_category (
    id            integer generated always as identity primary key,
    code          varchar(40) not null unique,
    name_zh       text        not null,
    name_en       text        not null,
    display_order integer     not null default 0
);

create table indicator (
    id                integer generated always as identity primary key,
    code              varchar(40)      not null unique check (code ~ '^[a-z][a-z0-9_]*$'),
    name_zh           text             not null,
    name_en           text             not null,
    short_name_zh     text             not null,
    short_name_en     text             not null,
    definition_zh     text,
    definition_en     text,
    unit_zh           text             not null,
    unit_en           text             not null,
    value_type        value_type       not null,
    scale             smallint         not null default 0 check (scale between 0 and 6),
    min_value         numeric,
    max_value         numeric,
    aggregation       aggregation_rule not null default 'sum',
    numerator_id      integer references indicator (id),
    denominator_id    integer references indicator (id),
    accumulation      accumulation     not null,
    frequency         period_kind      not null default 'month',
    direction         target_direction not null,
    -- the level at which figures are entered: county for most, city for city-wide facts
    reporting_level   division_level   not null default 'county',
    category_id       integer          not null references indicator_category (id),
    lead_department   text,
    display_order     integer          not null default 0,
    phrase_zh         text,
    phrase_en         text,
    retired_on        date,
    version           integer          not null default 0,
    check (value_type <> 'integer' or scale = 0),
    check ((aggregation = 'ratio') = (numerator_id is not null and denominator_id is not null)),
    check (min_value is null or max_value is null or min_value <= max_value)
);

create index indicator_category_idx on indicator (category_id);

-- Targets per indicator, year and division (the city itself or one district).
create table target (
    id            integer generated always as identity primary key,
    indicator_id  integer          not null references indicator (id),
    division_id   integer          not null references division (id),
    year          smallint         not null check (year between 2000 and 2100),
    direction     target_direction not null,
    value         numeric          not null,
    version       integer          not null default 0,
    unique (indicator_id, division_id, year),
    check (direction <> 'reach_zero' or value = 0)
);
