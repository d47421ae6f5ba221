-- An import rewrites a file's drafts in place, and a statistician rewrites them again with each
-- corrected file. A draft's update changes no indexed column (its cell, period and status stay), so
-- PostgreSQL could keep the new row version on the same page and add nothing to figure's five
-- indexes (a HOT update), but only where the page has room: with full pages ~21% of an import's
-- updates were HOT (docs/benchmarks.md 4.1), the rest wrote a new entry into every index. Leaving
-- 30% of each page free lets a page's rows be updated and pruned in place. Pages already written
-- keep their fill until rewritten (VACUUM FULL or CLUSTER, outside migrations); new pages and rows
-- moved by an update get the room.
alter table figure set (fillfactor = 70);
