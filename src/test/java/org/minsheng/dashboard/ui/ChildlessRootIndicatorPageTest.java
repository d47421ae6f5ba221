package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An installation whose root has no units below it (芗城区 as a county's own installation, without towns):
 * its indicator page titled the chart with 芗城区 and drew an empty axis, because the root's own line is a
 * total and the page drew totals only for an indicator the root reports itself.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.city-code=350602")
@DirtiesContext
class ChildlessRootIndicatorPageTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_roots_own_months_are_charted() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("indicator/meal_schools", QueryParameters.simple(Map.of("year", "2020")));

        var card = _get(ChartCard.class, spec -> spec.withId("indicator-chart"));
        assertThat(_get(card, H3.class).getText()).isEqualTo("2020年芗城区营养改善计划学校逐月走势");
        var chart = card.chart();
        assertThat(chart.getConfig().at("/data/datasets").size()).isEqualTo(1);
        assertThat(chart.getConfig().at("/data/datasets/0/label").asString()).isEqualTo("芗城区");
        assertThat(chart.getConfig().at("/data/datasets/0/data/11").asInt())
                .as("芗城区's four schools in December, as its tile says")
                .isEqualTo(4);
    }
}
