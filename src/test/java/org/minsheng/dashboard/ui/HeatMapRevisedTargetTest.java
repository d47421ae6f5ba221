package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completion heat map marks an indicator whose district's target was revised after publication, as the
 * tile and the exported charts do: its cells' percentages changed with the new target, and the table said
 * nothing of it (a tester's tour).
 */
@IntegrationTest
@Transactional
class HeatMapRevisedTargetTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    TargetAdminService targets;

    @BeforeEach
    void anAdministratorRevisesXiangchengsPublishedTarget() {
        var row = db.fetchSingle("""
                select t.id, t.version from target t
                join division d on d.id = t.division_id
                join indicator i on i.id = t.indicator_id
                where d.code = '350602' and t.year = 2020 and i.code = 'meal_schools'""");
        as(
                "admin",
                () -> targets.update(
                        row.get(0, Integer.class),
                        row.get(1, Integer.class),
                        TargetDirection.INCREASE_TO,
                        new BigDecimal("30"),
                        "区政府调整年度任务"));
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_revised_indicators_label_carries_the_mark_and_the_table_says_what_it_means() {
        KaribuSpring.signInAndOpen(context, "leader");
        var map = heatMap();
        assertThat(map.select("thead th[data-indicator=meal_schools]").text()).isEqualTo("营养改善计划学校†");
        assertThat(map.select("thead th[data-indicator=meal_schools] [title]").attr("title"))
                .isEqualTo("目标值在发布后修订过");
        assertThat(map.select("thead th[data-indicator=dropouts]").text())
                .as("an indicator whose targets stand as published")
                .doesNotContain("†");
        assertThat(note()).isEqualTo("† 目标值在发布后修订过：营养改善计划学校（芗城区）");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        var english = heatMap();
        assertThat(english.select("thead th[data-indicator=meal_schools]").text())
                .endsWith("†");
        assertThat(note()).startsWith("† The target was revised after publication: Schools in meal programme (");
    }

    private static Element heatMap() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        return StaticHtml.html(
                _get(_get(CompletionHeatMap.class), Div.class, spec -> spec.withClasses("data-table-wrap")));
    }

    /** The words under the table that say what the † means, and of which units. */
    private static String note() {
        return _get(_get(CompletionHeatMap.class), Paragraph.class, spec -> spec.withClasses("heatmap-revised"))
                .getText();
    }
}
