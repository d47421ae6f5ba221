package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;

/** The warning rules on their own, with the demo's indicators and hand-computed expectations. */
class FigureChecksTest {

    private static final CellKey KEY = new CellKey(1, 2, 3);
    private static final Indicator BAYS = indicator(TargetDirection.INCREASE_TO);
    private static final Indicator DROPOUTS = indicator(TargetDirection.REACH_ZERO);
    private static final Division XIANGCHENG = new Division(2, "350602", "芗城区", Division.Level.COUNTY, 1);

    @Test
    void more_than_fifty_percent_from_last_year_is_a_warning_and_fifty_is_not() {
        assertThat(FigureChecks.yearOnYear(KEY, bd("151"), bd("100"))).isPresent();
        assertThat(FigureChecks.yearOnYear(KEY, bd("49"), bd("100"))).isPresent();
        assertThat(FigureChecks.yearOnYear(KEY, bd("150"), bd("100"))).isEmpty();
        assertThat(FigureChecks.yearOnYear(KEY, bd("50"), bd("100"))).isEmpty();
        assertThat(FigureChecks.yearOnYear(KEY, bd("5"), bd("0"))).as("no base to compare").isEmpty();
        assertThat(FigureChecks.yearOnYear(KEY, bd("5"), null)).isEmpty();
    }

    @Test
    void a_value_far_from_the_last_twelve_months_is_an_outlier_by_median_and_mad() {
        var history = Stream.of("10", "11", "12", "10", "11", "12", "10", "11", "12", "10", "11", "12")
                .map(BigDecimal::new).toList();
        // median 11, MAD 1, so the limit is 11 ± 3.5 × 1.4826 = 11 ± 5.19
        assertThat(FigureChecks.outlier(KEY, bd("16"), history)).isEmpty();
        var far = FigureChecks.outlier(KEY, bd("17"), history);
        assertThat(far).isPresent();
        assertThat(far.get().parameters()).containsExactly(bd("11"), 12);
        assertThat(FigureChecks.outlier(KEY, bd("99"), history.subList(0, 5))).as("too little history").isEmpty();
        assertThat(FigureChecks.outlier(KEY, bd("99"), List.of(bd("4"), bd("4"), bd("4"), bd("4"), bd("4"), bd("4"))))
                .as("a constant history has no spread to judge by").isEmpty();
    }

    @Test
    void a_cumulative_figure_that_should_grow_warns_when_it_falls_within_the_year() {
        var fell = cell(BAYS, "5", "6");
        assertThat(FigureChecks.warnings(fell, List.of(), true)).extracting(Finding::messageKey)
                .containsExactly("figure.warning.cumulativeFell");
        assertThat(FigureChecks.warnings(fell, List.of(), false)).as("January after December").isEmpty();
        assertThat(FigureChecks.warnings(cell(DROPOUTS, "1", "3"), List.of(), true)).as("dropouts should fall").isEmpty();
    }

    @Test
    void dropouts_back_above_a_zero_already_reached_are_a_warning_however_small_the_step() {
        var rebound = FigureChecks.warnings(cell(DROPOUTS, "1", "0"), List.of(), false);
        assertThat(rebound).extracting(Finding::messageKey).containsExactly("figure.warning.zeroRebounded");
        assertThat(rebound.getFirst().parameters()).containsExactly(bd("1"));
        assertThat(FigureChecks.warnings(cell(DROPOUTS, "0", "0"), List.of(), true)).as("still zero").isEmpty();
        assertThat(FigureChecks.warnings(cell(DROPOUTS, "2", "3"), List.of(), true)).as("not yet zero").isEmpty();
        assertThat(FigureChecks.warnings(cell(BAYS, "1", "0"), List.of(), true)).as("bays should grow").isEmpty();
    }

    @Test
    void cross_indicator_rules_compare_the_left_indicator_with_the_sum_on_the_right() {
        var rule = new CrossRule(1, "inspected_within_programme", 1, CrossRule.Operator.LE, List.of(7, 8),
                Finding.Severity.WARNING, "检查学校数不应超过项目学校数", "Inspected within programme");
        assertThat(FigureChecks.crossRules(List.of(rule), KEY, Map.of(1, bd("10"), 7, bd("4"), 8, bd("6")))).isEmpty();
        var broken = FigureChecks.crossRules(List.of(rule), KEY, Map.of(1, bd("11"), 7, bd("4"), 8, bd("6")));
        assertThat(broken).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.parameters()).containsExactly("检查学校数不应超过项目学校数", "Inspected within programme",
                    bd("11"), "≤", bd("10"));
        });
        assertThat(FigureChecks.crossRules(List.of(rule), KEY, Map.of(1, bd("11"), 7, bd("4"))))
                .as("a rule waits until every side has a value").isEmpty();
    }

    private static Cell cell(Indicator indicator, String value, String previous) {
        return new Cell(KEY, 1L, indicator, XIANGCHENG, bd(value), false, CellState.DRAFT, null, null, null, 1, null,
                false, 0, 5, bd(previous), null, List.of());
    }

    private static Indicator indicator(TargetDirection direction) {
        return new Indicator(1, "passing_bays", "增设错车道数量", "Passing bays", "增设错车道", "Passing bays", "个", "bays",
                Indicator.ValueType.INTEGER, 0, Indicator.Aggregation.SUM, true, true, direction, false,
                "rural_infrastructure", "农村公共基础设施", "Rural infrastructure", 6, BigDecimal.ZERO, null);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
