package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.minsheng.support.Catalogue.indicator;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.AcceptanceStatus;
import org.minsheng.approval.ApprovalService;
import org.minsheng.division.Division;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three approval levels under a national root (docs/levels.md, "What an accepting level's totals count"):
 * the cities approve figures, 福建省 accepts its cities' years and the country accepts the provinces'. A
 * unit's totals count what its own level accepted, at every level: a year 福建省 accepted counts on its
 * page and waits, listed with 福建省's accepted value, on the country's until the country accepts it; a
 * city 福建省 returned is left out of 福建省's value on the country's page as on its own.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"minsheng.test.database=national-demo", "minsheng.city-code=000000", "minsheng.demo-province=true"
        })
@DirtiesContext
@Transactional
class ThreeApprovalLevelsTest {

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);

    @Autowired
    DashboardService dashboards;

    @Autowired
    ApprovalService approvals;

    @Autowired
    DSLContext db;

    /** The province demo's levels {city, province} (its cities' 2020 accepted), and the country above. */
    @BeforeEach
    void theCountryAcceptsItsProvinces() {
        db.execute("insert into approval_level (level) values ('country')");
    }

    @Test
    void a_year_the_province_accepted_counts_on_its_page_and_waits_at_the_country_until_the_country_accepts_it() {
        var province = page("350000");
        assertThat(province.acceptance().applies()).isTrue();
        assertThat(province.pendingUnits()).as("福建省 accepted every city's 2020").isEmpty();
        var meals = indicator(province, "meal_schools");
        var provinceTotal = province.value(meals, null).orElseThrow();

        var country = page(null);
        var fujian = fujian(country);
        assertThat(fujian.code()).isEqualTo("350000");
        assertThat(country.acceptance().applies()).isTrue();
        // the other provinces, with nothing reported, wait too: the country accepted none of them
        assertThat(country.pendingUnits()).as("listed, not dropped").contains(fujian);
        assertThat(country.pending(fujian))
                .hasValueSatisfying(p -> assertThat(p.returned()).isFalse());
        assertThat(country.value(meals, fujian.id()))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(provinceTotal));
        assertThat(country.value(meals, null))
                .as("nothing the country accepted yet")
                .isEmpty();

        var accepted = as("reviewer", () -> approvals.accept(fujian.id(), 2020));
        assertThat(accepted.status()).isEqualTo(AcceptanceStatus.ACCEPTED);

        var after = page(null);
        assertThat(after.pendingUnits()).doesNotContain(fujian);
        assertThat(after.value(meals, null))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(provinceTotal));
    }

    @Test
    void a_city_the_province_returned_is_left_out_of_the_provinces_value_on_the_countrys_page_too() {
        db.execute("""
                update unit_acceptance set status = 'returned', reason = '思明区学校数待核实'
                where year = 2020 and division_id = (select id from division where code = '350200')""");

        var province = page("350000");
        assertThat(province.pendingUnits()).extracting(Division::code).containsExactly("350200");
        var country = page(null);
        var fujian = fujian(country);
        assertThat(country.pendingUnits()).contains(fujian);
        int compared = 0;
        for (var indicator : country.indicators()) {
            // 福建省's row at the country is what 福建省's own totals count: 厦门市 left out, by each rule
            assertThat(country.value(indicator, fujian.id()))
                    .as(indicator.code())
                    .isEqualTo(province.value(indicator, null));
            assertThat(country.notApplicable(indicator, fujian.id()))
                    .as(indicator.code())
                    .isEqualTo(province.notApplicable(indicator, null));
            assertThat(country.trend(indicator, fujian.id()))
                    .as(indicator.code())
                    .extracting(TrendPoint::month, TrendPoint::value)
                    .isEqualTo(province.trend(indicator, null).stream()
                            .map(p -> tuple(p.month(), p.value()))
                            .toList());
            if (province.value(indicator, null).isPresent()) {
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5);
        var meals = indicator(province, "meal_schools");
        var xiamen = province.counties().stream()
                .filter(c -> c.code().equals("350200"))
                .findFirst()
                .orElseThrow();
        assertThat(country.value(meals, fujian.id()).orElseThrow())
                .as("厦门市's schools are not in 福建省's value")
                .isLessThan(province.value(meals, null)
                        .orElseThrow()
                        .add(province.value(meals, xiamen.id()).orElseThrow()));
    }

    @Test
    void with_four_levels_a_county_its_city_left_out_is_left_out_at_the_province_and_the_country() {
        // the cities accept their counties, every county's 2020 but 思明区's
        db.execute("insert into approval_level (level) values ('county')");
        Catalogue.acceptGrandchildren(db, "350000", 2020, "350203");

        var xiamen = page("350200");
        assertThat(xiamen.pendingUnits()).extracting(Division::code).containsExactly("350203");
        var province = page("350000");
        assertThat(province.pendingUnits()).as("福建省 accepted each city's 2020").isEmpty();
        assertThat(province.acceptance().deeper().pending())
                .as("named on 福建省's page, though it ranks cities")
                .extracting(p -> p.unit().code())
                .containsExactly("350203");
        var country = page(null);
        var fujian = fujian(country);
        int xiamenId = xiamen.focus().id();
        var meals = indicator(province, "meal_schools");
        for (var indicator : country.indicators()) {
            assertThat(province.value(indicator, xiamenId))
                    .as(indicator.code() + ": 厦门市 on 福建省's page is what 厦门市 counts")
                    .isEqualTo(xiamen.value(indicator, null));
            assertThat(country.value(indicator, fujian.id()))
                    .as(indicator.code() + ": 福建省 on the country's page is what 福建省 counts")
                    .isEqualTo(province.value(indicator, null));
        }
        var siming = xiamen.counties().stream()
                .filter(c -> c.code().equals("350203"))
                .findFirst()
                .orElseThrow();
        assertThat(xiamen.value(meals, siming.id())).as("思明区 reported").isPresent();
        assertThat(xiamen.value(meals, null).orElseThrow())
                .as("厦门市's total leaves 思明区 out")
                .isEqualByComparingTo(xiamen.counties().stream()
                        .filter(c -> !c.equals(siming))
                        .map(c -> xiamen.value(meals, c.id()).orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void an_unlisted_province_between_cities_that_accept_and_the_country_counts_what_each_city_accepted() {
        // {county, city, country}: the cities accept their counties, every county's 2020 but 思明区's
        db.execute("delete from approval_level where level = 'province'");
        db.execute("insert into approval_level (level) values ('county')");
        Catalogue.acceptGrandchildren(db, "350000", 2020, "350203");

        var xiamen = page("350200");
        assertThat(xiamen.pendingUnits()).extracting(Division::code).containsExactly("350203");
        var province = page("350000");
        assertThat(province.acceptance().accepted()).as("福建省 decides nothing").isNull();
        assertThat(province.pendingUnits()).isEmpty();
        assertThat(province.acceptance().deeper().pending())
                .as("the county 厦门市 left out is named on 福建省's page")
                .extracting(p -> p.unit().code())
                .containsExactly("350203");
        int xiamenId = xiamen.focus().id();
        for (var indicator : province.indicators()) {
            assertThat(province.value(indicator, xiamenId))
                    .as(indicator.code() + ": 厦门市 on 福建省's page is what 厦门市 counts")
                    .isEqualTo(xiamen.value(indicator, null));
        }
        var meals = indicator(province, "meal_schools");
        assertThat(province.value(meals, xiamenId).orElseThrow())
                .as("思明区's schools are not in 厦门市's row")
                .isLessThan(xiamen.counties().stream()
                        .map(c -> xiamen.value(meals, c.id()).orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** 福建省 among the country's provinces: the only one with figures. */
    private static Division fujian(Dashboard country) {
        return country.counties().stream()
                .filter(d -> d.code().equals("350000"))
                .findFirst()
                .orElseThrow();
    }

    private Dashboard page(String code) {
        return as("leader", () -> dashboards.dashboard(code == null ? YEAR_2020 : YEAR_2020.withDivision(code)));
    }
}
