-- Demo data: the 2020 results of Zhangzhou's livelihood campaign (source: 漳州市纪委监委, 回眸2020).
-- The article gives city totals only. The split across the eleven county-level units below is
-- ILLUSTRATIVE: it is made up so that the district values add up exactly to the published totals.
-- Loaded once, on the first start of an empty database, in one transaction.

insert into division (code, name, level, parent_id, display_order)
select '350000', '福建省', 'province', id, 0 from division where code = '000000';
insert into division (code, name, level, parent_id, display_order)
select '350600', '漳州市', 'city', id, 0 from division where code = '350000';

insert into division (code, name, level, parent_id, valid_from, valid_to, display_order)
select d.code, d.name, 'county', c.id, date '1949-10-01', d.valid_to, d.ord
from (values ('350602', '芗城区', null::date, 1),
             ('350603', '龙文区', null::date, 2),
             ('350681', '龙海市', date '2021-01-01', 3),
             ('350622', '云霄县', null::date, 4),
             ('350623', '漳浦县', null::date, 5),
             ('350624', '诏安县', null::date, 6),
             ('350625', '长泰县', date '2021-01-01', 7),
             ('350626', '东山县', null::date, 8),
             ('350627', '南靖县', null::date, 9),
             ('350628', '平和县', null::date, 10),
             ('350629', '华安县', null::date, 11)) as d(code, name, valid_to, ord)
cross join division c where c.code = '350600';

-- 2021: 龙海市 became 龙海区 and 长泰县 became 长泰区; 2020 figures stay with the old units.
insert into division (code, name, level, parent_id, valid_from, display_order)
select d.code, d.name, 'county', c.id, date '2021-01-01', d.ord
from (values ('350604', '龙海区', 3), ('350605', '长泰区', 7)) as d(code, name, ord)
cross join division c where c.code = '350600';
update division o set successor_id = n.id
from division n
where (o.code, n.code) in (('350681', '350604'), ('350625', '350605'));

insert into indicator_category (code, name_zh, name_en, display_order)
values ('education', '教育', 'Education', 1),
       ('healthcare', '医疗卫生', 'Healthcare', 2),
       ('rural_infrastructure', '农村公共基础设施', 'Rural infrastructure', 3),
       ('campaign', '整治工作', 'Campaign organisation', 4);

insert into indicator (code, name_zh, name_en, short_name_zh, short_name_en, definition_zh, definition_en,
                       unit_zh, unit_en, value_type, scale, min_value, aggregation, accumulation, frequency,
                       direction, reporting_level, category_id, lead_department, lead_department_en, display_order,
                       phrase_zh)
select i.code, i.name_zh, i.name_en, i.short_zh, i.short_en, i.def_zh, i.def_en, i.unit_zh, i.unit_en,
       i.vtype::value_type, i.scale, 0, i.agg::aggregation_rule, i.acc::accumulation, i.freq::period_kind,
       i.dir::target_direction, i.lvl::division_level, c.id, i.dept, i.dept_en, i.ord, i.phrase
