-- When a target was last set (created, changed or copied). A change to a target of a year still running
-- revises published results only where a period of that year was published since it was set: a first
-- target typed wrong after January's publication was never published, yet removing it asked a revision's
-- reason and printed the slip in the year-in-review's 修订说明 (a tester's tour). Targets set before this
-- column existed, and any inserted without it (the demo's), count as set before every publication, so a
-- change to them is a revision wherever it was before.
alter table target add column set_at timestamptz not null default timestamptz '2000-01-01 00:00:00+00';
