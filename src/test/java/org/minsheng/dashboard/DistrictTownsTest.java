package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's page ranks its children in the city installation too (docs/levels.md): a district with towns
 * (漳浦县 with 绥安镇 and 旧镇镇 here; the demo has none) ranks its towns, as a county of a province does,
 * and shows its own value; a district without towns keeps the district view of the city's districts.
 */
@IntegrationTest
@Transactional
class DistrictTownsTest {

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void a_district_with_towns_ranks_its_towns_and_one_without_keeps_the_citys_districts() {
        var city = as("leader", () -> dashboards.dashboard(YEAR_2020));
        var meals = indicator(city, "meal_schools");
        var zhangpu = city.counties().stream()
                .filter(c -> c.code().equals("350623"))
                .findFirst()
                .orElseThrow();
        var own = city.value(meals, zhangpu.id()).orElseThrow();
        Catalogue.zhangpuTowns(db);

        var page = as("leader", () -> dashboards.dashboard(YEAR_2020.withDivision("350623")));

        assertThat(page.focus()).isEqualTo(zhangpu);
        assertThat(page.cityWide()).as("漳浦县 ranks its own children").isTrue();
        assertThat(page.rankedLevel()).isEqualTo(Division.Level.TOWN);
        assertThat(page.counties()).extracting(Division::name).containsExactlyInAnyOrder("绥安镇", "旧镇镇");
        assertThat(page.path()).extracting(Division::code).containsExactly("350600", "350623");
        var ranking = page.ranking(indicator(page, "meal_schools"));
        assertThat(ranking.districts()).extracting(Division::name).containsExactly("绥安镇", "旧镇镇");
        assertThat(ranking.values())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(15), bd(9));
        assertThat(page.value(meals, null))
                .as("漳浦县's own figure, not its towns' added to it")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(own));
        assertThat(page.years(meals))
                .as("its years chart")
                .filteredOn(p -> p.year() == 2020)
                .singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo(own));

        var xiangcheng = as("leader", () -> dashboards.dashboard(YEAR_2020.withDivision("350602")));
        assertThat(xiangcheng.cityWide())
                .as("芗城区 has no towns: the district view")
                .isFalse();
        assertThat(xiangcheng.counties()).isEqualTo(city.counties());
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
