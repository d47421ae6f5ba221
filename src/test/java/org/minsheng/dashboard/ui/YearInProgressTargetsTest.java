package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.divisionId;
import static org.minsheng.support.Catalogue.indicatorId;
import static org.minsheng.support.SignedIn.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.Completion;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.publication.PublicationService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year still running has no verdict on its targets yet: after January 2021 alone, a tester saw a district's
 * road target in red 未完成 on the tile and in orange on the completion map. Until the year is over (its
 * last period published with all the others) a target not reached is in progress, in a neutral colour; one
 * already reached is met, and an "at most" limit already passed is missed at once, since no later month
 * mends it.
 */
@IntegrationTest
@Transactional
class YearInProgressTargetsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DashboardService dashboards;

    @Autowired
    TargetAdminService targets;

    @Autowired
    PublicationService publications;

    @Autowired
    DSLContext db;

    /** 芗城区 widened 0.4 km in January 2021, approved: the city's only figure of the year so far. */
    @BeforeEach
    void xiangchengReportsJanuary2021() {
        Catalogue.approvedFigure(db, "road_widening", "350602", 2021, 1, new BigDecimal("0.4"));
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_target_not_reached_after_january_is_in_progress_on_the_map_and_the_tile_not_missed() {
        setTarget("350602", TargetDirection.INCREASE_TO, "12");
        setTarget("350600", TargetDirection.INCREASE_TO, "117");
        assertThat(completion().statusKey()).isEqualTo("target.status.inProgress");
        assertThat(completion().met()).isFalse();
        assertThat(completion().percent()).isEqualByComparingTo("3.3");

        KaribuSpring.signInAndOpen(context, "leader");
        var cell = heatMapCell();
        assertThat(cell.attr("style"))
                .as("neither the orange of a missed target nor the blue of a met one")
                .contains("#D5DAE0");
        var tile = roadsTile();
        assertThat(tile.getClassNames()).doesNotContain("missed", "met").contains("progress");
        assertThat(StaticHtml.text(tile)).contains("进行中（完成率 0.3%）").doesNotContain("未完成");

        // January published is every period the calendar has of 2021, but not its last: still running
        publish("month = 1");
        assertThat(completion().statusKey()).isEqualTo("target.status.inProgress");
    }

    @Test
    void once_the_year_is_over_a_target_not_reached_is_missed() {
        setTarget("350602", TargetDirection.INCREASE_TO, "12");
        db.execute("""
                insert into period (kind, year, month, due_on, status)
                select 'month', 2021, m, make_date(2021, m, 28), 'open' from generate_series(2, 12) m""");
        publish("month between 1 and 11");
        assertThat(completion().statusKey()).as("December not yet published").isEqualTo("target.status.inProgress");
        publish("month = 12");
        assertThat(completion().statusKey()).isEqualTo("target.status.missed");
    }

    @Test
    void each_direction_reads_as_its_year_so_far_allows() {
        setTarget("350602", TargetDirection.INCREASE_TO, "0.4");
        assertThat(completion().statusKey()).as("reached already").isEqualTo("target.status.met");
        setTarget("350602", TargetDirection.DECREASE_TO, "0.2");
        assertThat(completion().statusKey())
                .as("a figure to come down by the year's end")
                .isEqualTo("target.status.inProgress");
        setTarget("350602", TargetDirection.AT_MOST, "1");
        assertThat(completion().statusKey())
                .as("within its limit so far: no verdict on the year")
                .isEqualTo("target.status.inProgress");
        setTarget("350602", TargetDirection.AT_MOST, "0.3");
        assertThat(completion().statusKey())
                .as("a limit passed is broken for the year")
                .isEqualTo("target.status.missed");
        setTarget("350602", TargetDirection.REACH_ZERO, "0");
        assertThat(completion().statusKey()).isEqualTo("target.status.notZero");
        assertThat(completion().met()).isFalse();
    }

    /**
     * A city's 0 of one district of eleven is no 清零: the tile read 「0人 · 目标 清零 · 已实现清零」 in green
     * with ten districts not in (a tester's tour). A total of some units only is down at its target for now,
     * in progress; the district's own 0 is its own, reached. An increase reached stays reached: the units
     * still to come only add to it.
     */
    @Test
    void a_total_of_some_units_only_claims_no_target_reached_downward() {
        Catalogue.approvedFigure(db, "dropouts", "350602", 2021, 1, 0);
        setTarget("350600", "dropouts", TargetDirection.REACH_ZERO, "0");
        setTarget("350602", "dropouts", TargetDirection.REACH_ZERO, "0");
        setTarget("350600", "road_widening", TargetDirection.INCREASE_TO, "0.3");

        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2021")));
        var dropouts = _get(HeadlineTile.class, spec -> spec.withAttribute("data-indicator", "dropouts"));
        assertThat(StaticHtml.text(dropouts)).contains("进行中").doesNotContain("已实现清零", "尚未清零");
        assertThat(dropouts.getClassNames()).doesNotContain("met").contains("progress");
        assertThat(StaticHtml.text(roadsTile()))
                .as("0.4 of 0.3 km: reached whatever is to come")
                .contains("已完成");

        var page = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        var indicator = page.indicators().stream()
                .filter(i -> i.code().equals("dropouts"))
                .findFirst()
                .orElseThrow();
        assertThat(Completion.of(page, indicator, divisionId(db, "350602"))
                        .orElseThrow()
                        .statusKey())
                .as("the district's own zero")
                .isEqualTo("target.status.reachedZero");
        assertThat(as("comms", () -> publications.yearInReview(2021, null)).sections().stream()
                        .flatMap(section -> section.lines().stream())
                        .filter(line -> line.indicatorCode().equals("dropouts"))
                        .findFirst()
                        .orElseThrow()
                        .status())
                .as("the year-in-review's line, as the tile")
                .isEqualTo("进行中");
    }

    /**
     * The pivot's 达标 counts what the tiles call met: a ceiling kept so far read 进行中 on its tile and
     * counted 达标 1/1 in the pivot beside it, and so did a city total at zero with ten districts not in
     * (a tester's tour).
     */
    @Test
    void the_pivot_counts_as_met_only_what_the_tile_calls_met() {
        setTarget("350602", TargetDirection.AT_MOST, "1");
        assertThat(completion().statusKey()).isEqualTo("target.status.inProgress");
        assertThat(score("road_widening", "350602")).as("a ceiling kept so far").containsExactly(0, 1);
        setTarget("350602", TargetDirection.INCREASE_TO, "0.4");
        assertThat(score("road_widening", "350602")).as("reached").containsExactly(1, 1);

        Catalogue.approvedFigure(db, "dropouts", "350602", 2021, 1, 0);
        setTarget("350600", "dropouts", TargetDirection.REACH_ZERO, "0");
        setTarget("350602", "dropouts", TargetDirection.REACH_ZERO, "0");
        assertThat(score("dropouts", "350600"))
                .as("the city's zero of one district of eleven")
                .containsExactly(0, 1);
        assertThat(score("dropouts", "350602")).as("the district's own zero").containsExactly(1, 1);
    }

    /** The pivot's met and targeted counts of the indicator's category for a unit (the city: 350600). */
    private List<Integer> score(String code, String unit) {
        var page = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        var category = page.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow()
                .category()
                .code();
        Integer division = unit.equals("350600") ? null : divisionId(db, unit);
        var score = page.score(category, division).orElseThrow();
        return List.of(score.met(), score.targeted());
    }

    /** Sets the unit's 2021 road target, or changes it: 2021 is not published, so no reason is asked. */
    private void setTarget(String unit, TargetDirection direction, String value) {
        setTarget(unit, "road_widening", direction, value);
    }

    private void setTarget(String unit, String code, TargetDirection direction, String value) {
        int roads = indicatorId(db, code);
        int division = divisionId(db, unit);
        as(
                        "admin",
                        () -> targets.list(2021, division).stream()
                                .filter(t -> t.indicatorId() == roads && t.divisionId() == division)
                                .findFirst())
                .ifPresentOrElse(
                        t -> as(
                                "admin",
                                () -> targets.update(t.id(), t.version(), direction, new BigDecimal(value), null)),
                        () -> as(
                                "admin",
                                () -> targets.create(roads, division, 2021, direction, new BigDecimal(value), null)));
    }

    private void publish(String months) {
        db.execute("update period set status = 'published', published_at = now() where year = 2021 and " + months);
    }

    private Completion completion() {
        var page = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        var roads = page.indicators().stream()
                .filter(i -> i.code().equals("road_widening"))
                .findFirst()
                .orElseThrow();
        return Completion.of(page, roads, divisionId(db, "350602")).orElseThrow();
    }

    private static Element heatMapCell() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2021")));
        return StaticHtml.html(
                        _get(_get(CompletionHeatMap.class), Div.class, spec -> spec.withClasses("data-table-wrap")))
                .select("tr[data-district=350602] td[data-indicator=road_widening]")
                .first();
    }

    private static HeadlineTile roadsTile() {
        return _get(HeadlineTile.class, spec -> spec.withAttribute("data-indicator", "road_widening"));
    }
}
