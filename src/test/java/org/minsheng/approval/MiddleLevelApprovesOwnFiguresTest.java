package org.minsheng.approval;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.division.Division;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.ReviewService;
import org.minsheng.period.PeriodOverview;
import org.minsheng.period.PeriodService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * A listed middle level approves its own unit's figures (docs/levels.md, "Approval levels"): with {county,
 * city, province} on the province demo, 厦门市's reviewer approves the city's own 牵头市直部门 figure, which
 * nobody could approve while only the deepest level approved figures, and is refused the figures of its
 * counties, which 思明区's reviewer approves; once the city's figures are approved and its counties accepted,
 * the province accepts the city.
 */
@IntegrationTest
@ProvinceDemo
@DirtiesContext
@Transactional
class MiddleLevelApprovesOwnFiguresTest {

    private static final String PROVINCE = "reviewer";
    private static final String XIAMEN = "reviewer-xiamen";
    private static final String SIMING = "reviewer-siming";

    @Autowired
    ApprovalService approvals;

    @Autowired
    ReviewService reviews;

    @Autowired
    PeriodService periods;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext context;

    private CellKey cityFigure;
    private CellKey countyFigure;

    /** {county, city, province}; 厦门市's statistician submitted a city-level figure of 2021, 思明区's a county one. */
    @BeforeEach
    void threeLevelsAndTwoSubmittedFigures() {
        as(
                "admin",
                () -> approvals.setLevels(Set.of(Division.Level.PROVINCE, Division.Level.CITY, Division.Level.COUNTY)));
        Catalogue.scopedUser(db, "stat-xiamen-city", "statistician", "350200");
        Catalogue.scopedUser(db, SIMING, "reviewer", "350203");
        // the city-level indicators are reported once a year (CityLevelIndicatorsTest); the demo opens months only
        int year2021 = db.fetchSingle("insert into period (kind, year, month, due_on, status) "
                        + "values ('year', 2021, null, date '2022-01-20', 'open') returning id")
                .get(0, Integer.class);
        cityFigure = submitted("lead_departments", "350200", year2021);
        countyFigure = submitted("meal_schools", "350203", Catalogue.monthId(db, 2021, 1));
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_city_reviewer_approves_the_citys_own_figure() {
        var duties = as(XIAMEN, approvals::duties);
        assertThat(duties.approvesFigures()).isTrue();
        assertThat(duties.accepts()).isEqualTo(Division.Level.COUNTY);
        assertThat(as(XIAMEN, () -> reviews.queue(cityFigure.periodId())))
                .extracting(c -> c.division().code() + " " + c.indicator().code())
                .containsExactly("350200 lead_departments");

        as(XIAMEN, () -> reviews.approve(cityFigure, 0));

        assertThat(status(cityFigure)).isEqualTo("approved");
        assertThat(Catalogue.audit(
                        db, "figure", Catalogue.figure(db, cityFigure).getId()))
                .anySatisfy(a -> assertThat(a.getAction()).isEqualTo("approve"));
    }

    @Test
    void the_city_reviewer_is_refused_a_county_figure_below_them_and_the_refusal_writes_nothing() {
        int audited = Catalogue.auditCount(db);
        int siming = countyFigure.divisionId();
        refused(() -> reviews.approve(countyFigure, 0));
        refused(() -> reviews.returnCell(countyFigure, 0, "请核实"));
        refused(() -> reviews.approveDivision(countyFigure.periodId(), siming));
        refused(() -> reviews.returnDivision(countyFigure.periodId(), siming, "请核实"));
        assertThat(as(XIAMEN, () -> reviews.queue(countyFigure.periodId())))
                .as("the counties' figures are their own reviewers'")
                .isEmpty();
        assertThatThrownBy(() -> as(XIAMEN, () -> reviews.approvePeriod(countyFigure.periodId())))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.nothingSubmitted"));
        assertThat(Catalogue.auditCount(db)).isEqualTo(audited);
        assertThat(status(countyFigure)).isEqualTo("submitted");

        // the county's reviewer approves it, and cannot reach the city's own figure above them
        as(SIMING, () -> reviews.approve(countyFigure, 0));
        assertThat(status(countyFigure)).isEqualTo("approved");
        assertThatThrownBy(() -> as(SIMING, () -> reviews.approve(cityFigure, 0)))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("scope.error.outside"));
    }

