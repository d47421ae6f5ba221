package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A national installation (issue 17 item 1): 全国 (000000, V141) as the root over the provinces, here
 * the national demo's 31, of which only 福建省 (the province demo's) has figures; the country reaches its
 * page, totals and words the way a province reaches its cities.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"minsheng.test.database=national-demo", "minsheng.city-code=000000", "minsheng.demo-province=true"
        })
@DirtiesContext
class NationalRootTest {

    @Autowired
    DivisionService divisions;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DashboardRepository repository;

    @Autowired
    DSLContext db;

    @Autowired
    Translations translations;

    @Test
    void the_country_is_the_root_over_the_provinces() {
        var root = as("admin", () -> divisions.city());
        assertThat(root.name()).isEqualTo("全国");
        assertThat(root.level()).isEqualTo(Division.Level.COUNTRY);
        assertThat(as("admin", () -> divisions.countiesIn(2020)))
                .extracting(Division::code)
                .hasSize(31)
                .contains("350000");
        assertThat(translations.getTranslation(root.level().wholeKey(), Translations.CHINESE))
                .isEqualTo("全国");
        // the national commission's own name, not 「全国纪委监委」
        assertThat(translations.getTranslation(divisions.issuerKey(), Translations.CHINESE, divisions.unitName()))
                .isEqualTo("中央纪委国家监委");
    }

    @Test
    void the_countrys_page_ranks_its_provinces_and_totals_them_by_each_rule() {
        var country = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        var province = as(
                "leader", () -> dashboards.dashboard(DashboardFilter.year(2020).withDivision("350000")));
        assertThat(country.focus().name()).isEqualTo("全国");
        assertThat(country.rankedLevel()).isEqualTo(Division.Level.PROVINCE);
        int rows = 0;
        for (var indicator : country.indicators()) {
            var national = country.value(indicator, null);
            var fujian = province.value(indicator, null);
            // one province with figures: the country's value is 福建省's, whatever the rule (sum, max, ratio, 不适用)
            assertThat(national).as(indicator.code()).isEqualTo(fujian);
            assertThat(country.notApplicable(indicator, null))
                    .as(indicator.code())
                    .isEqualTo(province.notApplicable(indicator, null));
            if (fujian.isPresent()) {
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(5);
        int fujianId =
                db.fetchSingle("select id from division where code = '350000'").get(0, Integer.class);
        int countryId =
                db.fetchSingle("select id from division where code = '000000'").get(0, Integer.class);
        // the hierarchy's pre-aggregates reached the country through V141's new parent link
        assertThat(repository.unitCells(countryId, 2020, 1, 12, false).stream()
                        .filter(c -> c.isTotal())
                        .count())
                .isEqualTo(repository.unitCells(fujianId, 2020, 1, 12, false).stream()
                        .filter(c -> c.isTotal())
                        .count());
    }
}
