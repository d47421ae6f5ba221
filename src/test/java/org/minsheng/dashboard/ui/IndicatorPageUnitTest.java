package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An indicator's page is of the unit the dashboard showed: a tile of 龙文区's page opens 龙文区's figures
 * and leads back to 龙文区, a unit outside a scoped leader's scope is refused as on the dashboard, and
 * an indicator the city reports itself shows the city's own figure rather than its districts' dashes.
 */
@IntegrationTest
class IndicatorPageUnitTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_districts_tile_opens_the_districts_figures_and_leads_back_to_the_district() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent()
                .navigate(DashboardView.class, QueryParameters.simple(Map.of("year", "2020", "division", "350603")));
        var tile = _get(HeadlineTile.class, spec -> spec.withAttribute("data-indicator", "meal_schools"));
        var href = StaticHtml.html(tile).select("a.tile-label").attr("href");
        assertThat(href).isEqualTo("indicator/meal_schools?year=2020&period=year&division=350603");

        UI.getCurrent()
                .navigate(
                        "indicator/meal_schools", QueryParameters.simple(Map.of("year", "2020", "division", "350603")));
        var card = _get(ChartCard.class, spec -> spec.withId("indicator-chart"));
        assertThat(_get(card, H3.class).getText())
                .as("the unit charted, not 各区县")
                .isEqualTo("2020年龙文区营养改善计划学校逐月走势");
        var chart = card.chart();
        assertThat(chart.getConfig().at("/data/datasets").size())
                .as("龙文区's own months, not the city's eleven districts")
                .isEqualTo(1);
        assertThat(chart.getConfig().at("/data/datasets/0/label").asString()).isEqualTo("龙文区");
        assertThat(_get(Div.class, spec -> spec.withId("indicator-about"))
                        .getElement()
                        .getOuterHTML())
                .contains("href=\"/?year=2020&amp;period=year&amp;division=350603\"");
    }

    @Test
    void a_scoped_leader_asking_for_another_districts_indicator_page_is_refused_as_on_the_dashboard() {
        KaribuSpring.signInAndOpen(context, "leader-xiangcheng");
        UI.getCurrent()
                .navigate(
                        "indicator/meal_schools", QueryParameters.simple(Map.of("year", "2020", "division", "350623")));
        var refused = _get(Div.class, spec -> spec.withId("dashboard-refused"));
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getElement().getTextRecursively())
                .contains("不在您的查看范围内")
                .contains("芗城区");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-home")).getHref())
                .contains("division=350602");
        assertThat(_find(ChartCard.class, spec -> spec.withId("indicator-chart")))
                .as("none of 漳浦县's figures, nor 芗城区's under 漳浦县's address")
                .allSatisfy(card -> assertThat(card.isVisible()).isFalse());
    }

    @Test
    void a_city_reported_indicator_shows_the_citys_own_figure() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("indicator/lead_departments", QueryParameters.simple(Map.of("year", "2020")));
        var card = _get(ChartCard.class, spec -> spec.withId("indicator-chart"));
        assertThat(_get(card, H3.class).getText()).isEqualTo("2020年漳州市牵头市直部门");
        var chart = card.chart();
        assertThat(chart.getConfig().at("/data/datasets").size())
                .as("the city's own figure, no district's")
                .isEqualTo(1);
        assertThat(chart.getConfig().at("/data/datasets/0/label").asString()).isEqualTo("漳州市");
        assertThat(chart.getConfig().at("/data/datasets/0/type").asString())
                .as("one value of the year: a bar, where a line drew a lone dot on the axis's edge")
                .isEqualTo("bar");
        assertThat(chart.getConfig().at("/data/datasets/0/gapLabels").isArray())
                .as("a bar without a value says 不适用 or 暂无数据, as the dashboard's bars do")
                .isTrue();
        var table = StaticHtml.html(_get(card, Div.class, spec -> spec.withClasses("data-table-wrap")));
        assertThat(table.select("tbody tr")).hasSize(1);
        assertThat(table.select("tbody tr").text()).isEqualTo("漳州市 17");
        assertThat(table.select("thead th").eachText()).containsExactly("市", "2020年");
    }
}
