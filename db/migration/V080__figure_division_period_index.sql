-- Every dashboard roll-up and the tracker read the figures of a set of units (a city's districts, a
-- district's towns) in the periods of one year. With only (period_id, indicator_id) and (division_id)
-- to choose from, PostgreSQL scanned the whole figure table once it held a province's figures
-- (docs/benchmarks.md: 1.5 million rows, 0.8 s for 2,640 of them). This index finds a unit's periods
-- directly and replaces the division-only one, which it covers.
create index figure_division_period_idx on figure (division_id, period_id);
drop index figure_division_idx;
