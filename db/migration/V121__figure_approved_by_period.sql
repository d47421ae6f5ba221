-- The review page counts each period's approved cells as its list shows them. Through figure's
-- (period_id, indicator_id) index that count fetched every approved row of the period from the heap:
-- nationally 886,540 a month, ~350 ms a period, 2.8 s for the eight periods the list first shows. With
-- the approved rows' periods in an index of their own the count is an index-only scan, ~60 ms a period
-- (bench-data L, 21 million figures). V006's partial index already serves the cells still in the
-- workflow; this one is its complement. A draft saved or imported again keeps its status, so those
-- updates stay HOT; only an approval (status changes anyway) adds an entry.
create index figure_approved_period_idx on figure (period_id) where status = 'approved';
