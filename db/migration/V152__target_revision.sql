-- A target of a year whose figures are published is part of what was published: the completion a page
-- states (完成 / 未完成) is the figure against it. Changing it afterwards silently changed a published
-- result with no trace but the audit trail (a stranger's trial). From now on such a change needs its
-- reason and is kept here, like a figure's revision: what the target was, what it became, why, who, when.
-- target_id has no foreign key: a removed target's revision outlives the row it was about.
create table target_revision (
    id              bigint generated always as identity primary key,
    target_id       integer          not null,
    indicator_id    integer          not null references indicator (id),
    division_id     integer          not null references division (id),
    year            smallint         not null,
    old_direction   target_direction,
    old_value       numeric,
    new_direction   target_direction,
    new_value       numeric,
    reason          text             not null check (length(btrim(reason)) > 0),
    changed_by      integer          not null references app_user (id),
    changed_at      timestamptz      not null default now(),
    -- a creation has no before, a removal no after; never neither
    check (old_value is not null or new_value is not null),
    check ((old_direction is null) = (old_value is null)),
    check ((new_direction is null) = (new_value is null))
);

create index target_revision_target_idx on target_revision (target_id);
create index target_revision_year_idx on target_revision (year, division_id);
