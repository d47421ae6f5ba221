-- 全国, the root of a national installation (minsheng.city-code=000000). GB/T 2260 gives the country no
-- code of its own; 000000 is one no real unit can have (every real code starts with its province's two
-- non-zero digits). Every installation has it, so a province imported later hangs from it as a city
-- hangs from its province, and the hierarchy's totals (V122) reach the country the same way: a city's
-- or province's installation never reads above its own root, so the unit changes nothing for them.
insert into division (code, name, level) values ('000000', '全国', 'country');

update division set parent_id = (select id from division where code = '000000')
where level = 'province' and parent_id is null;
