package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.Catalogue.indicator;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.AcceptanceStatus;
import org.minsheng.approval.ApprovalService;
import org.minsheng.base.RefusedException;
import org.minsheng.base.i18n.Translations;
import org.minsheng.db.Tables;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.UnitPublicationService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.ChartWords;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval levels that skip a division level (docs/levels.md, "A listed level below an unlisted one"): with
 * {county, province} on the province demo the counties approve their figures and 福建省 accepts its
 * counties across the unlisted city level. The province's totals count a county only once accepted, the
 * others named as pending; a city's row on the province's page is its accepted counties; a city's own page,
 * whose level decides nothing, counts every approved figure as a page without levels does; a city reviewer
 * accepts nothing; the province publishes once every county is accepted.
 */
@IntegrationTest
@ProvinceDemo
@DirtiesContext
@Transactional
class SkippedApprovalLevelTest {

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);
    private static final String ZHANGPU = "350623";

    @Autowired
    DashboardService dashboards;

    @Autowired
    ApprovalService approvals;

    @Autowired
    UnitPublicationService publications;

    @Autowired
    DSLContext db;

    @Autowired
    Translations translations;

    /** {county, province}: 福建省 accepted every county's 2020 but 漳浦县's; the cities' decisions are void. */
    @BeforeEach
    void theProvinceAcceptsItsCounties() {
        db.execute("delete from approval_level");
        db.execute("insert into approval_level (level) values ('county'), ('province')");
        db.execute("delete from unit_acceptance where year = 2020");
        Catalogue.acceptGrandchildren(db, "350000", 2020, ZHANGPU);
    }

    @Test
    void the_provinces_totals_count_a_county_only_once_the_province_accepted_it() {
        var zhangzhou = page("350600");
        var meals = indicator(zhangzhou, "meal_schools");
        var zhangpu = unit(zhangzhou, ZHANGPU);
        var zhangpuSchools = zhangzhou.value(meals, zhangpu.id()).orElseThrow();
        assertThat(zhangpuSchools).isPositive();

        var province = page("350000");
        assertThat(province.acceptance().applies()).isTrue();
        assertThat(province.pendingUnits())
                .as("the cities are nobody's to accept")
                .isEmpty();
        assertThat(province.acceptance().deeper().level()).isEqualTo(Division.Level.COUNTY);
        assertThat(province.acceptance().deeper().pending()).singleElement().satisfies(p -> {
            assertThat(p.unit().code()).isEqualTo(ZHANGPU);
            assertThat(p.rankedId()).isEqualTo(zhangzhou.focus().id());
            assertThat(p.pending().returned()).isFalse();
        });
        var inProvince = unit(province, "350600");
        assertThat(province.value(meals, inProvince.id()).orElseThrow())
                .as("漳州市's row on the province's page leaves 漳浦县 out")
                .isEqualByComparingTo(zhangzhou.value(meals, null).orElseThrow().subtract(zhangpuSchools));
        assertThat(note(province))
                .as("the page names what its totals leave out, in the counted level's words")
                .hasValueSatisfying(n -> assertThat(n).startsWith("合计只计入已确认的 ").endsWith("1 个县区待确认：漳浦县"));
        var withoutZhangpu = province.value(meals, null).orElseThrow();
        assertThat(withoutZhangpu).as("the total is its rows'").isEqualByComparingTo(sum(province, meals));

        as("reviewer", () -> approvals.accept(Catalogue.divisionId(db, ZHANGPU), 2020));

        var after = page("350000");
        assertThat(after.acceptance().deeper().pending()).isEmpty();
        assertThat(note(after)).isEmpty();
        assertThat(after.value(meals, inProvince.id()).orElseThrow())
                .isEqualByComparingTo(zhangzhou.value(meals, null).orElseThrow());
        assertThat(after.value(meals, null).orElseThrow()).isEqualByComparingTo(withoutZhangpu.add(zhangpuSchools));
    }

    @Test
    void a_county_the_province_returns_leaves_its_totals_and_is_shown_returned_with_the_reason() {
        as("reviewer", () -> approvals.accept(Catalogue.divisionId(db, ZHANGPU), 2020));
        var before = page("350000");
        var meals = indicator(before, "meal_schools");
        var xiangcheng = Catalogue.divisionId(db, "350602");
        var xiangchengSchools = page("350600").value(meals, xiangcheng).orElseThrow();

        as("reviewer", () -> approvals.returnUnit(xiangcheng, 2020, "芗城区学校数待核实"));

        var after = page("350000");
        assertThat(after.acceptance().deeper().pending()).singleElement().satisfies(p -> {
            assertThat(p.unit().id()).isEqualTo(xiangcheng);
            assertThat(p.pending().returned()).isTrue();
            assertThat(p.pending().reason()).isEqualTo("芗城区学校数待核实");
        });
        assertThat(after.value(meals, null).orElseThrow())
                .isEqualByComparingTo(before.value(meals, null).orElseThrow().subtract(xiangchengSchools));
        assertThat(note(after)).hasValueSatisfying(n -> assertThat(n).endsWith("：芗城区（已退回）"));
    }

    @Test
    void a_city_page_decides_nothing_and_counts_every_approved_figure() {
        var zhangzhou = page("350600");
        assertThat(zhangzhou.acceptance().applies()).isFalse();
        var meals = indicator(zhangzhou, "meal_schools");
        assertThat(zhangzhou.value(meals, null).orElseThrow())
                .as("漳浦县 counts on its city's page: 漳州市 accepts nothing")
                .isEqualByComparingTo(sum(zhangzhou, meals));
    }

    @Test
    void the_province_reviewer_accepts_the_counties_across_the_city_level() {
        var duties = as("reviewer", approvals::duties);
        assertThat(duties.accepts()).isEqualTo(Division.Level.COUNTY);
        assertThat(duties.approves())
                .as("the unlisted cities' own figures are the nearest listed level's above them")
                .containsExactly(Division.Level.CITY);
        var queue = as("reviewer", () -> approvals.queue(2020));
        assertThat(queue).allSatisfy(u -> assertThat(u.unit().level()).isEqualTo(Division.Level.COUNTY));
        assertThat(queue)
                .filteredOn(u -> u.status() != AcceptanceStatus.ACCEPTED)
                .extracting(u -> u.unit().code())
                .containsExactly(ZHANGPU);
        assertThat(as("reviewer", () -> approvals.accept(Catalogue.divisionId(db, ZHANGPU), 2020))
                        .status())
                .isEqualTo(AcceptanceStatus.ACCEPTED);
    }

    @Test
    void a_city_reviewer_under_the_skipped_level_accepts_and_approves_nothing_and_a_refusal_writes_nothing() {
        var duties = as("reviewer-zhangzhou", approvals::duties);
        assertThat(duties.acceptsUnits()).isFalse();
        assertThat(duties.approvesFigures()).isFalse();
        assertThat(duties.answersAbove()).isFalse();
        int audited = Catalogue.auditCount(db);
        int zhangpu = Catalogue.divisionId(db, ZHANGPU);
        assertThatThrownBy(() -> as("reviewer-zhangzhou", () -> approvals.accept(zhangpu, 2020)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.error.notAccepting"));
        assertThatThrownBy(() -> as("reviewer-zhangzhou", () -> approvals.returnUnit(zhangpu, 2020, "x")))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.error.notAccepting"));
        assertThat(Catalogue.auditCount(db)).isEqualTo(audited);
        assertThat(db.fetchCount(
                        Tables.UNIT_ACCEPTANCE,
                        Tables.UNIT_ACCEPTANCE.DIVISION_ID.eq(zhangpu).and(Tables.UNIT_ACCEPTANCE.YEAR.eq((short)
                                2020))))
                .isZero();
    }

    @Test
    void the_province_waits_for_every_county_to_publish_and_a_city_for_none() {
        assertThat(as("reviewer", () -> publications.status(2020, "350000").notAccepted()))
                .isEqualTo(1);
        assertThat(as("reviewer", () -> publications.status(2020, "350600").notAccepted()))
                .isZero();
    }

    private Dashboard page(String code) {
        return as("leader", () -> dashboards.dashboard(YEAR_2020.withDivision(code)));
    }

    private Optional<String> note(Dashboard page) {
        return ChartWords.in(translations, Translations.CHINESE).acceptanceNote(page);
    }

    private static BigDecimal sum(Dashboard page, Indicator indicator) {
        return page.counties().stream()
                .map(c -> page.value(indicator, c.id()).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Division unit(Dashboard page, String code) {
        return page.counties().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
