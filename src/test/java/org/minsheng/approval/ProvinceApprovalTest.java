package org.minsheng.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.db.Tables;
import org.minsheng.division.Division;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.period.PeriodService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval by level on the province demo (levels city and province): 漳州市's reviewer approves figures of
 * 漳州市 and the units below it only; the province's reviewer accepts or returns each city's year, never
 * while a figure below it waits; a returned city sees why and offers its year again; a figure approved
 * after its city's year was accepted takes the acceptance back. Every decision is audited and every
 * refused call writes nothing.
 */
@IntegrationTest
@ProvinceDemo
@DirtiesContext
@Transactional
@RecordApplicationEvents
class ProvinceApprovalTest {

    private static final String PROVINCE = "reviewer";
    private static final String ZHANGZHOU = "reviewer-zhangzhou";

    @Autowired
    ApprovalService approvals;

    @Autowired
    ReviewService reviews;

    @Autowired
    PeriodService periods;

    @Autowired
    DSLContext db;

    @Test
    void the_province_reviewer_accepts_cities_and_a_city_reviewer_approves_figures_and_answers_to_the_province() {
        var province = as(PROVINCE, approvals::duties);
        assertThat(province.approvesFigures()).isFalse();
        assertThat(province.accepts()).isEqualTo(Division.Level.CITY);
        assertThat(province.answersAbove()).isFalse();
        var city = as(ZHANGZHOU, approvals::duties);
        assertThat(city.unit().code()).isEqualTo("350600");
        assertThat(city.approvesFigures()).isTrue();
        assertThat(city.acceptsUnits()).isFalse();
        assertThat(city.answersAbove()).isTrue();
    }

    @Test
    void the_past_years_are_accepted_for_every_city_and_the_latest_waits() {
        assertThat(as(PROVINCE, () -> approvals.queue(2020)))
                .hasSize(9)
                .allSatisfy(u -> assertThat(u.status()).isEqualTo(AcceptanceStatus.ACCEPTED));
        var latest = as(PROVINCE, () -> approvals.queue(2021));
        assertThat(latest)
                .extracting(u -> u.unit().name())
                .containsExactly("福州市", "厦门市", "莆田市", "三明市", "泉州市", "漳州市", "南平市", "龙岩市", "宁德市");
        assertThat(latest).allSatisfy(u -> assertThat(u.status()).isEqualTo(AcceptanceStatus.PENDING));
    }

    @Test
    void a_city_is_refused_while_a_figure_below_it_is_not_approved_and_the_refusal_writes_nothing() {
        figure("350602", "submitted");
        figure("350623", "draft");
        var zhangzhou = unit("350600");
        assertThat(as(PROVINCE, () -> approvals.queue(2021)))
                .filteredOn(u -> u.unit().id() == zhangzhou)
                .singleElement()
                .satisfies(u -> assertThat(u.notApproved()).isEqualTo(2));
        int audited = Catalogue.auditCount(db);
        assertThatThrownBy(() -> as(PROVINCE, () -> approvals.accept(zhangzhou, 2021)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("approval.error.notApproved");
                    assertThat(e.parameters()).containsExactly("漳州市", 2L);
                });
        assertThat(Catalogue.auditCount(db)).isEqualTo(audited);
        assertThat(db.fetchCount(Tables.UNIT_ACCEPTANCE, Tables.UNIT_ACCEPTANCE.YEAR.eq((short) 2021)))
                .isZero();
    }

