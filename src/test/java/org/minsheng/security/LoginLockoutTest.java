package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.AUDIT_ENTRY;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;

/** Five wrong passwords in a row lock an account for fifteen minutes; a success clears the count. */
@IntegrationTest
@Transactional
class LoginLockoutTest {

    private static final String USER = "stat-zhangpu";

    @Autowired
    ThrottledAuthenticationProvider login;

    @Autowired
    DSLContext db;

    @Test
    void four_failures_and_then_the_right_password_sign_in_and_clear_the_count() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(failedLogins()).isEqualTo(4);
        assertThat(signIn(USER, "demo").isAuthenticated()).isTrue();
        assertThat(failedLogins()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(" Stat-Zhangpu ", "demo").isAuthenticated()).isTrue();
    }

    @Test
    void the_fifth_failure_locks_the_account_for_fifteen_minutes_even_for_the_right_password() {
        int audited = db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("user.locked"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        var lockedUntil = db.select(APP_USER.LOCKED_UNTIL).from(APP_USER).where(APP_USER.USERNAME.eq(USER))
                .fetchSingle(APP_USER.LOCKED_UNTIL);
        assertThat(Duration.between(OffsetDateTime.now(), lockedUntil))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("user.locked"))).isEqualTo(audited + 1);

        assertThatThrownBy(() -> signIn(USER, "demo")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn(USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("stat-xiangcheng", "demo").isAuthenticated()).as("other accounts are not affected").isTrue();
    }

    @Test
    void after_the_lockout_expires_the_right_password_signs_in_again() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        // Fifteen minutes pass. (now() is the start of this test's transaction, as in the lockout's own check.)
        db.execute("update app_user set locked_until = now() - interval '1 second' where username = ?", USER);
        assertThat(signIn(USER, "demo").isAuthenticated()).isTrue();
        assertThat(db.select(APP_USER.LOCKED_UNTIL).from(APP_USER).where(APP_USER.USERNAME.eq(USER)).fetchSingle().value1())
                .isNull();
    }

    @Test
    void unknown_usernames_fail_like_a_wrong_password() {
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> signIn("no-such-user", "demo")).isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication signIn(String username, String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private int failedLogins() {
        return db.select(APP_USER.FAILED_LOGINS).from(APP_USER).where(APP_USER.USERNAME.eq(USER)).fetchSingle().value1();
    }
}
