package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A root with no units below it (芗城区 as a county's own installation, without towns) is a page of its own
 * figures, as a district's without towns is ({@link TownsSectionTest}). Its dashboard drew a ranking of
 * 各乡镇（街道） over an empty axis, a 同比 chart without a bar, a heat map saying no town had a target and
 * a table of 各乡镇（街道） holding only 芗城区合计. A county root with towns keeps them
 * ({@link CountyRootWithTownsTest}).
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.city-code=350602")
@DirtiesContext
class ChildlessRootDashboardTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void no_section_of_towns_is_shown() {
        assertThat(_find(ChartCard.class, spec -> spec.withId("ranking-chart")))
                .as("no ranking of units it does not have")
                .noneMatch(Component::isVisible);
        assertThat(_find(CompletionHeatMap.class)).isEmpty();
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .contains("芗城区2020年营养改善计划学校逐月累计与目标进度")
                .noneMatch(t -> t.contains("乡镇"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).noneMatch(t -> t.contains("乡镇"));
    }

    /** The city's own indicators are nobody's at a county's root: their tiles said only 「—」 (two testers' tours). */
    @Test
    void its_tiles_are_of_the_indicators_a_county_reports() {
        assertThat(_find(HeadlineTile.class))
                .extracting(tile -> tile.getElement().getAttribute("data-indicator"))
                .contains("meal_schools", "passing_bays")
                .doesNotContain("lead_departments", "problem_categories");
    }

    @Test
    void its_year_on_year_chart_compares_its_own_figures() {
        var card = _get(ChartCard.class, spec -> spec.withId("yoy-chart"));
        var config = card.chart().getConfig();
        assertThat(config.at("/data/labels").size()).isEqualTo(1);
        assertThat(config.at("/data/labels/0").asString()).isEqualTo("芗城区");
        assertThat(config.at("/data/datasets/0/data/0").asInt())
                .as("芗城区's three schools of 2019")
                .isEqualTo(3);
        assertThat(config.at("/data/datasets/1/data/0").asInt())
                .as("and its four of 2020, as its tile says")
                .isEqualTo(4);
        var table = StaticHtml.html(_get(card, Div.class, spec -> spec.withClasses("data-table-wrap")));
        assertThat(table.select("thead th").first().text()).isEqualTo("区县");
        assertThat(table.select("tbody tr"))
                .singleElement()
                .satisfies(row -> assertThat(row.text()).startsWith("芗城区"));
    }
}
