package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.AUDIT_ENTRY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in throttle (LoginAttempts) from both sides: a stranger guessing gets no more tries than a
 * plain five-in-fifteen-minutes lockout allows, and cannot use it to keep the real user out. Time is
 * a clock the test moves, so no test waits; every change is rolled back.
 */
@IntegrationTest
@Transactional
class LoginLockoutTest {

    private static final String USER = "stat-zhangpu";
    /** The statistician's office: an address they have signed in from. */
    private static final String OFFICE = "198.51.100.20";

    private static final String HOME = "2001:db8:5:7:aaaa::1";
    private static final String ATTACKER = "203.0.113.66";

    @Autowired
    AccountDetailsService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    UserAdminService users;

    @Autowired
    DSLContext db;

    private final MovableClock clock = new MovableClock(Instant.now());
    private ThrottledAuthenticationProvider login;

    @BeforeEach
    void throttleOnTheTestsClock() {
        login = new ThrottledAuthenticationProvider(accounts, encoder, attempts, clock);
    }

    // The attacker's view

    @Test
    void five_wrong_passwords_from_elsewhere_lock_the_account_against_every_stranger_for_fifteen_minutes() {
        int audited = db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("user.locked"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(ATTACKER, USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(lockedUntil(USER)).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("user.locked")))
                .isEqualTo(audited + 1);

        assertThatThrownBy(() -> signIn(ATTACKER, USER, "demo"))
                .as("even the right password")
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn("192.0.2.9", USER, "demo"))
                .as("from any address it has not used")
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn(ATTACKER, USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(ATTACKER, "stat-xiangcheng", "demo").isAuthenticated())
                .as("other accounts are not affected")
                .isTrue();

