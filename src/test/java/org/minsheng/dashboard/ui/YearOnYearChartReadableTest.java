package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The leader's 2020 dashboard: the 同比 chart of 营养改善计划学校 drew 漳州市's 136 → 156 as a twelfth pair of bars
 * on the scale of the districts' 5 to 25, and Chart.js skipped every other name on the axis, the total's among
 * them (two testers, 1440 px and 390 px). The districts now have the chart to themselves, each named, and the
 * total is said in the line under the title and kept in the table.
 */
@IntegrationTest
class YearOnYearChartReadableTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_districts_are_compared_on_their_own_scale_and_the_total_is_said_beside_the_chart() {
        var card = open();
        var config = card.chart().getConfig();

        var districts = strings(_get(ChartCard.class, spec -> spec.withId("ranking-chart"))
                .chart()
                .getConfig()
                .at("/data/labels"));
        assertThat(districts).hasSize(11);
        assertThat(strings(config.at("/data/labels")))
                .as("every district, and no bar for the city")
                .containsExactlyInAnyOrderElementsOf(districts)
                .doesNotContain("漳州市");
        for (var dataset : config.at("/data/datasets")) {
            assertThat(dataset.at("/data").size()).isEqualTo(districts.size());
            for (var value : dataset.at("/data")) {
                assertThat(value.isNull() || value.decimalValue().compareTo(new BigDecimal("136")) < 0)
                        .as("no bar on the total's scale: %s", value)
                        .isTrue();
            }
        }
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("page-meta"))
                        .getText())
                .contains("漳州市合计：2019年 136所，2020年 156所");
        assertThat(_get(card, Div.class, spec -> spec.withClasses("data-table-wrap"))
                        .getElement()
                        .getProperty("innerHTML"))
                .as("the table keeps the total's row")
                .contains("<tr><th>漳州市</th><td>136</td><td>156</td>");
    }

    @Test
    void every_unit_is_named_on_the_axis_of_a_comparison_of_units() {
        var card = open();
        assertThat(card.chart().getConfig().at("/options/indexAxis").asString())
                .as("bars along x, as the ranking's, so the names have a phone's width")
                .isEqualTo("y");
        var autoSkip = card.chart().getConfig().at("/options/scales/y/ticks/autoSkip");
        assertThat(autoSkip.isBoolean() && !autoSkip.asBoolean())
                .as("Chart.js must not hide every other district's name: %s", autoSkip)
                .isTrue();
        var ranking = _get(ChartCard.class, spec -> spec.withId("ranking-chart"));
        assertThat(ranking.chart()
                        .getConfig()
                        .at("/options/scales/y/ticks/autoSkip")
                        .asBoolean(true))
                .as("the ranking names each district too")
                .isFalse();
    }

    private ChartCard open() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent()
                .navigate(DashboardView.class, QueryParameters.simple(Map.of("year", "2020", "chart", "meal_schools")));
        return _get(ChartCard.class, spec -> spec.withId("yoy-chart"));
    }

    private static List<String> strings(JsonNode array) {
        var strings = new ArrayList<String>();
        array.forEach(n -> strings.add(n.asString()));
        return strings;
    }
}
