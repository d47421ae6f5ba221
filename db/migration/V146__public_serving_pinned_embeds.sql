-- Pinned embeds are counted apart from live ones: after a correction a live embed already shows the
-- new edition, while a pinned one keeps showing the edition it was made from, so the export history
-- must tell the two apart to say which embeds on other sites still show superseded figures.
alter table public_serving drop constraint public_serving_kind_check;
alter table public_serving add constraint public_serving_kind_check
    check (kind in ('public_page', 'open_data', 'api', 'embed', 'embed_pinned'));