    @Test
    void accepting_a_city_is_recorded_and_audited() {
        int xiamen = unit("350200");
        var accepted = as(PROVINCE, () -> approvals.accept(xiamen, 2021));
        assertThat(accepted.status()).isEqualTo(AcceptanceStatus.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("省纪委监委审核员");
        assertThat(Catalogue.audit(db, "division", xiamen))
                .anySatisfy(a -> assertThat(a.getAction()).isEqualTo("unit.accept"));
        assertThatThrownBy(() -> as(PROVINCE, () -> approvals.accept(xiamen, 2021)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.error.alreadyAccepted"));
    }

    @Test
    void a_returned_city_sees_the_reason_and_offers_its_year_again() {
        int zhangzhou = unit("350600");
        assertThatThrownBy(() -> as(PROVINCE, () -> approvals.returnUnit(zhangzhou, 2021, "  ")))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.error.reasonRequired"));
        as(PROVINCE, () -> approvals.returnUnit(zhangzhou, 2021, "漳浦县一月数据与台账不符"));

        var own = as(ZHANGZHOU, () -> approvals.ownYear(2021)).year();
        assertThat(own.status()).isEqualTo(AcceptanceStatus.RETURNED);
        assertThat(own.reason()).isEqualTo("漳浦县一月数据与台账不符");
        var reoffered = as(ZHANGZHOU, () -> approvals.reoffer(2021));
        assertThat(reoffered.status()).isEqualTo(AcceptanceStatus.PENDING);
        assertThat(reoffered.reason()).isNull();
        assertThat(Catalogue.audit(db, "division", zhangzhou))
                .extracting(a -> a.getAction() + ":" + a.getReason())
                .contains("unit.return:漳浦县一月数据与台账不符", "unit.reoffer:漳浦县一月数据与台账不符");
        assertThatThrownBy(() -> as(ZHANGZHOU, () -> approvals.reoffer(2021)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.error.notReturned"));
    }

    @Test
    void only_the_level_above_decides_and_only_on_the_next_level_below() {
        int zhangzhou = unit("350600");
        int xiangcheng = unit("350602");
        int audited = Catalogue.auditCount(db);
        refused(ZHANGZHOU, () -> approvals.accept(zhangzhou, 2021), "approval.error.notAccepting");
        refused(ZHANGZHOU, () -> approvals.queue(2021), "approval.error.notAccepting");
        refused(PROVINCE, () -> approvals.accept(xiangcheng, 2021), "approval.error.notAcceptedHere");
        refused(PROVINCE, () -> approvals.returnUnit(unit("350000"), 2021, "x"), "approval.error.notAcceptedHere");
        refused(PROVINCE, () -> approvals.reoffer(2021), "approval.error.nothingAbove");
        assertThatThrownBy(() -> as("leader-zhangzhou", () -> approvals.accept(zhangzhou, 2021)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Catalogue.auditCount(db)).isEqualTo(audited);
        assertThat(db.fetchCount(Tables.UNIT_ACCEPTANCE, Tables.UNIT_ACCEPTANCE.YEAR.eq((short) 2021)))
                .isZero();
    }

    @Test
    void a_city_reviewer_approves_its_own_unit_and_a_child_and_is_refused_a_sibling_and_the_parent() {
        var own = figure("350600", "submitted");
        var child = figure("350602", "submitted");
        var sibling = figure("350203", "submitted");
        var parent = figure("350000", "submitted");
        assertThat(as(ZHANGZHOU, () -> reviews.queue(own.periodId())))
                .extracting(c -> c.division().code())
                .contains("350602")
                .doesNotContain("350203");
        int audited = Catalogue.auditCount(db);
        refused(ZHANGZHOU, () -> reviews.approve(sibling, 0), "scope.error.outside");
        refused(ZHANGZHOU, () -> reviews.approve(parent, 0), "scope.error.outside");
        refused(ZHANGZHOU, () -> reviews.returnCell(sibling, 0, "请核实"), "scope.error.outside");
        refused(ZHANGZHOU, () -> reviews.approveDivision(own.periodId(), sibling.divisionId()), "scope.error.outside");
        refused(ZHANGZHOU, () -> reviews.publish(own.periodId()), "review.error.publishScoped");
        refused(PROVINCE, () -> reviews.approve(child, 0), "review.error.notApprovingLevel");
        assertThat(Catalogue.auditCount(db)).isEqualTo(audited);

        as(ZHANGZHOU, () -> reviews.approve(child, 0));
        assertThat(status(child)).isEqualTo("approved");
        assertThat(as(ZHANGZHOU, () -> reviews.approvePeriod(own.periodId())))
                .as("the period's approval by a scoped reviewer takes their unit's cells only")
                .isEqualTo(1);
        assertThat(status(own)).isEqualTo("approved");
        assertThat(status(sibling)).isEqualTo("submitted");
        assertThat(status(parent)).isEqualTo("submitted");
    }

    @Test
    void a_correction_after_acceptance_takes_the_citys_acceptance_back_and_leaves_the_other_cities_accepted() {
        int zhangzhou = unit("350600");
        int xiamen = unit("350200");
        var december = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
        var key = new CellKey(december.getIndicatorId(), december.getDivisionId(), december.getPeriodId());
        as(ZHANGZHOU, () -> reviews.revise(new FigureInput(key, "5", false, null, december.getVersion(), "复核更正")));

        var year = as(PROVINCE, () -> approvals.queue(2020));
        assertThat(year)
                .filteredOn(u -> u.unit().id() == zhangzhou)
                .singleElement()
                .satisfies(u -> assertThat(u.status()).isEqualTo(AcceptanceStatus.PENDING));
        assertThat(year)
                .filteredOn(u -> u.unit().id() == xiamen)
                .singleElement()
                .satisfies(u -> assertThat(u.status()).isEqualTo(AcceptanceStatus.ACCEPTED));
        assertThat(Catalogue.audit(db, "division", zhangzhou))
                .anySatisfy(a -> assertThat(a.getAction()).isEqualTo("unit.reopen"));
        // nothing below waits: the province accepts the corrected year again
        assertThat(as(PROVINCE, () -> approvals.accept(zhangzhou, 2020)).status())
                .isEqualTo(AcceptanceStatus.ACCEPTED);
    }

    /**
     * A period is the whole province's: 漳州市's reviewer is not offered its publication, and a call made
     * anyway is refused saying who publishes it (not "outside your scope") and leaves the period open.
     */
    @Test
    void a_city_reviewer_does_not_publish_a_period_and_is_told_who_does() {
        assertThat(as(ZHANGZHOU, reviews::publishesPeriods)).isFalse();
        assertThat(as(PROVINCE, reviews::publishesPeriods)).isTrue();
        int january = Catalogue.monthId(db, 2021, 1);
        int audited = Catalogue.auditCount(db);
        assertThatThrownBy(() -> as(ZHANGZHOU, () -> reviews.publish(january)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("review.error.publishScoped");
                    assertThat(e.parameters()).containsExactly("漳州市", "福建省");
                });
        assertThat(as(PROVINCE, () -> periods.get(january)).isPublished()).isFalse();
        assertThat(Catalogue.auditCount(db)).isEqualTo(audited);
    }

    @Test
    void with_a_county_level_too_a_city_accepts_its_counties_before_the_province_accepts_the_city() {
        as(
                "admin",
                () -> approvals.setLevels(Set.of(Division.Level.PROVINCE, Division.Level.CITY, Division.Level.COUNTY)));
        var city = as("reviewer-xiamen", approvals::duties);
        assertThat(city.approves()).as("the city's own figures").containsExactly(Division.Level.CITY);
        assertThat(city.accepts()).isEqualTo(Division.Level.COUNTY);
        assertThat(city.answersAbove()).isTrue();
        int xiamen = unit("350200");
        assertThatThrownBy(() -> as(PROVINCE, () -> approvals.accept(xiamen, 2021)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("approval.error.notAcceptedBelow");
                    assertThat(e.parameters()).containsExactly("厦门市", 6L);
                });
        // the province's list counts what the city waits for, by the rule accept refuses by
        assertThat(as(PROVINCE, () -> approvals.queue(2021)))
                .filteredOn(u -> u.unit().id() == xiamen)
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.notAcceptedBelow()).isEqualTo(6);
                    assertThat(u.acceptable()).isFalse();
                });
        var counties = as("reviewer-xiamen", () -> approvals.queue(2021));
        assertThat(counties)
                .hasSize(6)
                .allSatisfy(c -> assertThat(c.notAcceptedBelow())
                        .as("a county accepts nothing")
                        .isZero());
        counties.forEach(
                c -> as("reviewer-xiamen", () -> approvals.accept(c.unit().id(), 2021)));
        assertThat(as(PROVINCE, () -> approvals.queue(2021)))
                .filteredOn(u -> u.unit().id() == xiamen)
                .singleElement()
                .satisfies(u -> assertThat(u.acceptable()).isTrue());
        assertThat(as(PROVINCE, () -> approvals.accept(xiamen, 2021)).status()).isEqualTo(AcceptanceStatus.ACCEPTED);
    }

    private void refused(String user, Runnable call, String key) {
        assertThatThrownBy(() -> as(user, call))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** A figure of 营养改善计划学校 for January 2021 in the given state, entered by stat-xiangcheng. */
    /** The review page's period list counts the reviewer's own city's figures, never the neighbour's. */
    @Test
    void a_city_reviewer_counts_the_figures_of_their_own_city_only() {
        figure("350623", "submitted");
        int january = Catalogue.monthId(db, 2021, 1);
        assertThat(submittedIn(ZHANGZHOU, january)).isEqualTo(1);
        assertThat(submittedIn("reviewer-xiamen", january)).isZero();
        assertThat(submittedIn(PROVINCE, january)).isEqualTo(1);
        int december = Catalogue.monthId(db, 2020, 12);
        int xiamens = db.fetchSingle("""
                        with recursive below as (
                            select id from division where code = '350200'
                            union all select d.id from division d join below b on d.parent_id = b.id)
                        select count(*) from figure
                        where period_id = ? and status = 'approved' and division_id in (select id from below)""", december).get(0, Integer.class);
        assertThat(xiamens).isPositive();
        assertThat(as("reviewer-xiamen", () -> periods.approvedIn(december))).isEqualTo(xiamens);
        assertThat(as(PROVINCE, () -> periods.approvedIn(december))).isGreaterThan(xiamens);
    }

    private int submittedIn(String reviewer, int periodId) {
        return as(reviewer, () -> periods.overview()).stream()
                .filter(p -> p.id() == periodId)
                .findFirst()
                .orElseThrow()
                .submitted();
    }

    /** Open dashboards of the province redraw after a decision commits, as they do after an approval. */
    @Test
    void a_decision_is_announced_to_the_pages_that_count_it(@Autowired ApplicationEvents events) {
        int xiamen = unit("350200");
        as(PROVINCE, () -> approvals.returnUnit(xiamen, 2021, "思明区数据待核实"));
        assertThat(events.stream(UnitYearDecided.class)).containsExactly(new UnitYearDecided(xiamen, 2021));
    }

    private CellKey figure(String unitCode, String status) {
        return Catalogue.figureIn(
                db, "meal_schools", unitCode, Catalogue.monthId(db, 2021, 1), status, "stat-xiangcheng");
    }

    private String status(CellKey key) {
        return Catalogue.figure(db, key).getStatus().getLiteral();
    }

    private int unit(String code) {
        return Catalogue.divisionId(db, code);
    }
}