from (values
    ('meal_schools', '实施营养改善计划的农村公办义务教育寄宿制学校',
     'Rural public boarding schools in the nutrition improvement programme', '营养改善计划学校', 'Schools in meal programme',
     '截至报告期末已实施农村义务教育学生营养改善计划的农村公办义务教育寄宿制学校数。',
     'Rural public boarding schools of compulsory education running the nutrition improvement programme at the end of the period.',
     '所', 'schools', 'integer', 0, 'sum', 'cumulative', 'month', 'increase_to', 'county', 'education', '市教育局', 'Municipal Education Bureau', 1,
     '{scope}{value}农村公办义务教育寄宿制学校实施营养改善计划'),
    ('dropouts', '建档立卡贫困家庭适龄儿童辍学人数',
     'School-age children of registered poor households who dropped out', '贫困家庭儿童辍学', 'Dropouts (poor households)',
     '报告期末建档立卡贫困家庭义务教育阶段适龄儿童少年辍学人数。',
     'School-age children of registered poor households out of compulsory education at the end of the period.',
     '人', 'people', 'integer', 0, 'sum', 'cumulative', 'month', 'reach_zero', 'county', 'education', '市教育局', 'Municipal Education Bureau', 2,
     '{scope}建档立卡贫困家庭适龄儿童辍学人数{verb}'),
    ('cross_inspected', '开展交叉指导检查的学校',
     'Schools given cross-inspection of meal-subsidy management', '交叉指导检查学校', 'Schools cross-inspected',
     '年内开展营养餐食堂管理、食品卫生、财务管理交叉指导检查的学校数。',
     'Schools whose canteen, food hygiene and finances were cross-inspected during the year.',
     '所', 'schools', 'integer', 0, 'sum', 'cumulative', 'year', 'increase_to', 'county', 'education', '市教育局', 'Municipal Education Bureau', 3,
     '选取{value}学校开展交叉指导检查'),
    ('family_doctor', '建档立卡贫困户家庭医生签约服务覆盖人数',
     'Registered poor-household members covered by family-doctor contracts', '家庭医生签约覆盖', 'Family-doctor coverage',
     '截至报告期末已签订家庭医生签约服务协议的建档立卡贫困人口数。',
     'Members of registered poor households with a family-doctor contract at the end of the period.',
     '人', 'people', 'integer', 0, 'sum', 'cumulative', 'month', 'increase_to', 'county', 'healthcare', '市卫健委', 'Municipal Health Commission', 4,
     '{scope}建档立卡贫困户家庭医生签约服务已覆盖{value}'),
    ('road_widening', '农村公路单改双里程',
     'Rural roads widened from single to double lane', '农村公路单改双', 'Roads widened',
     '年内完成单车道改双车道的农村公路里程（累计）。',
     'Length of rural road widened from one lane to two during the year (cumulative).',
     '公里', 'km', 'decimal', 1, 'sum', 'cumulative', 'month', 'increase_to', 'county', 'rural_infrastructure', '市交通运输局', 'Municipal Transport Bureau', 5,
     '完成农村公路单改双{value}'),
    ('passing_bays', '增设错车道数量',
     'Passing bays added on rural roads', '增设错车道', 'Passing bays added',
     '年内在农村公路上新增设的错车道数量（累计）。',
     'Passing bays added on rural roads during the year (cumulative).',
     '个', 'bays', 'integer', 0, 'sum', 'cumulative', 'month', 'increase_to', 'county', 'rural_infrastructure', '市交通运输局', 'Municipal Transport Bureau', 6,
     '完成错车道增设{value}'),
    ('lead_departments', '分别牵头整治的市直部门',
     'Municipal departments each leading part of the campaign', '牵头市直部门', 'Lead departments',
     '按实施方案分别牵头开展集中整治的市直部门数。',
     'Municipal departments that each lead part of the campaign under the implementation plan.',
     '个', 'departments', 'integer', 0, 'none', 'cumulative', 'year', 'increase_to', 'city', 'campaign', '市纪委监委', 'Municipal Commission for Discipline Inspection and Supervision', 7,
     '督促{value}市直部门分别牵头'),
    ('problem_categories', '开门整治的民生领域问题类别',
     'Categories of livelihood problems rectified in the open', '整治问题类别', 'Problem categories',
     '集中整治的民生领域损害群众利益问题类别数（4方面）。',
     'Categories of problems harming people''s interests taken up by the campaign (in 4 aspects).',
     '类', 'categories', 'integer', 0, 'none', 'cumulative', 'year', 'increase_to', 'city', 'campaign', '市纪委监委', 'Municipal Commission for Discipline Inspection and Supervision', 8,
     '开门整治4方面{value}民生领域损害群众利益问题')
) as i(code, name_zh, name_en, short_zh, short_en, def_zh, def_en, unit_zh, unit_en, vtype, scale, agg, acc, freq,
       dir, lvl, category, dept, dept_en, ord, phrase)
join indicator_category c on c.code = i.category;

