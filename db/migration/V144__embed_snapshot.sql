-- A chart of a published year as it was embedded at one edition: a pinned embed keeps showing this,
-- whatever corrections come later, and says when a newer edition exists. Written the first time an
-- edition of a chart is offered for embedding (its public page) or served live, never changed.
create table embed_snapshot (
    year       smallint    not null,
    unit_code  varchar(12) not null,
    indicator  varchar(40) not null,
    edition    integer     not null check (edition > 0),
    chart      jsonb       not null,
    created_at timestamptz not null default now(),
    primary key (year, unit_code, indicator, edition)
);
