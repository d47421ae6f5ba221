package org.minsheng.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Months named in a sentence, as the wall's coverage and the calendar's question name them. */
class PeriodNamesTest {

    private final Translations translations = new Translations();

    @Test
    void english_names_the_months_and_chinese_writes_them_as_the_charts_do() {
        assertThat(months(Locale.ENGLISH, List.of(1))).isEqualTo("January 2021");
        assertThat(months(Locale.ENGLISH, List.of(1, 2, 3))).isEqualTo("January–March 2021");
        assertThat(months(Locale.ENGLISH, List.of(3, 5, 6, 7, 8, 9, 10, 11, 12)))
                .isEqualTo("March, May–December 2021");
        assertThat(months(Translations.CHINESE, List.of(1))).isEqualTo("2021年1月");
        assertThat(months(Translations.CHINESE, List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)))
                .isEqualTo("2021年2—12月");
        assertThat(months(Translations.CHINESE, List.of(3, 5, 6))).isEqualTo("2021年3月、5—6月");
    }

    private String months(Locale locale, List<Integer> months) {
        return PeriodNames.months(
                (key, parameters) -> translations.getTranslation(key, locale, parameters), 2021, months);
    }
}
