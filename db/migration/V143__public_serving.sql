-- What the public side served (the disclosure page, its open-data files, the read API), counted per
-- day rather than recorded per request: which edition of which unit's year, how often. revision_mark
-- is the newest figure_revision id when the day's first count of that edition was written, as
-- export_record's: a correction after it means what was served has been superseded. Nodes add their
-- counts to the same row, so a day's row is the installation's, however many nodes served it.
create table public_serving (
    day           date        not null,
    kind          varchar(20) not null check (kind in ('public_page', 'open_data', 'api', 'embed')),
    year          smallint    not null,
    unit_code     varchar(12) not null,
    revision      integer     not null check (revision > 0),
    served        bigint      not null check (served > 0),
    revision_mark bigint      not null default 0,
    primary key (day, kind, year, unit_code, revision)
);
