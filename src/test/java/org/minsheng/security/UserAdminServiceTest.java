package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.security.UserAdminFixture.GOOD_PASSWORD;
import static org.minsheng.security.UserAdminFixture.auditCount;
import static org.minsheng.security.UserAdminFixture.auditFor;
import static org.minsheng.security.UserAdminFixture.divisions;
import static org.minsheng.security.UserAdminFixture.roles;

import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser("admin")
class UserAdminServiceTest {

    @Autowired
    UserAdminService service;

    @Autowired
    UserDetailsService logins;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DSLContext db;

    @Autowired
    CurrentUser currentUser;

    @Test
    void the_administrator_sees_every_demo_user_with_roles_and_districts_by_name() {
        var users = service.list();
        assertThat(users)
                .extracting(UserSummary::username)
                .contains("admin", "comms", "leader", "reviewer", "stat-xiangcheng", "stat-zhangpu");
        var xiangcheng = users.stream()
                .filter(u -> u.username().equals("stat-xiangcheng"))
                .findFirst()
                .orElseThrow();
        assertThat(xiangcheng.roles()).containsExactly(Role.STATISTICIAN);
        assertThat(xiangcheng.scope()).extracting(District::name).containsExactly("芗城区");
        assertThat(xiangcheng.enabled()).isTrue();
        assertThat(service.districts())
                .extracting(District::code)
                .as("the city itself first, for its city-level indicators, then its districts")
                .startsWith("350600", "350602")
                .contains("350681", "350604")
                .doesNotContain("350000");
        assertThat(service.districts())
                .filteredOn(District::city)
                .extracting(District::code)
                .containsExactly("350600");
        assertThat(service.districts())
                .filteredOn(d -> !d.city())
                .extracting(District::within)
                .as("a city's districts lie in the root: named bare, as before")
                .containsOnlyNulls();
    }

