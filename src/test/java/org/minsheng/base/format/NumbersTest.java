package org.minsheng.base.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minsheng.base.i18n.Translations;

class NumbersTest {

    private static final Locale ZH = Translations.CHINESE;
    private static final Locale EN = Translations.ENGLISH;

    @Test
    void large_numbers_are_written_with_wan_and_yi_in_chinese() {
        assertThat(Numbers.withUnit(new BigDecimal("118000"), "人", ZH)).isEqualTo("11.8万人");
        assertThat(Numbers.headline(new BigDecimal("10000"), ZH)).isEqualTo("1万");
        assertThat(Numbers.headline(new BigDecimal("123456789"), ZH)).isEqualTo("1.23亿");
        assertThat(Numbers.headline(new BigDecimal("9999"), ZH)).isEqualTo("9,999");
    }

    /** A tile read 「4200人」 beside the table's 4,200: below 万 a headline groups its digits as a table does. */
    @Test
    void a_headline_below_ten_thousand_is_grouped_as_the_tables_are() {
        assertThat(Numbers.headline(new BigDecimal("4200"), ZH))
                .isEqualTo(Numbers.plain(new BigDecimal("4200"), 0, ZH));
        assertThat(Numbers.withUnit(new BigDecimal("4200"), "人", ZH)).isEqualTo("4,200人");
        assertThat(Numbers.withUnit(new BigDecimal("1234.50"), "公里", ZH)).isEqualTo("1,234.5公里");
        assertThat(Numbers.withUnit(new BigDecimal("-4200"), "人", ZH)).isEqualTo("-4,200人");
        assertThat(Numbers.headline(new BigDecimal("4200"), EN)).isEqualTo("4,200");
    }

    @Test
    void exactly_one_hundred_million_is_written_as_one_yi_not_ten_thousand_wan() {
        assertThat(Numbers.headline(new BigDecimal("100000000"), ZH)).isEqualTo("1亿");
        assertThat(Numbers.headline(new BigDecimal("-118000"), ZH))
                .as("a fall is as large as a rise")
                .isEqualTo("-11.8万");
    }

    @Test
    void an_amount_that_rounds_up_to_ten_thousand_wan_is_written_as_one_yi() {
        // 99,999,960 元 is 9999.996万, which rounds to 10000万: a publication says 1亿元
        assertThat(Numbers.withUnit(new BigDecimal("99999960"), "元", ZH)).isEqualTo("1亿元");
        assertThat(Numbers.headline(new BigDecimal("-99999960"), ZH)).isEqualTo("-1亿");
        assertThat(Numbers.headline(new BigDecimal("99999949"), ZH))
                .as("still below")
                .isEqualTo("9999.99万");
    }

    @Test
    void headline_numbers_drop_trailing_zeros_as_publications_do() {
        assertThat(Numbers.withUnit(new BigDecimal("117.0"), "公里", ZH)).isEqualTo("117公里");
        assertThat(Numbers.withUnit(new BigDecimal("14.6"), "公里", ZH)).isEqualTo("14.6公里");
        assertThat(Numbers.withUnit(BigDecimal.ZERO, "人", ZH)).isEqualTo("0人");
    }

    @Test
    void english_separates_thousands_and_puts_a_space_before_the_unit() {
        assertThat(Numbers.withUnit(new BigDecimal("118000"), "people", EN)).isEqualTo("118,000 people");
        assertThat(Numbers.withUnit(new BigDecimal("117.0"), "km", EN)).isEqualTo("117 km");
    }

    /** A number written at its indicator's scale (the review queue's 「1.0」) takes its unit by the same rule. */
    @Test
    void a_number_written_elsewhere_takes_its_unit_as_a_headline_does() {
        assertThat(Numbers.unitAfter("1.0", new BigDecimal("1.0"), "schools", null, EN))
                .isEqualTo("1.0 school");
        assertThat(Numbers.unitAfter("2,640", new BigDecimal("2640"), "schools", null, EN))
                .isEqualTo("2,640 schools");
        assertThat(Numbers.unitAfter("4", new BigDecimal("4"), "所", null, ZH)).isEqualTo("4所");
    }

