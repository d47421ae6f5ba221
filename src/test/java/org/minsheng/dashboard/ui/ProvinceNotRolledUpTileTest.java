package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The province demo's page of 福建省: 整治问题类别 and 牵头市直部门 are reported by each city and not rolled up
 * (不汇总), so the province has no figure of them by rule. Their tiles showed 「—」, the mark of a figure not
 * in yet (a stranger's trial); they say 不汇总, as the year in review does, while a city's page shows its own.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "minsheng.test.database=province-not-rolled-up",
            "minsheng.city-code=350000",
            "minsheng.demo-province=true"
        })
@DirtiesContext
class ProvinceNotRolledUpTileTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_tile_of_an_indicator_not_rolled_up_says_so_at_the_province() {
        open("leader", Translations.CHINESE);
        for (var code : new String[] {"problem_categories", "lead_departments"}) {
            assertThat(StaticHtml.tileValue(code)).as(code).isEqualTo("不汇总");
            assertThat(StaticHtml.tile(code))
                    .as("nor was there a figure of the province a year earlier to miss")
                    .contains("同比 —（不汇总）")
                    .doesNotContain("上年同期无数据");
        }
        assertThat(StaticHtml.tileValue("meal_schools"))
                .as("a summed indicator keeps its total")
                .matches("[\\d.,万]+所.*");

        KaribuSpring.tearDown();
        open("leader", Locale.ENGLISH);
        assertThat(StaticHtml.tileValue("problem_categories")).isEqualTo("Not rolled up");
        assertThat(StaticHtml.tile("problem_categories")).contains("Year on year — (not rolled up)");
    }

    @Test
    void a_city_reporting_the_indicator_shows_its_own_figure() {
        open("leader-zhangzhou", Translations.CHINESE);
        assertThat(StaticHtml.tileValue("problem_categories"))
                .as("the city reports it: its figure, or the mark of one not in")
                .doesNotContain("不汇总");
    }

    /** A county's page has no tile of the city's own indicators: they said 「—」 there (a tester's tour). */
    @Test
    void a_county_page_shows_only_what_counties_report() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "350602")));
        assertThat(_find(HeadlineTile.class))
                .extracting(tile -> tile.getElement().getAttribute("data-indicator"))
                .contains("meal_schools")
                .doesNotContain("problem_categories", "lead_departments");
    }

    private void open(String user, Locale locale) {
        KaribuSpring.signInAndOpen(context, user);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
    }
}
