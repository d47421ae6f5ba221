package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
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

    @Test
    void its_leader_and_reviewer_are_the_national_commissions() {
        assertThat(db.fetch("select display_name from app_user where username in ('leader', 'reviewer') order by 1")
                        .getValues(0, String.class))
                .containsExactly("中央纪委国家监委审核员", "中央纪委国家监委领导");
    }
}
