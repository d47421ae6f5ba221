-- Each unit publishes its own year-in-review (issue 17, docs/levels.md "Editions per unit"): a city
-- publishes before the province has accepted it, the province after it has accepted its cities.
--
-- A row says the unit released its year: who, when, and revision_mark, the newest figure_revision id
-- at that moment (as V060's export records keep it). Every approval recorded after it (a larger id) on a
-- figure of the unit's subtree and year is a revision of the unit's edition: the edition is 1 at
-- publication and one more for each. The mark, not a time, decides what came after: two approvals in
-- the same millisecond cannot fall on the wrong side of it.
--
-- The period publication (period.status = 'published') is not replaced: it still locks a period's
-- figures for the whole installation; this row releases one unit's year and locks nothing.
create table unit_publication (
    id             serial primary key,
    division_id    integer     not null references division (id),
    year           smallint    not null check (year between 2000 and 2100),
    published_at   timestamptz not null,
    published_by   integer     not null references app_user (id),
    revision_mark  bigint      not null default 0,
    unique (division_id, year)
);
