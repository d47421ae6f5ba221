-- Sign-in throttling by account and client address together (security/LoginAttempts), so that a
-- stranger's wrong passwords cannot keep a real user out. In the database, not in memory, so every
-- node of a cluster sees the same counts.
--
-- app_user.failed_logins / locked_until keep counting, but only failures from addresses that have not
-- signed in to that account before: the lock they set shuts out every such address, not these.

-- The addresses an account has signed in from, each with its own count and lock.
create table login_source (
    user_id        integer     not null references app_user (id) on delete cascade,
    -- the client address as the servlet container reports it; an IPv6 address cut to its /64
    source         text        not null,
    last_success   timestamptz not null,
    failed_logins  integer     not null default 0 check (failed_logins >= 0),
    locked_until   timestamptz,
    primary key (user_id, source)
);

-- Per address, failures against accounts it has never signed in to (unknown usernames included),
-- which set a growing wait before its next such attempt.
create table login_throttle (
    source        text        primary key,
    failures      integer     not null check (failures > 0),
    last_failure  timestamptz not null,
    next_attempt  timestamptz not null
);
