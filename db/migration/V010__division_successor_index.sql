-- A unit's lineage is read both ways: forwards along successor_id and backwards to the units that
-- name it as their successor, which without an index scans every village in the table.
create index division_successor_idx on division (successor_id) where successor_id is not null;
