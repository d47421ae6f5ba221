package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.RollupSql.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's roll-up returns a unit's row as it is, without grouping it, wherever the unit has one row
 * for the key; the one place it can have two is the window's last month of a view with yearly figures,
 * where a cumulative monthly indicator's year figure stands for that month beside its month figure (a
 * year declared annual-only after its months were reported, then taken back). Those keys must still be
 * rolled up by the indicator's rule, ratios built on them too, exactly as the statement that grouped
 * every unit row did. The demo data and the random steps of RollupEqualityTest never make such a pair.
 */
@IntegrationTest
@Transactional
class RollupUnitRowsTest {

    @Autowired
    DashboardRepository rollups;

    @Autowired
    DSLContext db;

    @Test
    void a_month_and_a_year_figure_of_one_key_roll_up_by_the_rule_as_the_grouped_statement_did() {
        int stock = indicator("stock_sum", "sum", "cumulative", null, null);
        int peak = indicator("stock_peak", "max", "cumulative", null, null);
        int flow = indicator("flow_sum", "sum", "per_period", null, null);
        indicator("stock_per_flow", "ratio", "per_period", stock, flow);
        for (int month = 1; month <= 12; month++) {
            figure(flow, "350623", "month", month, String.valueOf(10 + month));
            figure(flow, "350602", "month", month, String.valueOf(3 * month));
        }
        figure(stock, "350623", "month", 12, "40");
        figure(stock, "350623", "year", null, "45");
        figure(stock, "350602", "month", 12, "7");
        figure(peak, "350623", "month", 12, "9");
        figure(peak, "350623", "year", null, "12");
        int city =
                db.fetchSingle("select id from division where code = '350600'").get(0, Integer.class);
        int zhangpu =
                db.fetchSingle("select id from division where code = '350623'").get(0, Integer.class);

        for (int[] w : List.of(
                new int[] {1, 12, 1, 0},
                new int[] {1, 12, 1, 1},
                new int[] {10, 12, 1, 0},
                new int[] {12, 12, 1, 1},
                new int[] {1, 12, 0, 0})) {
            for (var source : Source.values()) {
                var rows = rollups.rollup(source, city, 2020, w[0], w[1], w[2] == 1, w[3] == 1);
                var grouped = rollups.rollupByGroupingSets(source, city, 2020, w[0], w[1], w[2] == 1, w[3] == 1);
                String window = source + " months " + w[0] + "-" + w[1] + " yearly " + (w[2] == 1);
                assertThat(rows.stream().map(RollupChanges::row).toList())
                        .as(window)
                        .isEqualTo(grouped.stream().map(RollupChanges::row).toList());
                assertThat(rows.stream()
                                .collect(Collectors.groupingBy(
                                        r -> List.of(
                                                r.cell().indicatorId(),
                                                String.valueOf(r.cell().divisionId()),
                                                r.month()),
                                        Collectors.counting()))
                                .values())
                        .as("one row a key, " + window)
                        .allMatch(n -> n == 1);
            }
        }
        // With the yearly figures, 漳浦县's December of the sum is its month and year rows added up by
        // the rule (40 + 45), of the maximum the larger (12); the ratio is built on the added-up parts.
        var december = rollups.rollup(Source.PREAGGREGATED, city, 2020, 1, 12, true, true);
        assertThat(value(december, stock, zhangpu)).isEqualTo("85");
        assertThat(value(december, peak, zhangpu)).isEqualTo("12");
        assertThat(value(december, stock, null)).isEqualTo("92");
    }

    private static String value(List<MonthCell> rows, int indicator, Integer unit) {
        return rows.stream()
                .filter(r -> r.cell().indicatorId() == indicator
                        && java.util.Objects.equals(r.cell().divisionId(), unit))
                .map(r -> r.cell().value().stripTrailingZeros().toPlainString())
                .findFirst()
                .orElseThrow();
    }

    private int indicator(String code, String rule, String accumulation, Integer numerator, Integer denominator) {
        return new RollupChanges(db, null, null, null).indicator(code, rule, accumulation, numerator, denominator);
    }

    private void figure(int indicatorId, String division, String kind, Integer month, String value) {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, not_applicable, status,
                                    approved_value, approved_not_applicable, approved_at, revision)
                values (?, (select id from division where code = ?),
                        (select id from period where kind = ?::period_kind and year = 2020
                                                 and month is not distinct from ?::integer),
                        ?::numeric, false, 'approved', ?::numeric, false, now(), 1)""", indicatorId, division, kind, month, value, value);
    }
}
