package org.minsheng.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the generated figures need besides divisions: 20 monthly county indicators (the demo's five
 * and fifteen more of the kind a campaign tracks) and the monthly periods of the generated years,
 * all published but the last year, which stays open for entry.
 */
final class BenchCatalogue {

    /** An indicator figures are generated for. */
    record Indicator(int id, boolean perPeriod, int scale) {}

    private static final String[][] EXTRA = {
        {"bench_clues", "问题线索受理件数", "Problem reports received", "件", "per_period", "0"},
        {"bench_cases", "立案查处件数", "Cases opened", "件", "per_period", "0"},
        {"bench_disciplined", "党纪政务处分人数", "People disciplined", "人", "per_period", "0"},
        {"bench_handled", "组织处理人数", "People dealt with organisationally", "人", "per_period", "0"},
        {"bench_recovered", "追缴退还群众资金", "Funds recovered for the public", "万元", "per_period", "2"},
        {"bench_rectified", "整改问题个数", "Problems rectified", "个", "cumulative", "0"},
        {"bench_rules", "建立完善制度", "Rules introduced or improved", "项", "cumulative", "0"},
        {"bench_visits", "回访群众人次", "Follow-up visits to residents", "人次", "per_period", "0"},
        {"bench_inspections", "专项检查次数", "Special inspections", "次", "per_period", "0"},
        {"bench_exposed", "通报曝光典型问题", "Typical cases made public", "起", "per_period", "0"},
        {"bench_dibao", "清理不符合条件低保户", "Ineligible subsistence households removed", "户", "cumulative", "0"},
        {"bench_medical", "追回医保基金", "Medical insurance funds recovered", "万元", "per_period", "2"},
        {"bench_elderly", "检查养老服务机构", "Elderly-care homes inspected", "家", "cumulative", "0"},
        {"bench_canteens", "检查学校食堂", "School canteens inspected", "所", "cumulative", "0"},
        {"bench_complaints", "受理群众投诉举报", "Complaints received from the public", "件", "per_period", "0"},
    };

    private BenchCatalogue() {}

    static void create(Connection c, int firstYear, int lastYear) throws SQLException {
        try (var insert = c.prepareStatement("""
                insert into indicator (code, name_zh, name_en, short_name_zh, short_name_en, unit_zh, unit_en,
                                       value_type, scale, min_value, aggregation, accumulation, frequency, direction,
                                       reporting_level, category_id, display_order)
                select ?, ?, ?, ?, ?, ?, ?, ?::value_type, ?, 0, 'sum', ?::accumulation, 'month', 'increase_to',
                       'county', (select id from indicator_category where code = 'campaign'), 100 + ?
                where not exists (select 1 from indicator where code = ?)""")) {
            for (int i = 0; i < EXTRA.length; i++) {
                var e = EXTRA[i];
                int scale = Integer.parseInt(e[5]);
                insert.setString(1, e[0]);
                insert.setString(2, e[1]);
                insert.setString(3, e[2]);
                insert.setString(4, e[1]);
                insert.setString(5, e[2]);
                insert.setString(6, e[3]);
                insert.setString(7, e[3]);
                insert.setString(8, scale == 0 ? "integer" : "decimal");
                insert.setInt(9, scale);
                insert.setString(10, e[4]);
                insert.setInt(11, i);
                insert.setString(12, e[0]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var s = c.createStatement()) {
            s.execute("""
                    insert into period (kind, year, month, due_on, status, published_at, published_by)
                    select 'month', y, m, (make_date(y, m, 1) + interval '1 month 9 days')::date,
                           'published', make_date(y, m, 1) + interval '1 month 14 days',
                           (select id from app_user where username = 'reviewer')
                    from generate_series(%1$d, %2$d) y, generate_series(1, 12) m
                    on conflict (kind, year, month) do nothing""".formatted(firstYear, lastYear - 1));
            s.execute("""
                    insert into period (kind, year, month, due_on, status)
                    select 'month', %1$d, m, (make_date(%1$d, m, 1) + interval '1 month 9 days')::date, 'open'
                    from generate_series(1, 12) m
                    on conflict (kind, year, month) do nothing""".formatted(lastYear));
            s.execute("""
                    update period set status = 'published', published_at = make_date(year, month, 1) + interval '1 month 14 days',
                                      published_by = (select id from app_user where username = 'reviewer')
                    where kind = 'month' and year between %d and %d and status <> 'published'""".formatted(firstYear, lastYear - 1));
        }
    }

    static List<Indicator> monthlyIndicators(Connection c) throws SQLException {
        var list = new ArrayList<Indicator>();
        try (var s = c.createStatement();
                var rs = s.executeQuery("""
                select id, accumulation = 'per_period', scale from indicator
                where frequency = 'month' and reporting_level = 'county' and aggregation <> 'ratio'
                order by display_order, id""")) {
            while (rs.next()) {
                list.add(new Indicator(rs.getInt(1), rs.getBoolean(2), rs.getInt(3)));
            }
        }
        return list;
    }
}
