package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.Catalogue.indicator;
import static org.minsheng.support.SignedIn.as;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.division.Division;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader scoped to 芗城区 (the demo's leader-xiangcheng) reads 芗城区 and the units below it only: the
 * service refuses a sibling district and the city, and the page it returns carries no other unit's
 * figure at all, not merely one the screen leaves out.
 */
@IntegrationTest
class ScopedLeaderTest {

    private static final String SCOPED = "leader-xiangcheng";
    private static final DashboardFilter XIANGCHENG_2020 =
            new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350602");

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void the_district_page_of_a_district_leader_carries_that_district_and_nothing_of_a_sibling_or_the_city() {
        int xiangcheng = Catalogue.divisionId(db, "350602");
        var everyone = as("leader", () -> dashboards.dashboard(XIANGCHENG_2020));
        assertThat(everyone.cells())
                .as("the city leader's district page holds every district and the city, for comparisons")
                .anyMatch(c -> c.divisionId() == null)
                .anyMatch(c -> c.divisionId() != null && c.divisionId() != xiangcheng);

        var page = as(SCOPED, () -> dashboards.dashboard(XIANGCHENG_2020));

        assertThat(page.focus().code()).isEqualTo("350602");
        assertThat(page.counties()).extracting(Division::code).containsExactly("350602");
        assertThat(page.cells())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.divisionId()).isEqualTo(xiangcheng));
        assertThat(page.lastYear()).allSatisfy(c -> assertThat(c.divisionId()).isEqualTo(xiangcheng));
        assertThat(page.trend())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.divisionId()).isEqualTo(xiangcheng));
        assertThat(page.targets())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.divisionId()).isEqualTo(xiangcheng));
        assertThat(page.scores()).allSatisfy(s -> assertThat(s.divisionId()).isEqualTo(xiangcheng));
        // its own figures are everyone's: 4 schools against floor(4 * 0.95) = 3
        var meals = indicator(page, "meal_schools");
        assertThat(page.value(meals, xiangcheng))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
        assertThat(page.target(meals, xiangcheng).orElseThrow().value()).isEqualByComparingTo("3");
        assertThat(as("leader", () -> dashboards.dashboard(XIANGCHENG_2020)).cells())
                .as("the shared page is cut in a copy, never in the cache")
                .anyMatch(c -> c.divisionId() == null);
    }

    @Test
    void a_district_leader_is_refused_a_sibling_district_the_city_and_the_citys_figures() {
        int meals = Catalogue.indicatorId(db, "meal_schools");
        int xiangcheng = Catalogue.divisionId(db, "350602");
        int zhangpu = Catalogue.divisionId(db, "350623");
        refused(() -> dashboards.dashboard(XIANGCHENG_2020.withDivision("350623")));
        refused(() -> dashboards.dashboard(DashboardFilter.year(2020)));
        refused(() -> dashboards.dashboard(XIANGCHENG_2020.withDivision("350600")));
        refused(() -> dashboards.cityYear(2020));
        refused(() -> dashboards.corrections(2020, 1, 12, meals, null));
        refused(() -> dashboards.corrections(2020, 1, 12, meals, zhangpu));
        assertThat(as(SCOPED, () -> dashboards.corrections(2020, 1, 12, meals, xiangcheng)))
                .as("its own district's corrections")
                .isNotNull();
    }

    @Test
    @Transactional
    void
            a_town_of_the_district_opens_its_own_page_with_breadcrumbs_from_the_district_and_a_town_of_a_sibling_is_refused() {
        Catalogue.addDivision(db, "350602001", "东铺头街道", "town", "350602");
        Catalogue.addDivision(db, "350623100", "绥安镇", "town", "350623");
        var town = as(SCOPED, () -> dashboards.dashboard(XIANGCHENG_2020.withDivision("350602001")));
        assertThat(town.focus().code()).isEqualTo("350602001");
        assertThat(town.path())
                .as("the leader's breadcrumbs start at their own district, never the city above it")
                .extracting(Division::code)
                .containsExactly("350602", "350602001");
        assertThat(as(
                        "leader",
                        () -> dashboards
                                .dashboard(XIANGCHENG_2020.withDivision("350602001"))
                                .path()))
                .extracting(Division::code)
                .containsExactly("350600", "350602", "350602001");
        refused(() -> dashboards.dashboard(XIANGCHENG_2020.withDivision("350623100")));
        // a code no unit has is unknown to every reader, not a unit outside this one's scope
        assertThatThrownBy(() -> as(SCOPED, () -> dashboards.dashboard(XIANGCHENG_2020.withDivision("350699"))))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dashboards.error.unknownUnit");
                    assertThat(e.parameters()).containsExactly("350699");
                });
    }

    @Test
    @Transactional
    void a_leader_of_longhai_district_opens_2020_as_longhai_city_the_unit_it_was_then() {
        db.execute("""
                insert into app_user (username, display_name, password_hash)
                values ('leader-longhai', '龙海区领导', '{noop}not-used')""");
        db.execute("""
                insert into user_role (user_id, role)
                select id, 'leader' from app_user where username = 'leader-longhai'""");
        db.execute("""
                insert into user_scope (user_id, division_id)
                select u.id, d.id from app_user u, division d
                where u.username = 'leader-longhai' and d.code = '350604'""");
        int longhaiCity = Catalogue.divisionId(db, "350681");
        var page = as("leader-longhai", () -> dashboards.dashboard(XIANGCHENG_2020.withDivision("350604")));
        assertThat(page.focus().code()).isEqualTo("350681");
        assertThat(page.cells())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.divisionId()).isEqualTo(longhaiCity));
        int roads = Catalogue.indicatorId(db, "road_widening");
        assertThat(as("leader-longhai", () -> dashboards.corrections(2020, 1, 12, roads, longhaiCity)))
                .as("the corrections of the unit it replaced")
                .isNotNull();
        assertThatThrownBy(() -> as("leader-longhai", () -> dashboards.dashboard(XIANGCHENG_2020)))
                .as("not 芗城区")
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void a_leader_without_a_scope_still_opens_the_city_and_every_district() {
        var city = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        assertThat(city.cityWide()).isTrue();
        assertThat(city.counties()).hasSize(11);
        assertThat(as("leader", () -> dashboards.dashboard(XIANGCHENG_2020.withDivision("350623")))
                        .focus()
                        .code())
                .isEqualTo("350623");
    }

    private static void refused(Supplier<?> call) {
        assertThatThrownBy(() -> as(SCOPED, call)).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("scope.error.outside");
            assertThat(e.parameters()).containsExactly("芗城区");
        });
    }
}
