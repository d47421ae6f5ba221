-- Every file handed out for publication or reuse (chart images, headline cards, the year-in-review
-- PDF, tables): who took it, when, and which edition of the data it shows. revision_mark is the
-- newest figure_revision id at the time: a correction approved after it (a larger id) on a figure the
-- file used means the file carries a superseded value. Ids rather than times, because two events in
-- one transaction share now().
create table export_record (
    id             bigint generated always as identity primary key,
    exported_at    timestamptz not null default clock_timestamp(),
    exported_by    integer     not null references app_user (id),
    kind           varchar(20) not null check (kind in ('chart_png', 'chart_svg', 'card_png', 'review_pdf',
                                                        'table_xlsx', 'table_csv')),
    file_name      text        not null,
    year           smallint,
    indicator_id   integer     references indicator (id),
    revision       integer     check (revision > 0),
    data_as_of     timestamptz,
    revision_mark  bigint      not null default 0
);

create index export_record_at_idx on export_record (exported_at desc);
create index figure_revision_correction_idx on figure_revision (id) where correction;
