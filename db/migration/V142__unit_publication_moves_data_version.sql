-- A unit's publication changes what its year shows (the edition starts again at 1, and the public
-- disclosure page of the year appears), so it moves the data version every page and answer is cached
-- under (V090), as an approval does.
create trigger unit_publication_data_version after insert or update or delete or truncate on unit_publication
    for each statement execute function bump_data_version();
