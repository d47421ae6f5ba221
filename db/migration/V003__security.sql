-- Users, their roles and the districts a statistician may report for.
create type app_role as enum ('leader', 'statistician', 'reviewer', 'communications', 'administrator');

create table app_user (
    id             integer generated always as identity primary key,
    username       varchar(64) not null unique check (username ~ '^[a-z0-9][a-z0-9._-]*$'),
    display_name   text        not null,
    password_hash  text        not null,
    enabled        boolean     not null default true,
    failed_logins  integer     not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz not null default now(),
    version        integer     not null default 0
);

create table user_role (
    user_id  integer  not null references app_user (id) on delete cascade,
    role     app_role not null,
    primary key (user_id, role)
);

create table user_scope (
    user_id      integer not null references app_user (id) on delete cascade,
    division_id  integer not null references division (id),
    primary key (user_id, division_id)
);