        clock.move(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn(ATTACKER, USER, "demo")).isInstanceOf(LockedException.class);
        clock.move(Duration.ofMinutes(1));
        assertThat(signIn(ATTACKER, USER, "demo").isAuthenticated()).isTrue();
    }

    @Test
    void spreading_the_guesses_over_many_addresses_buys_no_more_of_them() {
        for (int i = 1; i <= 5; i++) {
            var address = "203.0.113." + i;
            assertThatThrownBy(() -> signIn(address, USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("203.0.113.6", USER, "demo")).isInstanceOf(LockedException.class);
        // Nor does stepping through the addresses of one IPv6 network: they count as one address.
        assertThat(LoginSource.ofAddress("2001:db8:5:7::1"))
                .isEqualTo(LoginSource.ofAddress("2001:db8:5:7:ffff::2"))
                .isNotEqualTo(LoginSource.ofAddress("2001:db8:5:8::1"));
    }

    @Test
    void an_address_failing_against_many_accounts_waits_longer_after_each_failure_and_early_tries_are_not_checked() {
        for (int i = 0; i < 10; i++) {
            var username = i % 2 == 0 ? "no-such-user-" + i : "comms";
            assertThatThrownBy(() -> signIn(ATTACKER, username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        // Ten failures are free; the eleventh sets a wait of 2 s, the twelfth of 4 s, and so on.
        assertThatThrownBy(() -> signIn(ATTACKER, "reviewer", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(ATTACKER, "leader", "demo"))
                .as("even the right password, too early")
                .isInstanceOfSatisfying(
                        SignInThrottledException.class,
                        e -> assertThat(e.waitUntil()).isEqualTo(clock.instant().plusSeconds(2)));
        assertThat(failedLogins("leader"))
                .as("a refused attempt counts against no account")
                .isZero();

        clock.move(Duration.ofSeconds(2));
        assertThatThrownBy(() -> signIn(ATTACKER, "reviewer", "wrong")).isInstanceOf(BadCredentialsException.class);
        clock.move(Duration.ofSeconds(3));
        assertThatThrownBy(() -> signIn(ATTACKER, "leader", "demo")).isInstanceOf(SignInThrottledException.class);
        clock.move(Duration.ofSeconds(1));
        assertThat(signIn(ATTACKER, "leader", "demo").isAuthenticated()).isTrue();
        assertThat(attempts.waitAfter(30))
                .as("the wait stops growing at the lock time")
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void unknown_usernames_fail_like_a_wrong_password() {
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> signIn(ATTACKER, "no-such-user", "demo"))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    // The real user's view

    @Test
    void an_administrator_signs_in_from_their_own_address_while_a_stranger_keeps_the_account_locked() {
        assertThat(signIn(OFFICE, "admin", "demo").isAuthenticated()).isTrue();
        // Every fifteen minutes, five guesses from fresh addresses: all the lock lets anyone have.
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 5; i++) {
                var address = "203.0.113." + (round * 10 + i);
                assertThatThrownBy(() -> signIn(address, "admin", "wrong")).isInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> signIn(ATTACKER, "admin", "demo")).isInstanceOf(LockedException.class);
            assertThat(signIn(OFFICE, "admin", "demo").isAuthenticated())
                    .as("round %d", round)
                    .isTrue();
            clock.move(Duration.ofMinutes(15));
        }
    }

    @Test
    void the_users_own_typos_lock_only_the_address_they_came_from() {
        assertThat(signIn(OFFICE, USER, "demo").isAuthenticated()).isTrue();
        assertThat(signIn(HOME, USER, "demo").isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(OFFICE, USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(OFFICE, USER, "demo").isAuthenticated())
                .as("four typos and the right one: in")
                .isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(OFFICE, USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(OFFICE, USER, "demo")).isInstanceOf(LockedException.class);
        assertThat(signIn("2001:db8:5:7:bbbb::9", USER, "demo").isAuthenticated())
                .as("home, same /64")
                .isTrue();
        assertThat(lockedUntil(USER)).as("strangers' count untouched").isNull();

        clock.move(Duration.ofMinutes(15));
        assertThat(signIn(OFFICE, USER, "demo").isAuthenticated()).isTrue();
    }

    @Test
    void a_busy_address_that_must_wait_still_lets_in_the_accounts_that_signed_in_from_it() {
        // A shared office address (NAT), where one machine sprays guesses over many accounts.
        assertThat(signIn(OFFICE, USER, "demo").isAuthenticated()).isTrue();
        for (int i = 0; i < 12; i++) {
            var username = "no-such-user-" + i;
            clock.move(Duration.ofMinutes(1));
            assertThatThrownBy(() -> signIn(OFFICE, username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(OFFICE, "leader", "demo")).isInstanceOf(SignInThrottledException.class);
        assertThat(signIn(OFFICE, USER, "demo").isAuthenticated()).isTrue();
    }

    @Test
    void an_administrators_password_reset_lifts_every_lock_of_the_account() {
        assertThat(signIn(OFFICE, USER, "demo").isAuthenticated()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(OFFICE, USER, "wrong")).isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> signIn(ATTACKER, USER, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        var id = db.select(APP_USER.ID, APP_USER.VERSION)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(USER))
                .fetchSingle();
        SignedIn.as("admin", () -> users.resetPassword(id.value1(), id.value2(), "Jiulongjiang-2020"));
        assertThat(signIn(OFFICE, USER, "Jiulongjiang-2020").isAuthenticated()).isTrue();
        assertThat(signIn("192.0.2.9", USER, "Jiulongjiang-2020").isAuthenticated())
                .isTrue();
    }

    private Authentication signIn(String address, String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return login.authenticate(token);
    }

    private Instant lockedUntil(String username) {
        var until = db.select(APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.LOCKED_UNTIL);
        return until == null ? null : until.toInstant();
    }

    private int failedLogins(String username) {
        return db.select(APP_USER.FAILED_LOGINS)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.FAILED_LOGINS);
    }

    /** A clock that stands still until the test moves it (to the microsecond, as PostgreSQL stores it). */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            now = start.truncatedTo(ChronoUnit.MICROS);
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
