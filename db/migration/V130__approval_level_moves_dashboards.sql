-- Which levels take part in approval decides what a page's totals count (docs/levels.md, "Approval
-- levels"): a province that starts accepting its cities' years counts only the accepted ones from then
-- on. The dashboards keep the level a page's focus accepts in its frame, under V113's structure version,
-- so a change of the levels moves both versions, as a change of the divisions does; V124 moves them for
-- each decision on a unit's year.
create trigger approval_level_data_version
    after insert or update or delete or truncate on approval_level
    for each statement execute function bump_data_version();
