package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Hostile.forAll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.support.Hostile;

/** Whatever is typed into a figure cell, the parser answers with a value or a reason, never a crash. */
class ValueParserPropertiesTest {

    private static final CellKey KEY = new CellKey(1, 1, 1);
    private static final List<Indicator> INDICATORS = List.of(
            indicator("meal_schools", Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
            indicator("road_widening", Indicator.ValueType.DECIMAL, 1, BigDecimal.ZERO, null),
            indicator("coverage", Indicator.ValueType.PERCENTAGE, 2, BigDecimal.ZERO, new BigDecimal("100")));
    private static final List<String> REASONS = List.of(
            "figure.error.notANumber",
            "figure.error.grouping",
            "figure.error.wholeNumber",
            "figure.error.tooManyDecimals",
            "figure.error.negative",
            "figure.error.belowMinimum",
            "figure.error.aboveMaximum",
            "figure.error.tooLarge");

    @Test
    void any_text_gives_a_value_of_the_indicators_scale_or_one_of_the_known_reasons() {
        forAll(random -> Hostile.anyText(random), text -> {
            for (var indicator : INDICATORS) {
                try {
                    var parsed = ValueParser.parse(text, indicator, KEY);
                    if (parsed.value() != null) {
                        assertThat(parsed.value().scale()).isEqualTo(indicator.scale());
                        assertThat(parsed.value().signum()).isNotNegative();
                        assertThat(parsed.value().precision() - parsed.value().scale())
                                .isLessThanOrEqualTo(15);
                    }
                } catch (ValueParser.InvalidValue invalid) {
                    assertThat(invalid.finding().messageKey()).isIn(REASONS);
                }
            }
        });
    }

    @Test
    void a_valid_number_written_the_ways_chinese_spreadsheets_and_input_methods_write_it_reads_back_exactly() {
        forAll(ValueParserPropertiesTest::written, written -> {
            var parsed = ValueParser.parse(written.text(), written.indicator(), KEY);
            assertThat(parsed.value()).isEqualByComparingTo(written.value());
            assertThat(parsed.value().scale()).isEqualTo(written.indicator().scale());
        });
    }

    private record Written(Indicator indicator, BigDecimal value, String text) {}

    private static Written written(Random random) {
        var indicator = INDICATORS.get(random.nextInt(INDICATORS.size()));
        long unscaled = indicator.maxValue() == null
                ? (long) (random.nextDouble() * 1e13)
                : random.nextLong(
                        indicator.maxValue().movePointRight(indicator.scale()).longValueExact() + 1);
        var value = BigDecimal.valueOf(unscaled, indicator.scale());
        var plain = value.toPlainString();
        var text = switch (random.nextInt(5)) {
            case 0 -> plain;
            case 1 -> grouped(value, indicator.scale());
            case 2 -> fullWidth(grouped(value, indicator.scale()));
            case 3 -> "　" + plain + " ";
            default ->
                value.setScale(indicator.scale() + random.nextInt(3), RoundingMode.UNNECESSARY)
                        .toPlainString();
        };
        if (indicator.valueType() == Indicator.ValueType.PERCENTAGE && random.nextBoolean()) {
            text = text + (random.nextBoolean() ? "%" : "％");
        }
        return new Written(indicator, value, text);
    }

    private static String grouped(BigDecimal value, int scale) {
        return String.format(Locale.ROOT, "%,." + scale + "f", value);
    }

    private static String fullWidth(String text) {
        var out = new StringBuilder();
        text.chars()
                .forEach(c -> out.append(
                        c >= '0' && c <= '9'
                                ? (char) (c - '0' + '０')
                                : c == ',' ? '，' : c == '.' ? (random() ? '。' : '．') : (char) c));
        return out.toString();
    }

    private static boolean random() {
        return ThreadLocalRandom.current().nextBoolean();
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
}