    @Test
    void once_the_citys_own_figures_are_approved_and_its_counties_accepted_the_province_accepts_the_city() {
        int xiamen = Catalogue.divisionId(db, "350200");
        as(SIMING, () -> reviews.approve(countyFigure, 0));
        as(XIAMEN, () -> reviews.approve(cityFigure, 0));
        as(XIAMEN, () -> approvals.queue(2021))
                .forEach(c -> as(XIAMEN, () -> approvals.accept(c.unit().id(), 2021)));

        assertThat(as(PROVINCE, () -> approvals.accept(xiamen, 2021)).status()).isEqualTo(AcceptanceStatus.ACCEPTED);
    }

    @Test
    void the_review_page_shows_the_city_reviewer_their_own_units_submitted_figure_beside_the_acceptance_panel() {
        KaribuSpring.signInAndOpen(context, XIAMEN);
        UI.getCurrent().navigate("review");
        assertThat(_find(Grid.class, spec -> spec.withId("acceptance-grid"))).hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        periods.select(IntStream.range(0, GridKt._size(periods))
                .mapToObj(r -> GridKt._get(periods, r))
                .filter(p -> p.id() == cityFigure.periodId())
                .findFirst()
                .orElseThrow());
        var queue = _get(Div.class, spec -> spec.withId("review-queue"));
        assertThat(_find(queue, Div.class).stream()
                        .map(d -> d.getElement().getAttribute("data-district"))
                        .filter(Objects::nonNull))
                .containsExactly("350200");
    }

    /**
     * The review page's period list counts the figures the reviewer approves: the city's reviewer the city's
     * own submitted figure and not 思明区's, which they are refused; 思明区's reviewer every figure of 思明区.
     */
    @Test
    void the_city_reviewers_period_list_counts_the_citys_own_figures_only_and_a_county_reviewers_is_unchanged() {
        var city = as(XIAMEN, periods::overview);
        assertThat(overviewOf(city, cityFigure.periodId()).submitted()).isEqualTo(1);
        assertThat(overviewOf(city, countyFigure.periodId()).submitted())
                .as("思明区's figure is its own reviewer's")
                .isZero();
        assertThat(city)
                .as("every period: the city's own figures alone")
                .allSatisfy(p -> assertThat(p.counts()).isEqualTo(countsIn(p.id(), "350200", false)));

        var county = as(SIMING, periods::overview);
        assertThat(overviewOf(county, countyFigure.periodId()).submitted()).isPositive();
        assertThat(county)
                .as("every period: 思明区's whole area, as before")
                .allSatisfy(p -> assertThat(p.counts()).isEqualTo(countsIn(p.id(), "350203", true)));
    }

    private static PeriodOverview overviewOf(List<PeriodOverview> list, int periodId) {
        return list.stream().filter(p -> p.id() == periodId).findFirst().orElseThrow();
    }

    /** The period's figures in the workflow of the unit, and of every unit below it when {@code below}, by state. */
    private PeriodOverview.Counts countsIn(int periodId, String unitCode, boolean below) {
        var counts = db.fetchSingle("""
                with recursive units as (
                    select id from division where code = ?
                    union all select d.id from division d join units u on d.parent_id = u.id where ?)
                select count(*) filter (where status = 'draft'), count(*) filter (where status = 'submitted'),
                       count(*) filter (where status = 'returned')
                from figure where period_id = ? and division_id in (select id from units)""", unitCode, below, periodId);
        return new PeriodOverview.Counts(
                counts.get(0, Integer.class), counts.get(1, Integer.class), counts.get(2, Integer.class));
    }

    private void refused(Runnable call) {
        assertThatThrownBy(() -> as(XIAMEN, call))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.notApprovedHere"));
    }

    /** A figure of the indicator, submitted by the unit's statistician (created above for the city). */
    private CellKey submitted(String indicatorCode, String unitCode, int periodId) {
        db.execute(
                "delete from figure where indicator_id = ? and division_id = ? and period_id = ?",
                Catalogue.indicatorId(db, indicatorCode),
                Catalogue.divisionId(db, unitCode),
                periodId);
        return Catalogue.figureIn(
                db,
                indicatorCode,
                unitCode,
                periodId,
                "submitted",
                unitCode.equals("350200") ? "stat-xiamen-city" : "stat-siming");
    }

    private String status(CellKey key) {
        return Catalogue.figure(db, key).getStatus().getLiteral();
    }
}