-- Demo accounts; every password is "demo" (BCrypt).
insert into app_user (username, display_name, password_hash)
values ('leader', '市纪委监委领导', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('reviewer', '市纪委监委审核员', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('comms', '宣传部门', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('admin', '系统管理员', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('stat-xiangcheng', '芗城区统计员', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('stat-zhangpu', '漳浦县统计员', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('stat-city', '市本级统计员', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('leader-xiangcheng', '芗城区领导', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a'),
       ('display', '会议室大屏', '{bcrypt}$2a$10$HhiMtdtQIcXPaxldnEhke.GR0VsSw9O9vIVW.mbGe47ZweHjVhv7a');
insert into user_role (user_id, role)
select u.id, r.role::app_role
from (values ('leader', 'leader'), ('reviewer', 'reviewer'), ('comms', 'communications'),
             ('admin', 'administrator'), ('stat-xiangcheng', 'statistician'), ('stat-zhangpu', 'statistician'),
             ('stat-city', 'statistician'), ('leader-xiangcheng', 'leader'), ('display', 'display'))
     as r(username, role)
join app_user u using (username);
insert into user_scope (user_id, division_id)
select u.id, d.id
-- stat-city is scoped to the city itself: it enters the city-level indicators (牵头市直部门, 整治问题类别);
-- leader-xiangcheng reads 芗城区 and the units below it only, never a neighbouring district or the city
from (values ('stat-xiangcheng', '350602'), ('stat-zhangpu', '350623'), ('stat-city', '350600'),
             ('leader-xiangcheng', '350602')) as s(username, code)
join app_user u using (username)
join division d on d.code = s.code;

-- Periods: every month and the year of 2019 and 2020 are published; January 2021 is open.
insert into period (kind, year, month, due_on, status, published_at, published_by)
select 'month', y, m, (make_date(y, m, 1) + interval '1 month 9 days')::date, 'published',
       make_date(y, m, 1) + interval '1 month 14 days 10 hours', (select id from app_user where username = 'reviewer')
from generate_series(2019, 2020) y, generate_series(1, 12) m;
insert into period (kind, year, month, due_on, status, published_at, published_by)
select 'year', y, null, make_date(y + 1, 1, 20), 'published',
       make_date(y + 1, 1, 25) + interval '10 hours', (select id from app_user where username = 'reviewer')
from generate_series(2019, 2020) y;
insert into period (kind, year, month, due_on, status)
values ('month', 2021, 1, date '2021-02-10', 'open');
-- the district figures below split the article's city totals by illustration: say so where they show
update period set illustrative = true where year in (2019, 2020);

-- Year-end values per district (illustrative split of the article's totals) and, for dropouts, the
-- count at the start of 2020 that fell to zero during the year.
create temporary table demo_split (code text, meal_schools int, cross_inspected int, road_widening numeric,
                                   passing_bays int, family_doctor int, dropouts_jan int) on commit drop;
insert into demo_split values
    ('350602',  4, 2,  2.5,  6,  4200, 0),
    ('350603',  3, 2,  3.1,  8,  3100, 0),
    ('350681', 18, 6, 14.6, 31, 12600, 2),
    ('350622', 15, 5, 10.8, 25, 11800, 3),
    ('350623', 24, 7, 18.4, 38, 18900, 4),
    ('350624', 20, 6, 12.7, 29, 15700, 5),
    ('350625',  8, 3,  8.3, 19,  6400, 1),
    ('350626',  6, 3,  4.2, 10,  5300, 0),
    ('350627', 17, 5, 13.5, 33, 12400, 2),
    ('350628', 28, 8, 17.9, 42, 19200, 6),
    ('350629', 13, 4, 11.0, 26,  8400, 2);

create temporary table demo_value (indicator text, code text, kind period_kind, year int, month int, value numeric)
    on commit drop;
insert into demo_value
values ('lead_departments', '350600', 'year', 2020, null, 17),
       ('problem_categories', '350600', 'year', 2020, null, 17);

-- The figures of every unit in demo_split and demo_value, approved and published with their first
-- revision. A function of this session, so the province demo (fujian-illustrative.sql, loaded after this
-- script in the same transaction) makes its counties' figures the same way from its own rows.
create function pg_temp.demo_figures() returns void language sql as $$
-- Monthly values: cumulative indicators climb to the year-end value in December (2020) and to a
-- smaller one in 2019; dropouts fall to zero by September 2020.
insert into demo_value
select x.indicator, s.code, 'month', y, m, x.value
from demo_split s, generate_series(2019, 2020) y, generate_series(1, 12) m,
lateral (values
    ('meal_schools', case when y = 2020 then s.meal_schools - floor(s.meal_schools * (12 - m) / 48.0)
                          else floor(s.meal_schools * 0.9) - floor(s.meal_schools * 0.9 * (12 - m) / 48.0) end),
    ('road_widening', case when y = 2020 then round(s.road_widening * m / 12.0, 1)
                           else round(s.road_widening * 0.55 * m / 12.0, 1) end),
    ('passing_bays', case when y = 2020 then floor(s.passing_bays * m / 12.0)
                          else floor(s.passing_bays * 0.5 * m / 12.0) end),
    ('family_doctor', case when y = 2020 then s.family_doctor - round(s.family_doctor * (12 - m) * 0.02)
                           else round(s.family_doctor * 0.85) - round(s.family_doctor * 0.85 * (12 - m) * 0.02) end),
    ('dropouts', case when y = 2020 then greatest(0, ceil(s.dropouts_jan * (9 - m) / 8.0))
                      else s.dropouts_jan * 3 - floor(s.dropouts_jan * 2 * m / 12.0) end)
) as x(indicator, value);
insert into demo_value
select 'cross_inspected', code, 'year', 2020, null, cross_inspected from demo_split;
insert into figure (indicator_id, division_id, period_id, value, status, entered_by, entered_at,
                    submitted_by, submitted_at, approved_value, approved_not_applicable, approved_by,
                    approved_at, revision)
select i.id, d.id, p.id, v.value, 'approved', st.id, p.published_at - interval '8 days',
       st.id, p.published_at - interval '7 days', v.value, false, rv.id, p.published_at - interval '2 days', 1
from demo_value v
join indicator i on i.code = v.indicator
join division d on d.code = v.code
join period p on p.kind = v.kind and p.year = v.year and p.month is not distinct from v.month
-- entered by the unit's statistician (a leader's scope is what they read, not what they entered)
left join user_scope sc on sc.division_id = d.id
    and exists (select 1 from user_role r where r.user_id = sc.user_id and r.role = 'statistician')
left join app_user st on st.id = sc.user_id
cross join (select id from app_user where username = 'reviewer') rv;

insert into figure_revision (figure_id, revision, value, not_applicable, entered_by, approved_by, approved_at)
select id, 1, approved_value, false, entered_by, approved_by, approved_at from figure f
where not exists (select 1 from figure_revision r where r.figure_id = f.id);
$$;
select pg_temp.demo_figures();

-- 2020 targets for the city.
insert into target (indicator_id, division_id, year, direction, value)
select i.id, c.id, 2020, t.direction::target_direction, t.value
from (values ('meal_schools', 'increase_to', 156), ('dropouts', 'reach_zero', 0),
             ('cross_inspected', 'increase_to', 50), ('family_doctor', 'increase_to', 115000),
             ('road_widening', 'increase_to', 110), ('passing_bays', 'increase_to', 250)) as t(code, direction, value)
join indicator i on i.code = t.code
cross join division c where c.code = '350600';

-- 2020 targets for each district (ILLUSTRATIVE, like the split): most districts were set a little
-- below their result, 龙文区 and 东山县 a little above, so the dashboards show met and missed targets.
-- They do not change any figure or city total.
insert into target (indicator_id, division_id, year, direction, value)
select i.id, d.id, 2020, 'increase_to', case when s.code in ('350603', '350626') then ceil(x.value * 1.1)
                                             else floor(x.value * 0.95) end
from demo_split s
cross join lateral (values ('meal_schools', s.meal_schools::numeric), ('road_widening', s.road_widening),
                           ('passing_bays', s.passing_bays::numeric), ('family_doctor', s.family_doctor::numeric))
     as x(code, value)
join indicator i on i.code = x.code
join division d on d.code = s.code;
insert into target (indicator_id, division_id, year, direction, value)
select i.id, d.id, 2020, 'reach_zero', 0
from demo_split s join division d on d.code = s.code join indicator i on i.code = 'dropouts';

insert into audit_entry (actor_id, action, entity, reason, source)
values (null, 'demo_data_loaded', 'database', '演示数据：区县拆分为示意数据，合计与《回眸2020》公布的全市数据一致', 'system');

-- A cross-indicator rule: schools cross-inspected cannot outnumber the schools in the programme.
insert into validation_rule (code, left_id, operator, right_ids, severity, message_zh, message_en)
select 'inspected_within_programme', l.id, 'le', array[r.id], 'warning',
       '交叉指导检查学校数不应超过实施营养改善计划的学校数',
       'Schools cross-inspected should not outnumber the schools in the meal programme'
from indicator l, indicator r
where l.code = 'cross_inspected' and r.code = 'meal_schools';
