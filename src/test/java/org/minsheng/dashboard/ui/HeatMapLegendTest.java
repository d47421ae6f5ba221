package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completion heat map on screen has the key its exported image has: the screen had none, so its grey
 * cells of a target still in progress were explained only in the export.
 */
@IntegrationTest
@Transactional
class HeatMapLegendTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_key_names_in_progress_with_its_grey_in_either_language() {
        KaribuSpring.signInAndOpen(context, "leader");
        var legend = legend();
        assertThat(legend.select(".heatmap-legend-item").eachText())
                .containsExactly("已完成（颜色越深，完成率越高）", "未完成", "进行中", "无目标或暂无数据");
        assertThat(legend.select("[data-legend=in_progress] .heatmap-legend-swatch")
                        .attr("style"))
                .as("the grey of the cells")
                .contains("#D5DAE0");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(legend().select(".heatmap-legend-item").eachText())
                .isEqualTo(List.of(
                        "Met (the deeper, the higher the completion)",
                        "Not met",
                        "In progress",
                        "No target or no figure"));
    }

    private static Element legend() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        var legend = _get(_get(CompletionHeatMap.class), Div.class, spec -> spec.withId("completion-heatmap-legend"));
        return Jsoup.parseBodyFragment(legend.getElement().getOuterHTML()).body();
    }
}
