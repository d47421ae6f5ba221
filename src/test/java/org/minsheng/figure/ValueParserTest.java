package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;

/**
 * What a statistician sees after typing into a cell: the value kept, or the one reason it is refused.
 * The property test covers any text; these pin each limit at its edge with the demo's indicators.
 */
class ValueParserTest {

    private static final CellKey KEY = new CellKey(1, 2, 3);
    private static final Indicator MEAL_SCHOOLS =
            indicator("meal_schools", Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null);
    private static final Indicator ROADS =
            indicator("road_widening", Indicator.ValueType.DECIMAL, 1, BigDecimal.ZERO, null);
    private static final Indicator COVERAGE =
            indicator("family_doctor_rate", Indicator.ValueType.PERCENTAGE, 1, BigDecimal.ZERO, new BigDecimal("100"));
    /** Cross-inspection goes round the districts: each round visits at least one school. */
    private static final Indicator INSPECTION_ROUNDS =
            indicator("inspection_schools", Indicator.ValueType.INTEGER, 0, BigDecimal.ONE, null);

    @Test
    void the_demo_totals_as_typed_are_kept_with_the_indicators_scale() {
        assertThat(ValueParser.parse("156", MEAL_SCHOOLS, KEY).value()).isEqualTo(new BigDecimal("156"));
        assertThat(ValueParser.parse("117", ROADS, KEY).value()).isEqualTo(new BigDecimal("117.0"));
        assertThat(ValueParser.parse("１１８，０００", MEAL_SCHOOLS, KEY).value()).isEqualTo(new BigDecimal("118000"));
        assertThat(ValueParser.parse("14。6", ROADS, KEY).value())
                .as("an input method's full stop")
                .isEqualTo(new BigDecimal("14.6"));
        assertThat(ValueParser.parse("96.5%", COVERAGE, KEY).value()).isEqualTo(new BigDecimal("96.5"));
    }

    @Test
    void zero_is_a_value_and_blank_is_nothing_and_not_applicable_is_neither() {
        var zero = ValueParser.parse("0", MEAL_SCHOOLS, KEY);
        assertThat(zero.value()).isEqualTo(BigDecimal.ZERO);
        assertThat(zero.isBlank()).isFalse();
        assertThat(zero.notApplicable()).isFalse();
        var blank = ValueParser.parse("  ", MEAL_SCHOOLS, KEY);
        assertThat(blank.isBlank()).isTrue();
        assertThat(ValueParser.parse(null, MEAL_SCHOOLS, KEY).isBlank()).isTrue();
        for (var words : new String[] {"不适用", "无此项", "N/A", "ｎ／ａ", " not applicable "}) {
            var notApplicable = ValueParser.parse(words, MEAL_SCHOOLS, KEY);
            assertThat(notApplicable.notApplicable()).as(words).isTrue();
            assertThat(notApplicable.value()).as(words).isNull();
            assertThat(notApplicable.isBlank()).as(words).isFalse();
        }
    }

    @Test
    void a_minimum_of_zero_accepts_zero_and_refuses_a_negative_as_negative() {
        assertThat(ValueParser.parse("0", ROADS, KEY).value()).isEqualByComparingTo("0");
        assertThat(reason("-1", ROADS)).isEqualTo("figure.error.negative");
    }

    @Test
    void another_minimum_is_named_in_the_message_and_the_minimum_itself_is_accepted() {
        assertThat(ValueParser.parse("1", INSPECTION_ROUNDS, KEY).value()).isEqualByComparingTo("1");
        var below = refusal("0", INSPECTION_ROUNDS);
        assertThat(below.messageKey()).isEqualTo("figure.error.belowMinimum");
        assertThat(below.parameters()).containsExactly(BigDecimal.ONE);
    }

    @Test
    void a_rate_of_exactly_one_hundred_percent_is_accepted_and_above_is_refused_with_the_maximum() {
        assertThat(ValueParser.parse("100%", COVERAGE, KEY).value()).isEqualTo(new BigDecimal("100.0"));
        var above = refusal("100.1", COVERAGE);
        assertThat(above.messageKey()).isEqualTo("figure.error.aboveMaximum");
        assertThat(above.parameters()).containsExactly(new BigDecimal("100"));
    }

    @Test
    void fifteen_whole_digits_are_accepted_and_sixteen_are_too_large_with_or_without_a_sign() {
        assertThat(ValueParser.parse("999,999,999,999,999", MEAL_SCHOOLS, KEY).value())
                .isEqualTo(new BigDecimal("999999999999999"));
        assertThat(ValueParser.parse("000999999999999999", MEAL_SCHOOLS, KEY).value())
                .as("leading zeros do not count")
                .isEqualTo(new BigDecimal("999999999999999"));
        assertThat(reason("1000000000000000", MEAL_SCHOOLS)).isEqualTo("figure.error.tooLarge");
        assertThat(reason("1000000000000000.5", ROADS)).isEqualTo("figure.error.tooLarge");
        assertThat(reason("-999999999999999", MEAL_SCHOOLS))
                .as("fifteen digits, then the sign rule")
                .isEqualTo("figure.error.negative");
    }