    /** A change of one school read 「+1 schools」: one of a unit is said in the singular, in English only. */
    @Test
    void one_of_an_english_unit_is_said_in_the_singular() {
        assertThat(Numbers.withUnit(BigDecimal.ONE, "schools", EN)).isEqualTo("1 school");
        assertThat(Numbers.withUnit(new BigDecimal("-1"), "schools", EN)).isEqualTo("-1 school");
        assertThat(Numbers.withUnit(BigDecimal.ONE, "people", EN)).isEqualTo("1 person");
        assertThat(Numbers.withUnit(BigDecimal.ONE, "categories", EN)).isEqualTo("1 category");
        assertThat(Numbers.withUnit(new BigDecimal("1.0"), "km", EN)).isEqualTo("1 km");
        assertThat(Numbers.withUnit(new BigDecimal("2"), "schools", EN)).isEqualTo("2 schools");
        assertThat(Numbers.withUnit(new BigDecimal("1.5"), "schools", EN)).isEqualTo("1.5 schools");
        assertThat(Numbers.withUnit(BigDecimal.ZERO, "schools", EN)).isEqualTo("0 schools");
        assertThat(Numbers.withUnit(BigDecimal.ONE, "widgets", EN))
                .as("a unit the bundle does not know")
                .isEqualTo("1 widgets");
        assertThat(Numbers.withUnit(BigDecimal.ONE, "所", ZH)).isEqualTo("1所");
    }

    /**
     * A unit an administrator adds later (hectares) has no bundle key: 「1 hectares」. The singular the
     * indicator carries is said for one; without one, the bundle's or the unit as written, as before.
     */
    @Test
    void an_indicators_own_singular_is_said_for_one_before_the_bundles() {
        assertThat(Numbers.withUnit(BigDecimal.ONE, "hectares", "hectare", EN)).isEqualTo("1 hectare");
        assertThat(Numbers.unitAfter("1.00", new BigDecimal("1.00"), "hectares", "hectare", EN))
                .isEqualTo("1.00 hectare");
        assertThat(Numbers.withUnit(new BigDecimal("2"), "hectares", "hectare", EN))
                .isEqualTo("2 hectares");
        assertThat(Numbers.withUnit(BigDecimal.ONE, "schools", null, EN)).isEqualTo("1 school");
        assertThat(Numbers.withUnit(BigDecimal.ONE, "hectares", " ", EN))
                .as("a blank singular is none")
                .isEqualTo("1 hectares");
        assertThat(Numbers.withUnit(BigDecimal.ONE, "公顷", "hectare", ZH)).isEqualTo("1公顷");
        assertThat(Numbers.unitFor(BigDecimal.ONE, "hectares", "hectare", EN)).isEqualTo("hectare");
        assertThat(Numbers.unitFor(BigDecimal.TEN, "hectares", "hectare", EN)).isEqualTo("hectares");
    }

    @Test
    void an_english_headline_keeps_every_decimal_the_figure_has() {
        // NumberFormat stops at three decimals unless told otherwise; a rate kept to four must not lose one
        assertThat(Numbers.headline(new BigDecimal("98.7654"), EN)).isEqualTo("98.7654");
        assertThat(Numbers.headline(new BigDecimal("14.60"), EN)).isEqualTo("14.6");
    }

    @Test
    void table_numbers_keep_the_indicator_scale() {
        assertThat(Numbers.plain(new BigDecimal("117"), 1, ZH)).isEqualTo("117.0");
        assertThat(Numbers.plain(new BigDecimal("118000"), 0, ZH)).isEqualTo("118,000");
        assertThat(Numbers.plain(new BigDecimal("2.45"), 1, EN)).isEqualTo("2.5");
    }

    @Test
    void an_exact_value_keeps_every_digit_and_drops_trailing_zeros() {
        assertThat(Numbers.exact(new BigDecimal("120.0"))).isEqualTo("120");
        assertThat(Numbers.exact(new BigDecimal("120.50"))).isEqualTo("120.5");
        assertThat(Numbers.exact(new BigDecimal("100"))).as("not 1E+2").isEqualTo("100");
        assertThat(Numbers.exact(new BigDecimal("115000.00")))
                .as("no 万, grouped as the tables are")
                .isEqualTo("115,000");
        assertThat(Numbers.exact(new BigDecimal("1234.5678"))).isEqualTo("1,234.5678");
        assertThat(Numbers.exact(BigDecimal.ZERO.setScale(1))).isEqualTo("0");
    }
}
