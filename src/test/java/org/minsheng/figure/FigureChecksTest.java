package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
        assertThat(FigureChecks.yearOnYear(KEY, bd("5"), bd("0")))
                .as("no base to compare")
                .isEmpty();
        assertThat(FigureChecks.yearOnYear(KEY, bd("5"), null)).isEmpty();
    }

    @Test
    void a_value_far_from_the_last_twelve_months_is_an_outlier_by_median_and_mad() {
        var history = Stream.of("10", "11", "12", "10", "11", "12", "10", "11", "12", "10", "11", "12")
                .map(BigDecimal::new)
                .toList();
        // median 11, MAD 1, so the limit is 11 ± 3.5 × 1.4826 = 11 ± 5.19
        assertThat(FigureChecks.outlier(KEY, bd("16"), history, 0)).isEmpty();
        var far = FigureChecks.outlier(KEY, bd("17"), history, 0);
        assertThat(far).isPresent();
        assertThat(far.get().parameters()).containsExactly(bd("11"), 12);
        assertThat(FigureChecks.outlier(KEY, bd("99"), history.subList(0, 5), 0))
                .as("too little history")
                .isEmpty();
        assertThat(FigureChecks.outlier(
                        KEY, bd("99"), List.of(bd("4"), bd("4"), bd("4"), bd("4"), bd("4"), bd("4")), 0))
                .as("a constant history has no spread to judge by")
                .isEmpty();
    }

    @Test
    void six_months_of_history_are_enough_to_judge_and_exactly_three_and_a_half_deviations_is_not_an_outlier() {
        var history =
                Stream.of("4", "6", "4", "6", "4", "6").map(BigDecimal::new).toList();
        // median of an even count is the mean of the middle two: 5; MAD 1; the limit is 5 ± 5.1891
        assertThat(FigureChecks.median(history)).isEqualByComparingTo("5");
        assertThat(FigureChecks.outlier(KEY, bd("10.1891"), history, 0))
                .as("at the limit")
                .isEmpty();
        assertThat(FigureChecks.outlier(KEY, bd("10.1892"), history, 0))
                .get()
                .satisfies(f -> assertThat(f.parameters()).containsExactly(bd("5"), 6));
        assertThat(FigureChecks.median(List.of(bd("267"), bd("156"), bd("117"))))
                .isEqualByComparingTo("156");
    }

    /**
     * The MAD's distances come from one sort of the history, merged from both sides of the median: for
     * random histories (ties, negatives, values equal to the median, other scales) they are the distances
     * sorted anew, and the outlier's finding is the one the two sorts gave.
     */
    @Test
    void the_distances_from_the_median_come_out_sorted_as_a_second_sort_would_give_them() {
        var random = new Random(16_5);
        for (int run = 0; run < 2_000; run++) {
            int n = 1 + random.nextInt(14);
            var history = new ArrayList<BigDecimal>();
            for (int i = 0; i < n; i++) {
                history.add(BigDecimal.valueOf(random.nextInt(21) - 5, random.nextInt(3)));
            }
            var sorted = history.stream().sorted().toArray(BigDecimal[]::new);
            var median = FigureChecks.median(history);
            var expected =
                    history.stream().map(h -> h.subtract(median).abs()).sorted().toList();
            var merged = List.of(FigureChecks.deviations(sorted, median));
            assertThat(merged).as("history %s", history).hasSameSizeAs(expected);
            for (int i = 0; i < n; i++) {
                assertThat(merged.get(i)).as("history %s, place %d", history, i).isEqualByComparingTo(expected.get(i));
            }
            var value = BigDecimal.valueOf(random.nextInt(41) - 10);
            var expectedMad = FigureChecks.median(expected);
            var expectedFinding = n < 6 || expectedMad.signum() == 0
                    ? Optional.<List<Object>>empty()
                    : value.subtract(median)
                                            .abs()
                                            .divide(
                                                    expectedMad.multiply(new BigDecimal("1.4826")),
                                                    MathContext.DECIMAL64)
                                            .compareTo(FigureChecks.OUTLIER_LIMIT)
                                    > 0
                            ? Optional.of(List.<Object>of(median.setScale(2, RoundingMode.HALF_UP), n))
                            : Optional.<List<Object>>empty();
            assertThat(FigureChecks.outlier(KEY, value, history, 2).map(Finding::parameters))
                    .as("history %s, value %s", history, value)
                    .isEqualTo(expectedFinding);
        }
    }

    @Test
    void the_warnings_of_a_cell_include_the_year_on_year_jump_and_the_outlier_and_none_for_an_empty_cell() {
        var history = Stream.of("20", "22", "21", "20", "22", "21")
                .map(BigDecimal::new)
                .toList();
        var jumped = cellWithLastYear(BAYS, "60", "24");
        assertThat(FigureChecks.warnings(jumped, history, true))
                .extracting(Finding::messageKey)
                .containsExactly("figure.warning.yearOnYear", "figure.warning.outlier");
        assertThat(FigureChecks.yearOnYear(KEY, bd("60"), bd("24")))
                .get()
                .satisfies(f -> assertThat(f.parameters()).containsExactly(bd("24"), bd("150")));
        var empty = new Cell(
                KEY,
                BAYS,
                XIANGCHENG,
                Cell.Entry.NONE,
                Cell.Workflow.EMPTY,
                Cell.Approved.NEVER,
                new Cell.References(bd("6"), bd("24")),
                List.of());
        assertThat(FigureChecks.warnings(empty, history, true)).isEmpty();
    }

    @Test
    void a_cumulative_figure_that_stays_the_same_from_one_month_to_the_next_is_not_a_warning() {
        assertThat(FigureChecks.warnings(cell(BAYS, "6", "6"), List.of(), true)).isEmpty();
    }

    @Test
    void a_cumulative_figure_that_should_grow_warns_when_it_falls_within_the_year() {
        var fell = cell(BAYS, "5", "6");
        assertThat(FigureChecks.warnings(fell, List.of(), true))
                .extracting(Finding::messageKey)
                .containsExactly("figure.warning.cumulativeFell");
        assertThat(FigureChecks.warnings(fell, List.of(), false))
                .as("January after December")
                .isEmpty();
        assertThat(FigureChecks.warnings(cell(DROPOUTS, "1", "3"), List.of(), true))
                .as("dropouts should fall")
                .isEmpty();
    }

    @Test
    void dropouts_cleared_to_zero_are_the_target_met_not_a_jump_or_an_outlier_to_explain() {
        var history =
                Stream.of("4", "5", "4", "3", "4", "5").map(BigDecimal::new).toList();
        assertThat(FigureChecks.warnings(cellWithLastYear(DROPOUTS, "0", "4"), history, false))
                .as("4 last year, 0 now: -100% and far below the months before, yet the target reached")
                .isEmpty();
        assertThat(FigureChecks.warnings(cellWithLastYear(DROPOUTS, "1", "4"), history, false))
                .extracting(Finding::messageKey)
                .as("not yet zero: the jump and the outlier still ask why")
                .containsExactly("figure.warning.yearOnYear", "figure.warning.outlier");
        assertThat(FigureChecks.warnings(cellWithLastYear(BAYS, "0", "24"), history, false))
                .extracting(Finding::messageKey)
                .as("a zero of an indicator that should grow")
                .contains("figure.warning.yearOnYear");
    }

    @Test
    void dropouts_back_above_a_zero_already_reached_are_a_warning_however_small_the_step() {
        var rebound = FigureChecks.warnings(cell(DROPOUTS, "1", "0"), List.of(), false);
        assertThat(rebound).extracting(Finding::messageKey).containsExactly("figure.warning.zeroRebounded");
        assertThat(rebound.getFirst().parameters()).containsExactly(bd("1"));
        assertThat(FigureChecks.warnings(cell(DROPOUTS, "0", "0"), List.of(), true))
                .as("still zero")
                .isEmpty();
        assertThat(FigureChecks.warnings(cell(DROPOUTS, "2", "3"), List.of(), true))
                .as("not yet zero")
                .isEmpty();
        assertThat(FigureChecks.warnings(cell(BAYS, "1", "0"), List.of(), true))
                .as("bays should grow")
                .isEmpty();
    }

    @Test
    void cross_indicator_rules_compare_the_left_indicator_with_the_sum_on_the_right() {
        var rule = new CrossRule(
                1,
                "inspected_within_programme",
                1,
                CrossRule.Operator.LE,
                List.of(7, 8),
                Finding.Severity.WARNING,
                "检查学校数不应超过项目学校数",
                "Inspected within programme");
        assertThat(FigureChecks.crossRules(List.of(rule), KEY, 0, Map.of(1, bd("10"), 7, bd("4"), 8, bd("6"))))
                .isEmpty();
        var broken = FigureChecks.crossRules(List.of(rule), KEY, 0, Map.of(1, bd("11"), 7, bd("4"), 8, bd("6")));
        assertThat(broken).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.parameters())
                    .containsExactly("检查学校数不应超过项目学校数", "Inspected within programme", bd("11"), "≤", bd("10"));
        });
        assertThat(FigureChecks.crossRules(List.of(rule), KEY, 0, Map.of(1, bd("11"), 7, bd("4"))))
                .as("a rule waits until every side has a value")
                .isEmpty();
    }

    @Test
    void each_operator_of_a_cross_indicator_rule_holds_at_equality_as_its_symbol_says() {
        assertThat(CrossRule.Operator.LE.holds(bd("51"), bd("51"))).isTrue();
        assertThat(CrossRule.Operator.LE.holds(bd("52"), bd("51"))).isFalse();
        assertThat(CrossRule.Operator.GE.holds(bd("156"), bd("156.0"))).isTrue();
        assertThat(CrossRule.Operator.GE.holds(bd("155"), bd("156"))).isFalse();
        assertThat(CrossRule.Operator.GE.holds(bd("157"), bd("156"))).isTrue();
        assertThat(CrossRule.Operator.EQ.holds(bd("267"), bd("267.0"))).isTrue();
        assertThat(CrossRule.Operator.EQ.holds(bd("266"), bd("267"))).isFalse();
        assertThat(CrossRule.Operator.EQ.holds(bd("268"), bd("267"))).isFalse();
    }

    @Test
    void a_rule_about_another_indicator_says_nothing_about_this_cell() {
        var rule = new CrossRule(
                2, "bays_within_roads", 9, CrossRule.Operator.LE, List.of(1), Finding.Severity.ERROR, "错车道", "Bays");
        assertThat(FigureChecks.crossRules(List.of(rule), KEY, 0, Map.of(1, bd("5"), 9, bd("99"))))
                .isEmpty();
        var own = new CrossRule(
                3, "bays_within_roads", 1, CrossRule.Operator.GE, List.of(9), Finding.Severity.ERROR, "错车道", "Bays");
        assertThat(FigureChecks.crossRules(List.of(own), KEY, 0, Map.of(9, bd("5"))))
                .as("no left value yet")
                .isEmpty();
        assertThat(FigureChecks.crossRules(List.of(own), KEY, 0, Map.of(1, bd("5"), 9, bd("99"))))
                .singleElement()
                .satisfies(f -> assertThat(f.isError()).isTrue());
    }

    /**
     * The numbers a warning names are written as the sheet writes the figure, in the indicator's scale
     * (a stranger's trial read 「中位数 6」 and 「本项 9」 for a one-decimal indicator): the median rounded
     * to it, a rule's two sides padded to it but never rounded, so unequal sides never read equal.
     */
    @Test
    void the_median_and_a_rules_sides_are_named_in_the_indicators_scale() {
        assertThat(namedMedian("1", "2", "3", "4", "5", "6", "6", "7", "8", "9", "10", "11"))
                .isEqualTo("6.0");
        assertThat(namedMedian("3.4", "3.5", "3.4", "3.5", "3.4", "3.5"))
                .as("the mean of 3.4 and 3.5")
                .isEqualTo("3.5");
        var rule = new CrossRule(
                4, "roads_within_plan", 1, CrossRule.Operator.LE, List.of(7), Finding.Severity.WARNING, "里程", "Km");
        assertThat(FigureChecks.crossRules(List.of(rule), KEY, 1, Map.of(1, bd("9"), 7, bd("8.95")))
                        .getFirst()
                        .parameters())
                .extracting(Object::toString)
                .containsExactly("里程", "Km", "9.0", "≤", "8.95");
    }

    @Test
    void an_error_blocks_a_batch_and_a_warning_alone_does_not_and_only_new_or_changed_inputs_write() {
        var input = FigureInput.of(KEY, "267", 0);
        var warning = Finding.warning(KEY, "figure.warning.yearOnYear", bd("24"), bd("150"));
        var error = Finding.error(KEY, "figure.error.explanationNeeded");
        assertThat(warning.isError()).isFalse();
        assertThat(error.isError()).isTrue();
        var warned = new CheckedInput(input, CheckedInput.Outcome.NEW, bd("267"), false, List.of(warning));
        assertThat(warned.blocking()).isFalse();
        assertThat(warned.writes()).isTrue();
        var blocked = new CheckedInput(input, CheckedInput.Outcome.NEW, bd("267"), false, List.of(warning, error));
        assertThat(blocked.blocking()).isTrue();
        assertThat(blocked.writes()).isFalse();
        assertThat(new CheckedInput(input, CheckedInput.Outcome.CHANGED, bd("267"), false, List.of()).writes())
                .isTrue();
        for (var idle : new CheckedInput.Outcome[] {
            CheckedInput.Outcome.UNCHANGED, CheckedInput.Outcome.EMPTY, CheckedInput.Outcome.REJECTED
        }) {
            assertThat(new CheckedInput(input, idle, null, false, List.of()).writes())
                    .as(idle.name())
                    .isFalse();
        }
    }

    /** The median an outlier of 99.0 names, for a one-decimal indicator with this history. */
    private static String namedMedian(String... history) {
        var values = Stream.of(history).map(BigDecimal::new).toList();
        return FigureChecks.outlier(KEY, bd("99.0"), values, 1)
                .orElseThrow()
                .parameters()
                .getFirst()
                .toString();
    }

    private static Cell cellWithLastYear(Indicator indicator, String value, String lastYear) {
        return draft(indicator, value, new Cell.References(null, bd(lastYear)));
    }

    private static Cell cell(Indicator indicator, String value, String previous) {
        return draft(indicator, value, new Cell.References(bd(previous), null));
    }

    private static Cell draft(Indicator indicator, String value, Cell.References references) {
        return new Cell(
                KEY,
                indicator,
                XIANGCHENG,
                new Cell.Entry(bd(value), false, null),
                new Cell.Workflow(1L, CellState.DRAFT, 1, null, null, 5),
                Cell.Approved.NEVER,
                references,
                List.of());
    }

    private static Indicator indicator(TargetDirection direction) {
        return new Indicator(
                1,
                "passing_bays",
                new Indicator.Names("增设错车道数量", "Passing bays", "增设错车道", "Passing bays"),
                new Indicator.Measure("个", "bays", Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
                new Indicator.Reporting(true, false, true, Indicator.Aggregation.SUM, direction),
                new Indicator.Category("rural_infrastructure", "农村公共基础设施", "Rural infrastructure"),
                6);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