    @Test
    void decimals_beyond_the_scale_and_in_a_count_are_refused_with_the_scale_named() {
        assertThat(reason("156.5", MEAL_SCHOOLS)).isEqualTo("figure.error.wholeNumber");
        assertThat(ValueParser.parse("156.0", MEAL_SCHOOLS, KEY).value())
                .as("a zero decimal is still whole")
                .isEqualTo(new BigDecimal("156"));
        var tooFine = refusal("14.65", ROADS);
        assertThat(tooFine.messageKey()).isEqualTo("figure.error.tooManyDecimals");
        assertThat(tooFine.parameters()).containsExactly(1);
        assertThat(reason("96.5%", ROADS)).as("a % sign only on a rate").isEqualTo("figure.error.notANumber");
    }

    @Test
    void text_that_is_not_a_number_is_repeated_in_the_message_up_to_forty_characters() {
        var forty = "一百五十六所".repeat(6) + "学校学校";
        assertThat(forty).hasSize(40);
        assertThat(refusal(forty, MEAL_SCHOOLS).parameters()).containsExactly(forty);
        assertThat(refusal(forty + "！", MEAL_SCHOOLS).parameters()).containsExactly(forty + "…");
        assertThat(refusal(" 约156所 ", MEAL_SCHOOLS).parameters()).containsExactly("约156所");
    }

    /**
     * The trial's 「1,5」 was kept as 15: a separator goes every three digits of the whole part, so a typo
     * or a decimal comma is refused and named, and well-formed grouping, half- or full-width, still reads.
     */
    @Test
    void misplaced_thousands_separators_are_refused_and_well_placed_ones_read_as_before() {
        for (var misplaced :
                new String[] {"1,5", "15,00", "1,5000", ",500", "1,500,", "1,234.5,6", "12,3.4", "1 5", "１，５"}) {
            var refused = refusal(misplaced, ROADS);
            assertThat(refused.messageKey()).as(misplaced).isEqualTo("figure.error.grouping");
            assertThat(refused.parameters()).as(misplaced).containsExactly(misplaced);
        }
        assertThat(ValueParser.parse("1,500", MEAL_SCHOOLS, KEY).value()).isEqualTo(new BigDecimal("1500"));
        assertThat(ValueParser.parse("12,345.6", ROADS, KEY).value()).isEqualTo(new BigDecimal("12345.6"));
        assertThat(ValueParser.parse("１２，３４５。６", ROADS, KEY).value()).isEqualTo(new BigDecimal("12345.6"));
        assertThat(ValueParser.parse("118 000", MEAL_SCHOOLS, KEY).value()).isEqualTo(new BigDecimal("118000"));
        assertThat(ValueParser.parse("1, 500", MEAL_SCHOOLS, KEY).value()).isEqualTo(new BigDecimal("1500"));
        assertThat(ValueParser.parse("96.5 %", COVERAGE, KEY).value()).isEqualTo(new BigDecimal("96.5"));
        assertThat(reason("约1,5所", MEAL_SCHOOLS)).as("not a number at all").isEqualTo("figure.error.notANumber");
    }

    private static String reason(String text, Indicator indicator) {
        return refusal(text, indicator).messageKey();
    }

    private static Finding refusal(String text, Indicator indicator) {
        var invalid =
                catchThrowableOfType(ValueParser.InvalidValue.class, () -> ValueParser.parse(text, indicator, KEY));
        assertThat(invalid).as("refused: " + text).isNotNull();
        assertThat(invalid.finding().isError()).isTrue();
        assertThat(invalid.finding().cell()).isEqualTo(KEY);
        return invalid.finding();
    }

    private static Indicator indicator(
            String code, Indicator.ValueType type, int scale, BigDecimal min, BigDecimal max) {
        return new Indicator(
                1,
                code,
                new Indicator.Names(code, code, code, code),
                new Indicator.Measure("所", "schools", type, scale, min, max),
                new Indicator.Reporting(true, false, true, Indicator.Aggregation.SUM, TargetDirection.INCREASE_TO),
                new Indicator.Category("education", "教育", "Education"),
                1);
    }

    @Test
    void a_text_reads_as_a_value_when_it_is_a_number_or_not_applicable_and_nothing_else() {
        for (var value : new String[] {"4300", " 4,300 ", "４３００", "-2.5", "12.5%", "不适用", "N/A", "无此项"}) {
            assertThat(ValueParser.readsAsValue(value)).as(value).isTrue();
        }
        for (var words : new String[] {"新增签约团队 3 个", "3个", "约4300", "%", "", "  "}) {
            assertThat(ValueParser.readsAsValue(words)).as(words).isFalse();
        }
        assertThat(ValueParser.readsAsValue(null)).isFalse();
    }
}
