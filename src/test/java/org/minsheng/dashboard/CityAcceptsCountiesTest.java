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

    /**
     * A city accepting its counties' years counts 芗城区 and 龙文区 in 2021, and 芗城区 answers 不适用: its total
     * is no data yet while 龙文区 has not, and 不适用 once 龙文区 answers so too (every unit counted is), as the
     * year in review words it (「已计入的单位均不适用」).
     */
    @Test
    void a_total_counting_accepted_counties_is_not_applicable_only_when_each_of_them_is() {
        db.execute("insert into approval_level (level) values ('county'), ('city')");
        db.execute("""
                insert into unit_acceptance (division_id, year, status, decided_by)
                select d.id, 2021, 'accepted', u.id from division d cross join app_user u
                where d.code in ('350602', '350603') and u.username = 'reviewer'""");
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 0);
        Catalogue.approvedAsNotApplicable(db, "meal_schools", "350602", 2021, 1);

        var one = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        var meals = indicator(one, "meal_schools");
        assertThat(one.cell(meals, null).filter(YearCell::notApplicable))
                .as("龙文区, counted, has not reported")
                .isEmpty();

        Catalogue.approvedFigure(db, "meal_schools", "350603", 2021, 1, 0);
        Catalogue.approvedAsNotApplicable(db, "meal_schools", "350603", 2021, 1);
        var both = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        assertThat(both.cell(meals, null).filter(YearCell::notApplicable))
                .as("every county counted is 不适用")
                .isPresent();
    }
}
