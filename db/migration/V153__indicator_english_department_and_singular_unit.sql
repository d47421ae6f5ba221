-- An English session showed an indicator's lead department in Chinese (「Lead department: 市教育局」): it was
-- one text, while names, units and definitions have both languages. lead_department_en is its English
-- name; where none is given the Chinese one is shown, a department's own name being better than nothing.
alter table indicator add column lead_department_en text;

-- An English figure of one takes its unit in the singular. The catalogue's own units find it in the
-- message bundle (unit.one.schools), but a unit an administrator adds later had none, and read
-- 「1 hectares」. unit_one_en is that singular, entered with the unit; null keeps the bundle's, or the unit.
alter table indicator add column unit_one_en text;
