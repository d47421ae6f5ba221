-- The whole country as a division (issue 17 item 1, "any root"): a national installation's root, over
-- the provinces, as a province is over its cities. PostgreSQL cannot use an enum value in the
-- transaction that adds it, so the unit itself is V141's.
alter type division_level add value if not exists 'country' before 'province';
