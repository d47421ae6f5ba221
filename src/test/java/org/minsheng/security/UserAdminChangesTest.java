package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.security.UserAdminFixture.GOOD_PASSWORD;
import static org.minsheng.security.UserAdminFixture.auditCount;
import static org.minsheng.security.UserAdminFixture.auditFor;
import static org.minsheng.security.UserAdminFixture.divisions;
import static org.minsheng.security.UserAdminFixture.signInAs;

import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Edits of existing accounts: roles, scopes, disabling, passwords, and the rules that guard them. */
@IntegrationTest
@Transactional
@WithMockUser("admin")
class UserAdminChangesTest {

    @Autowired
    UserAdminService service;

    @Autowired
    UserDetailsService logins;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DSLContext db;

    @Test
    void a_statistician_gets_a_second_district_and_the_audit_keeps_old_and_new_scope() {
        var zhangpu = user("stat-zhangpu");
        var changed = service.update(new UserChange(
                zhangpu.id(),
                zhangpu.version(),
                "漳浦县、云霄县统计员",
                Set.of(Role.STATISTICIAN),
                divisions(db, "350623", "350622")));

        assertThat(changed.version()).isEqualTo(zhangpu.version() + 1);
        assertThat(changed.displayName()).isEqualTo("漳浦县、云霄县统计员");
        assertThat(changed.scope()).extracting(District::name).containsExactlyInAnyOrder("漳浦县", "云霄县");
        var entry = auditFor(db, zhangpu.id()).getLast();
        assertThat(entry.getAction()).isEqualTo("user.update");
        assertThat(entry.getOldValue().data()).contains("350623").doesNotContain("350622");
        assertThat(entry.getNewValue().data()).contains("350623", "350622", "漳浦县、云霄县统计员");
    }

    @Test
    void an_edit_based_on_a_stale_copy_is_refused_and_the_newer_edit_stays() {
        var leader = user("leader");
        service.update(new UserChange(leader.id(), leader.version(), "市纪委监委主要领导", Set.of(Role.LEADER), Set.of()));
        int audited = auditCount(db);

        assertRefused(
                "users.error.stale",
                () -> service.update(new UserChange(
                        leader.id(), leader.version(), "旧的名称", Set.of(Role.LEADER, Role.REVIEWER), Set.of())));
        assertRefused("users.error.stale", () -> service.setEnabled(leader.id(), leader.version(), false));
        assertRefused("users.error.stale", () -> service.resetPassword(leader.id(), leader.version(), GOOD_PASSWORD));
        assertThat(user("leader").displayName()).isEqualTo("市纪委监委主要领导");
        assertThat(user("leader").enabled()).isTrue();
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    @Test
    void a_disabled_user_can_no_longer_sign_in_and_is_enabled_again() {
        var comms = user("comms");
        var disabled = service.setEnabled(comms.id(), comms.version(), false);
        assertThat(logins.loadUserByUsername("comms").isEnabled()).isFalse();
        service.setEnabled(disabled.id(), disabled.version(), true);
        assertThat(logins.loadUserByUsername("comms").isEnabled()).isTrue();
        assertThat(auditFor(db, comms.id()))
                .extracting(e -> e.getAction())
                .containsExactly("user.disable", "user.enable");
        assertThat(auditFor(db, comms.id()).getFirst().getNewValue().data()).contains("\"enabled\": false");
    }

    @Test
    void a_password_reset_follows_the_rules_lifts_a_lockout_and_never_audits_the_hash() {
        var reviewer = user("reviewer");
        assertRefused(
                "users.error.password.tooShort",
                () -> service.resetPassword(reviewer.id(), reviewer.version(), "short"));
        assertRefused(
                "users.error.password.containsUsername",
                () -> service.resetPassword(reviewer.id(), reviewer.version(), "reviewer-2020-12"));
        assertRefused(
                "users.error.password.common",
                () -> service.resetPassword(reviewer.id(), reviewer.version(), "qwertyuiop"));
        assertThat(auditFor(db, reviewer.id())).isEmpty();
        db.execute(
                "update app_user set failed_logins = 3, locked_until = now() + interval '10 minutes' where username = 'reviewer'");

        var reset = service.resetPassword(reviewer.id(), reviewer.version(), GOOD_PASSWORD);
        assertThat(reset.locked()).isFalse();
        var login = logins.loadUserByUsername("reviewer");
        assertThat(encoder.matches(GOOD_PASSWORD, login.getPassword())).isTrue();
        assertThat(encoder.matches("demo", login.getPassword())).isFalse();
        assertThat(login.isAccountNonLocked()).isTrue();
        var entry = auditFor(db, reviewer.id()).getLast();
        assertThat(entry.getAction()).isEqualTo("user.password_reset");
        assertThat(entry.getOldValue().data() + entry.getNewValue().data())
                .doesNotContain("bcrypt", "$2a$", GOOD_PASSWORD, login.getPassword());
    }

    @Test
    void the_last_administrator_can_neither_disable_themselves_nor_give_up_the_role() {
        var admin = user("admin");
        assertRefused("users.error.lastAdministrator", () -> service.setEnabled(admin.id(), admin.version(), false));
        assertRefused(
                "users.error.lastAdministrator",
                () -> service.update(new UserChange(
                        admin.id(), admin.version(), admin.displayName(), Set.of(Role.LEADER), Set.of())));
        assertThat(user("admin").has(Role.ADMINISTRATOR)).isTrue();
        assertThat(user("admin").enabled()).isTrue();
    }

    @Test
    void a_disabled_administrator_does_not_count_as_a_second_one() {
        var second =
                service.create(new NewUser("admin2", "第二管理员", GOOD_PASSWORD, Set.of(Role.ADMINISTRATOR), Set.of()));
        service.setEnabled(second.id(), second.version(), false);
        var admin = user("admin");
        assertRefused("users.error.lastAdministrator", () -> service.setEnabled(admin.id(), admin.version(), false));
    }

    @Test
    void with_a_second_administrator_the_first_may_step_down_and_the_second_is_then_the_last() {
        service.create(new NewUser("admin2", "第二管理员", GOOD_PASSWORD, Set.of(Role.ADMINISTRATOR), Set.of()));
        var admin = user("admin");
        var steppedDown = service.update(
                new UserChange(admin.id(), admin.version(), admin.displayName(), Set.of(Role.LEADER), Set.of()));
        assertThat(steppedDown.roles()).containsExactly(Role.LEADER);

        signInAs("admin2");
        var second = user("admin2");
        assertRefused("users.error.lastAdministrator", () -> service.setEnabled(second.id(), second.version(), false));
    }

    @Test
    void an_unknown_user_is_refused_with_a_message() {
        assertRefused("users.error.notFound", () -> service.setEnabled(999_999, 0, false));
    }

    private UserSummary user(String username) {
        return service.list().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static void assertRefused(String key, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
