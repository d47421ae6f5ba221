package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.LOGIN_THROTTLE;
import static org.minsheng.db.Tables.USER_ROLE;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.db.enums.AppRole;
import org.minsheng.support.SignedIn;
import org.minsheng.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in and sessions as a browser meets them over HTTP: login CSRF, the cookie, a disabled account. */
@IntegrationTest
class SignInHttpTest {

    private static final String USER = "http-leader";
    private static final String PASSWORD = "Jiulongjiang-2020";

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdminService users;

    @AfterEach
    void removeTestUser() {
        db.deleteFrom(APP_USER).where(APP_USER.USERNAME.eq(USER)).execute();
    }

    @Test
    void a_form_posted_from_another_site_signs_nobody_in() {
        // What a page elsewhere does with an auto-submitted form: no token, no session of ours, its own Origin.
        var victim = WebSession.anonymous(port);
        var response = victim.postForm(
                "/login",
                Map.of("username", "leader", "password", "demo"),
                Map.of("Origin", "https://attacker.example", "Referer", "https://attacker.example/form.html"));
        assertThat(response.headers().firstValue("Location").orElse("/login"))
                .as("the post is refused, not forwarded to the dashboard")
                .contains("/login");
        assertThat(victim.get("/").headers().firstValue("Location"))
                .as("still signed out")
                .hasValueSatisfying(location -> assertThat(location).contains("/login"));

        // The same account through the real form, with its token, signs in.
        assertThat(WebSession.signedIn(port, "leader", "demo").get("/").statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_session_cookie_is_not_sent_with_cross_site_posts() {
        var browser = WebSession.anonymous(port);
        var page = browser.get("/login");
        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(
                        cookie -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));
        var signedIn = browser.signIn("leader", "demo");
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .as("the new session id after sign-in")
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax"));
    }

    @Test
    void a_user_disabled_while_signed_in_is_signed_out_at_the_next_request() {
        int id = createLeader();
        var leader = WebSession.signedIn(port, USER, PASSWORD);
        assertThat(leader.get("/").statusCode()).isEqualTo(200);

        int version = db.select(APP_USER.VERSION)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchSingle(APP_USER.VERSION);
        SignedIn.as("admin", () -> users.setEnabled(id, version, false));

        var next = leader.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));

        // The session is over, not merely refused: enabling the account again does not bring it back.
        SignedIn.as("admin", () -> users.setEnabled(id, version + 1, true));
        assertThat(leader.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void a_forged_forwarded_for_header_does_not_change_the_address_the_throttle_counts() {
        var stranger = WebSession.anonymous(port);
        for (int i = 1; i <= 3; i++) {
            stranger.signIn(
                    "no-such-user",
                    "wrong",
                    Map.of(
                            "X-Forwarded-For",
                            "198.51.100." + i,
                            "X-Real-IP",
                            "198.51.100." + i,
                            "Forwarded",
                            "for=198.51.100." + i));
        }
        assertThat(db.fetchCount(LOGIN_THROTTLE, LOGIN_THROTTLE.SOURCE.like("198.51.100.%")))
                .isZero();
        assertThat(db.select(LOGIN_THROTTLE.FAILURES)
                        .from(LOGIN_THROTTLE)
                        .where(LOGIN_THROTTLE.SOURCE.in("127.0.0.1", "0:0:0:0:0:0:0:0/64"))
                        .fetch(LOGIN_THROTTLE.FAILURES))
                .as("counted against the connection's own address")
                .singleElement()
                .satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(3));

        // A sign-in from the address clears its count, so the tests after this one start clean.
        WebSession.signedIn(port, "leader", "demo");
        assertThat(db.fetchCount(LOGIN_THROTTLE, LOGIN_THROTTLE.SOURCE.in("127.0.0.1", "0:0:0:0:0:0:0:0/64")))
                .isZero();
    }

    private int createLeader() {
        int id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, USER)
                .set(APP_USER.DISPLAY_NAME, "测试领导")
                .set(APP_USER.PASSWORD_HASH, encoder.encode(PASSWORD))
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        db.insertInto(USER_ROLE)
                .set(USER_ROLE.USER_ID, id)
                .set(USER_ROLE.ROLE, AppRole.leader)
                .execute();
        return id;
    }
}
