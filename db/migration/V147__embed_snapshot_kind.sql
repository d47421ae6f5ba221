-- Every dashboard chart of one indicator can be embedded, not only the ranking: the trend, this year
-- against last and the years side by side. A pinned embed keeps the chart of its kind, so the kind is
-- part of what identifies a kept chart; the charts kept so far are rankings.
alter table embed_snapshot add column kind varchar(20) not null default 'ranking'
    check (kind in ('ranking', 'trend', 'year_on_year', 'years'));
alter table embed_snapshot drop constraint embed_snapshot_pkey;
alter table embed_snapshot add primary key (year, unit_code, indicator, kind, edition);
