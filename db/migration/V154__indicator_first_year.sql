-- A published year shows the indicators it was published with. The catalogue had no time of its own: every
-- page of every year read the indicators in use today, so an indicator created in a later year appeared in
-- 2020's published page as a row of 暂无数据, and one retired today vanished from it, its sentence gone from
-- the year in review, while the page still said 第1版 (a tester's tour). first_year is the first year an
-- indicator belongs to: set when it is created, to the year after the last year whose annual period is
-- published (null, every year, when none is); the catalogue's indicators so far belong to every year. An
-- indicator belongs to year Y when first_year is null or <= Y, and retired_on is null or after 1 January Y.
alter table indicator add column first_year smallint;
