package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.Correction;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader sees † / 已修订 and can find out why: 芗城区's December schools corrected from 18 to 19
 * after publication shows its old and new value, the reason, and who approved it, from the tile and
 * from the district table.
 */
@IntegrationTest
@Transactional
class RevisedFigureExplainedTest {

    private static final String REASON = "补报一所新纳入计划的学校";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    ReviewService review;

    @Autowired
    DashboardService dashboards;

    private BigDecimal before;

    @BeforeEach
    void aReviewerCorrectsAPublishedFigure() {
        var key = new CellKey(
                id("select id from indicator where code = 'meal_schools'"),
                id("select id from division where code = '350602'"),
                id("select id from period where kind = 'month' and year = 2020 and month = 12"));
        before = db.fetchSingle("select approved_value from figure where indicator_id = " + key.indicatorId()
                        + " and division_id = " + key.divisionId() + " and period_id = " + key.periodId())
                .get(0, BigDecimal.class);
        int version = id("select version from figure where indicator_id = " + key.indicatorId() + " and division_id = "
                + key.divisionId() + " and period_id = " + key.periodId());
        as(
                "reviewer",
                () -> review.revise(new FigureInput(
                        key, before.add(BigDecimal.ONE).toPlainString(), false, null, version, REASON)));
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_corrections_behind_a_district_figure_name_the_values_the_reason_and_the_approver() {
        int meals = id("select id from indicator where code = 'meal_schools'");
        var district = as(
                "leader",
                () -> dashboards.corrections(2020, 1, 12, meals, id("select id from division where code = '350602'")));
        assertThat(district).singleElement().satisfies(c -> {
            assertThat(c.month()).isEqualTo(12);
            assertThat(c.district()).isEqualTo("芗城区");
            assertThat(c.before().number()).isEqualByComparingTo(before);
            assertThat(c.after().number()).isEqualByComparingTo(before.add(BigDecimal.ONE));
            assertThat(c.reason()).isEqualTo(REASON);
            assertThat(c.approvedBy()).isNotBlank();
            assertThat(c.enteredBy()).as("the reviewer entered the correction").isEqualTo("市纪委监委审核员");
        });
        assertThat(as("comms", () -> dashboards.corrections(2020, 1, 12, meals, null)))
                .as("the city total's corrections include the district's")
                .extracting(Correction::reason)
                .containsExactly(REASON);
        assertThat(as("leader", () -> dashboards.corrections(2020, 1, 11, meals, null)))
                .as("outside the window")
                .isEmpty();
    }

    @Test
    void clicking_the_revised_mark_on_the_tile_shows_why_the_figure_changed() {
        openDashboard();
        var tile = _get(HeadlineTile.class, spec -> spec.withAttribute("data-indicator", "meal_schools"));
        assertThat(StaticHtml.html(tile).select("button.tile-revised"))
                .as("a button, so the keyboard reaches it")
                .hasSize(1);
        StaticHtml.click(tile, HeadlineTile.REVISED_CLICK);
        @SuppressWarnings("unchecked")
        Grid<Correction> grid = _get(Grid.class, spec -> spec.withId("corrections-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        var row = String.join(" | ", GridKt._getFormattedRow(grid, 0));
        assertThat(row)
                .contains("2020年12月", "芗城区", REASON)
                .contains(before.toPlainString() + "所 → "
                        + before.add(BigDecimal.ONE).toPlainString() + "所");
    }

    @Test
    void clicking_a_revised_cell_of_the_district_table_shows_the_same_history() {
        openDashboard();
        var table = _get(DistrictTable.class);
        var xiangcheng = String.valueOf(id("select id from division where code = '350602'"));
        var cell = StaticHtml.html(table)
                .select("button.pivot-revised[data-unit=" + xiangcheng + "][data-indicator=meal_schools]");
        assertThat(cell.text()).endsWith("†");
        StaticHtml.click(
                table,
                DistrictTable.REVISED_CLICK,
                DistrictTable.REVISED_UNIT,
                xiangcheng,
                DistrictTable.REVISED_INDICATOR,
                "meal_schools");
        @SuppressWarnings("unchecked")
        Grid<Correction> grid = _get(Grid.class, spec -> spec.withId("corrections-grid"));
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains(REASON);
    }

    private void openDashboard() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("year", "2020")));
    }

    private int id(String sql) {
        return db.fetchSingle(sql).get(0, Integer.class);
    }
}
