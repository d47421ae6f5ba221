package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.AcceptanceStatus;
import org.minsheng.approval.ApprovalService;
import org.minsheng.approval.UnitYear;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.support.ChartWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A national installation started on the demo without naming a demo (only {@code minsheng.city-code=000000}):
 * it showed 漳州市's figures as 全国's totals, under a note calling them mostly generated, and nothing said
 * that one city of one province was all the country counted (a stranger's trial). The country's demo
 * holds every province, 福建省 with the province demo's figures, and the page says which have none.
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=national-root-demo", "minsheng.city-code=000000"})
@DirtiesContext
class NationalDemoTest {

    @Autowired
    DivisionService divisions;

    @Autowired
    DashboardService dashboards;

    @Autowired
    Translations translations;

    @Autowired
    DSLContext db;

    @Autowired
    ApprovalService approvals;

    @Test
    void the_countrys_demo_holds_every_province_and_the_page_names_those_without_figures() {
        assertThat(as("admin", () -> divisions.countiesIn(2020)))
                .hasSize(31)
                .extracting(Division::code)
                .contains("110000", "350000", "650000");
        var country = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        assertThat(country.unitsWithoutFigures()).hasSize(30);
        var note = ChartWords.in(translations, Translations.CHINESE).missingNote(country);
        assertThat(note).hasValueSatisfying(text -> assertThat(text).startsWith("合计只含已有审核数据的 1 个省；30 个省尚无审核数据：北京市、"));
    }

    @Test
    void the_country_counts_the_province_demos_cities_so_its_generated_note_is_true() {
        // the note 「大部分为生成数据」 is said of 全国: the province demo's other eight cities are what it means
        assertThat(db.fetchCount(db.selectFrom("division").where("level = 'city'")))
                .isEqualTo(9);
        var note = as("leader", () -> dashboards.illustrativeNote(2020, divisions.city()));
        assertThat(note).map(IllustrativeNote::key).contains("dashboard.illustrativeGenerated");
    }

    /**
     * The country was not an approval level of the demo: the national commission's reviewer had nothing to
     * review (/review listed no unit, and accepting was refused as 「不接收下级单位」).
     */
    @Test
    void the_national_reviewer_accepts_each_provinces_year_and_fujians_reviewer_its_cities() {
        var duties = as("reviewer", () -> approvals.duties());
        assertThat(duties.unit().code()).isEqualTo("000000");
        assertThat(duties.acceptsUnits()).isTrue();
        var year2020 = as("reviewer", () -> approvals.queue(2020));
        assertThat(year2020).hasSize(31);
        assertThat(year2020)
                .filteredOn(u -> u.unit().code().equals("350000"))
                .extracting(UnitYear::status)
                .as("福建省's 2020, which the country's page counts")
                .containsExactly(AcceptanceStatus.ACCEPTED);
        assertThat(year2020)
                .filteredOn(UnitYear::nothingReported)
                .as("the provinces without figures are said not to report, not to wait for the country")
                .hasSize(30);
        var fujian2021 = as("reviewer", () -> approvals.queue(2021)).stream()
                .filter(u -> u.unit().code().equals("350000"))
                .findFirst()
                .orElseThrow();
        assertThat(fujian2021.status()).isEqualTo(AcceptanceStatus.PENDING);
        assertThat(fujian2021.notAcceptedBelow())
                .as("福建省 has not accepted its cities' 2021")
                .isEqualTo(9);
        assertThat(as("reviewer-fujian", () -> approvals.queue(2021)))
                .hasSize(9)
                .extracting(UnitYear::status)
                .containsOnly(AcceptanceStatus.PENDING);
    }

    /**
     * With the country an approval level, the thirty provinces that never reported were marked 「待确认」 on
     * the country's page and named as the ones its totals left out, as if the country had figures of theirs
     * to accept: they are units without figures, as before (ThreeApprovalLevelsTest: 福建省 alone waits).
     */
    @Test
    void provinces_that_reported_nothing_are_units_without_figures_not_awaiting_the_countrys_acceptance() {
        var year2020 = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        assertThat(year2020.acceptance().applies()).isTrue();
        assertThat(year2020.pendingUnits()).isEmpty();
        assertThat(year2020.unitsWithoutFigures()).hasSize(30);
    }

    @Test
    void its_leader_and_reviewer_are_the_national_commissions() {
        assertThat(db.fetch("select display_name from app_user where username in ('leader', 'reviewer') order by 1")
                        .getValues(0, String.class))
                .containsExactly("中央纪委国家监委审核员", "中央纪委国家监委领导");
    }
}
