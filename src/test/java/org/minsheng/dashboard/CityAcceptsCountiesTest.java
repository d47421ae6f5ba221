package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Zhangzhou city demo: with no approval levels (as shipped) or the city alone (it approves figures,
 * accepting nothing) its page is the one it always was; a city configured to accept its counties' years
 * ({county, city}) counts only the accepted counties, and its own city-level figures always.
 */
@IntegrationTest
@Transactional
class CityAcceptsCountiesTest {

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void the_city_demo_without_approval_levels_or_with_the_city_alone_is_unchanged() {
        var shipped = as("leader", () -> dashboards.computeDashboard(YEAR_2020));
        assertThat(shipped.acceptance()).isEqualTo(Acceptance.NONE);
        assertThat(shipped.value(indicator(shipped, "meal_schools"), null))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("156"));

        db.execute("insert into approval_level (level) values ('city')");

        var cityAlone = as("leader", () -> dashboards.computeDashboard(YEAR_2020));
        assertThat(cityAlone).isEqualTo(shipped);
    }

    @Test
    void a_city_accepting_its_counties_counts_the_accepted_ones_and_its_own_figures() {
        db.execute("insert into approval_level (level) values ('county'), ('city')");
        Catalogue.acceptChildren(db, "350600", 2020, "350623");

        var page = as("leader", () -> dashboards.dashboard(YEAR_2020));

        assertThat(page.pendingUnits()).extracting(Division::name).containsExactly("漳浦县");
        var meals = indicator(page, "meal_schools");
        assertThat(page.value(meals, null))
                .as("156 schools less 漳浦县's 24")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("132"));
        assertThat(page.value(indicator(page, "lead_departments"), null))
                .as("the city's own figure counts whatever its counties' state")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17"));
    }
}
