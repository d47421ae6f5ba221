package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new year in which the city's own annual figure (牵头市直部门, 17 in 2020) is not in yet: its tile
 * must not say last year had no figure, as it once did for every figure missing this year (issue 15).
 */
@IntegrationTest
@Transactional
class AnnualYearOnYearTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @BeforeEach
    void xiangchengReportsJanuary2021() {
        Catalogue.approvedFigure(db, "road_widening", "350602", 2021, 1, new BigDecimal("0.4"));
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void an_annual_figure_not_in_yet_shows_last_years_value_instead_of_saying_there_was_none() {
        var data = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        var lead = data.indicators().stream()
                .filter(i -> i.code().equals("lead_departments"))
                .findFirst()
                .orElseThrow();
        assertThat(data.value(lead, null))
                .as("nobody has entered 2021's lead departments")
                .isEmpty();
        assertThat(data.lastYearCell(lead, null).orElseThrow().value()).isEqualByComparingTo("17");

        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2021")));
        var tile = StaticHtml.text(_find(HeadlineTile.class).stream()
                .filter(t -> "lead_departments".equals(t.getElement().getAttribute("data-indicator")))
                .findFirst()
                .orElseThrow());
        assertThat(tile).contains("同比 —（上年同期 17个）").doesNotContain("上年同期无数据");
    }
}
