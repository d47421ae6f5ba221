package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.support.ChartWords;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A year-by-year chart with one year in it was titled 「…历年变化（2021—2021年）」 (a tester's tour): one
 * year is named once. The demo's figures start in 2019, so 2019's page has one year and 2020's two.
 */
@IntegrationTest
class YearsChartTitleTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    Translations translations;

    @Test
    void a_chart_of_one_year_names_it_once_and_of_several_names_the_first_and_the_last() {
        assertThat(title(2019, Translations.CHINESE)).isEqualTo("漳州市营养改善计划学校历年变化（2019年）");
        assertThat(title(2020, Translations.CHINESE)).isEqualTo("漳州市营养改善计划学校历年变化（2019—2020年）");
        assertThat(title(2019, Locale.ENGLISH)).endsWith("year by year (2019)");
    }

    private String title(int year, Locale locale) {
        var page = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(year)));
        var words = ChartWords.in(translations, locale);
        return words.years(page, indicator(page, "meal_schools")).title();
    }
}