    @Test
    void a_new_statistician_is_created_audited_and_can_sign_in_with_the_chosen_password() {
        int before = auditCount(db);
        var created = service.create(new NewUser(
                " stat-longhai ",
                "龙海市统计员",
                GOOD_PASSWORD,
                Set.of(Role.STATISTICIAN),
                divisions(db, "350681", "350604")));

        assertThat(created.username()).isEqualTo("stat-longhai");
        assertThat(created.scope()).extracting(District::name).containsExactlyInAnyOrder("龙海市", "龙海区");
        var login = logins.loadUserByUsername("stat-longhai");
        assertThat(encoder.matches(GOOD_PASSWORD, login.getPassword())).isTrue();
        assertThat(login.isEnabled()).isTrue();

        assertThat(auditCount(db)).isEqualTo(before + 1);
        var entry = auditFor(db, created.id()).getFirst();
        assertThat(entry.getAction()).isEqualTo("user.create");
        assertThat(entry.getOldValue()).isNull();
        assertThat(entry.getNewValue().data())
                .contains("\"stat-longhai\"", "STATISTICIAN", "350681")
                .doesNotContain("bcrypt", "$2a$", GOOD_PASSWORD);
        assertThat(entry.getActorId())
                .isEqualTo(service.list().stream()
                        .filter(u -> u.username().equals("admin"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} / {4} is allowed")
    @CsvSource(delimiter = '|', textBlock = """
            chen.wei      | 陈伟            | Jiulongjiang-2020   | REVIEWER                  |
            li_na-2       | 李娜            | 漳州市民生整治2020年  | LEADER+COMMUNICATIONS     |
            wang9         | Wang Jun        | correct horse staple | ADMINISTRATOR            |
            stat-dongshan | 东山县统计员      | 0596-Dongshan!       | STATISTICIAN              | 350626
            stat-two      | 两县统计员       | 0596-TwoCounty!      | STATISTICIAN+REVIEWER     | 350626+350627
            leader-dong   | 东山县领导       | 0596-Dongshan!       | LEADER                    | 350626
            reviewer-ds   | 东山县审核员      | 0596-Dongshan!       | REVIEWER                  | 350626
            leader-stat   | 东山县领导兼统计员 | 0596-Dongshan!       | LEADER+STATISTICIAN       | 350626
            """)
    void accounts_that_follow_the_rules_are_created(
            String username, String displayName, String password, String roles, String scope) {
        var created = service.create(new NewUser(username, displayName, password, roles(roles), scope(scope)));
        assertThat(created.roles()).isEqualTo(roles(roles));
        assertThat(created.scopeIds()).isEqualTo(scope(scope));
    }

    @ParameterizedTest(name = "{5}: {0} / {1} / {2} / {3} / {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Zhang          | 张三  | Jiulongjiang-2020 | LEADER        |        | users.error.username.invalid
            zh             | 张三  | Jiulongjiang-2020 | LEADER        |        | users.error.username.invalid
            wang li        | 王立  | Jiulongjiang-2020 | LEADER        |        | users.error.username.invalid
            -wang          | 王立  | Jiulongjiang-2020 | LEADER        |        | users.error.username.invalid
            wang@li        | 王立  | Jiulongjiang-2020 | LEADER        |        | users.error.username.invalid
            admin          | 另一个 | Jiulongjiang-2020 | LEADER        |        | users.error.username.taken
            zhangsan       | '  '  | Jiulongjiang-2020 | LEADER        |        | users.error.displayName.required
            zhangsan       | 张三  | Short-20          | LEADER        |        | users.error.password.tooShort
            zhangsan       | 张三  | zhangsan2020!     | LEADER        |        | users.error.password.containsUsername
            zhangsan       | 张三  | ZhangSan-1990     | LEADER        |        | users.error.password.containsUsername
            zhangsan       | 张三  | password123       | LEADER        |        | users.error.password.common
            zhangsan       | 张三  | Woaini1314        | LEADER        |        | users.error.password.common
            zhangsan       | 张三  | aaaaaaaaaaaa      | LEADER        |        | users.error.password.common
            zhangsan       | 张三  | Jiulongjiang-2020 |               |        | users.error.roles.required
            zhangsan       | 张三  | Jiulongjiang-2020 | STATISTICIAN  |        | users.error.scope.required
            zhangsan       | 张三  | Jiulongjiang-2020 | COMMUNICATIONS | 350602 | users.error.scope.onlyStatisticiansAndLeaders
            zhangsan       | 张三  | Jiulongjiang-2020 | REVIEWER      | 350602+350623 | users.error.scope.leaderOneUnit
            zhangsan       | 张三  | Jiulongjiang-2020 | REVIEWER+ADMINISTRATOR | 350602 | users.error.scope.leaderReadsAll
            zhangsan       | 张三  | Jiulongjiang-2020 | LEADER        | 350602+350623 | users.error.scope.leaderOneUnit
            zhangsan       | 张三  | Jiulongjiang-2020 | LEADER+COMMUNICATIONS | 350602 | users.error.scope.leaderReadsAll
            zhangsan       | 张三  | Jiulongjiang-2020 | LEADER+ADMINISTRATOR | 350602 | users.error.scope.leaderReadsAll
            zhangsan       | 张三  | Jiulongjiang-2020 | LEADER        | 350000 | users.error.scope.invalid
            zhangsan       | 张三  | Jiulongjiang-2020 | STATISTICIAN  | 350000 | users.error.scope.invalid
            """)
    void accounts_that_break_a_rule_are_refused_with_its_message_and_nothing_is_written(
            String username, String displayName, String password, String roles, String scope, String key) {
        int users = service.list().size();
        int audited = auditCount(db);
        assertThatThrownBy(
                        () -> service.create(new NewUser(username, displayName, password, roles(roles), scope(scope))))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(service.list()).hasSize(users);
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    @Test
    void a_county_of_another_city_is_neither_offered_nor_accepted_as_a_scope() {
        db.execute("insert into division (code, name, level) values ('350200', '厦门市', 'city')");
        db.execute("insert into division (code, name, level, parent_id) "
                + "select '350203', '思明区', 'county', id from division where code = '350200'");
        assertThat(service.districts())
                .extracting(District::code)
                .doesNotContain("350203", "350200")
                .hasSize(14);
        assertThatThrownBy(() -> service.create(new NewUser(
                        "stat-siming", "思明区统计员", GOOD_PASSWORD, Set.of(Role.STATISTICIAN), divisions(db, "350203"))))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("users.error.scope.invalid"));
        assertThatThrownBy(() -> service.create(new NewUser(
                        "stat-xiamen", "厦门市统计员", GOOD_PASSWORD, Set.of(Role.STATISTICIAN), divisions(db, "350200"))))
                .as("another city itself is not this installation's to report for")
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("users.error.scope.invalid"));
    }

    @Test
    void a_leader_given_a_unit_reads_that_unit_and_nothing_beside_or_above_it() {
        service.create(
                new NewUser("leader-zhangpu", "漳浦县领导", GOOD_PASSWORD, Set.of(Role.LEADER), divisions(db, "350623")));
        db.execute("insert into division (code, name, level, parent_id) "
                + "select '350623100', '绥安镇', 'town', id from division where code = '350623'");
        UserAdminFixture.signInAs("leader-zhangpu");
        var scope = currentUser.readingScope();
        assertThat(scope.home()).isEqualTo("350623");
        assertThat(scope.homeName()).isEqualTo("漳浦县");
        assertThat(scope.covers(divisions(db, "350623").iterator().next())).isTrue();
        assertThat(scope.covers(divisions(db, "350623100").iterator().next()))
                .as("a town of it")
                .isTrue();
        assertThat(scope.covers(divisions(db, "350602").iterator().next()))
                .as("a sibling")
                .isFalse();
        assertThat(scope.covers(divisions(db, "350600").iterator().next()))
                .as("the parent")
                .isFalse();
    }

    private Set<Integer> scope(String codes) {
        return codes == null || codes.isBlank() ? Set.of() : divisions(db, codes.split("\\+"));
    }
}
