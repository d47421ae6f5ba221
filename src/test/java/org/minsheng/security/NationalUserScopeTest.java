package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.security.UserAdminFixture.GOOD_PASSWORD;
import static org.minsheng.security.UserAdminFixture.divisions;

import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scopes on a national installation (the national demo): the user dialog offered city- and county-level
 * units only, so the country's administrator could not give 福建省 a leader or a reviewer of its own.
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=national-root-demo", "minsheng.city-code=000000"})
@DirtiesContext
@Transactional
@WithMockUser("admin")
class NationalUserScopeTest {

    @Autowired
    UserAdminService service;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    DSLContext db;

    @Test
    void the_countrys_administrator_is_offered_every_province_city_and_county_but_not_the_country() {
        assertThat(service.districts())
                .extracting(District::code)
                .contains("110000", "350000", "650000", "350600", "350623")
                .doesNotContain("000000")
                .as("every unit below the country down to county level: all the demo holds but the towns")
                .hasSize(db.fetchCount(db.selectFrom("division").where("level in ('province', 'city', 'county')")));
    }

    /**
     * A county is offered with the city it lies in: a country holds four 鼓楼区 (福州市, 南京市, 徐州市,
     * 开封市), and the picker listed each bare. A province, lying in the root, needs no such word.
     */
    @Test
    void a_county_is_offered_with_the_city_it_lies_in_and_a_province_without_the_country() {
        var offered = service.districts();
        assertThat(offered)
                .filteredOn(d -> d.code().equals("350623"))
                .extracting(District::within)
                .containsExactly("漳州市");
        assertThat(offered)
                .filteredOn(d -> d.code().equals("350000"))
                .extracting(District::within)
                .containsOnlyNulls()
                .hasSize(1);
    }

    @Test
    void a_reviewer_scoped_to_a_province_accepts_its_cities_and_reads_it_alone() {
        var created = service.create(new NewUser(
                "reviewer-beijing", "北京市审核员", GOOD_PASSWORD, Set.of(Role.REVIEWER), divisions(db, "110000")));
        assertThat(created.scope()).extracting(District::name).containsExactly("北京市");
        service.create(new NewUser("leader-fj", "福建省领导", GOOD_PASSWORD, Set.of(Role.LEADER), divisions(db, "350000")));
        UserAdminFixture.signInAs("leader-fj");
        var scope = currentUser.readingScope();
        assertThat(scope.home()).isEqualTo("350000");
        assertThat(scope.covers(divisions(db, "350623").iterator().next())).isTrue();
        assertThat(scope.covers(divisions(db, "110000").iterator().next())).isFalse();
    }

    @Test
    void a_statistician_is_refused_a_province_which_enters_no_figures_of_its_own() {
        int users = service.list().size();
        assertThatThrownBy(() -> service.create(new NewUser(
                        "stat-fujian", "福建省统计员", GOOD_PASSWORD, Set.of(Role.STATISTICIAN), divisions(db, "350000"))))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("users.error.scope.statisticianEntersCityOrCounty"));
        assertThat(service.list()).hasSize(users);
        var city = service.create(new NewUser(
                "stat-xiamen", "厦门市本级统计员", GOOD_PASSWORD, Set.of(Role.STATISTICIAN), divisions(db, "350200")));
        assertThat(city.scope()).extracting(District::code).containsExactly("350200");
    }
}
