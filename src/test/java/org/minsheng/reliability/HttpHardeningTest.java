package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.USER_ROLE;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.db.Tables;
import org.minsheng.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.FilterChainProxy;

/**
 * What a browser, or someone poking at the server by hand, gets back over real HTTP: every route
 * signed out and as every demo account, with the security headers on every kind of response (page,
 * Vaadin's JSON, download, error), and for unknown, malformed or oversized requests a refusal rather
 * than a 500 page or a stack trace. A request that gets no answer in time fails. Plus the settings
 * behind sign-in: the password hash and the session timeout.
 */
@IntegrationTest
class HttpHardeningTest {

    private static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The demo accounts of the README: every role, and both statisticians. Password "demo". */
    private static final List<String> ACCOUNTS =
            List.of("leader", "reviewer", "comms", "admin", "stat-xiangcheng", "stat-zhangpu");

    private static final String NOT_FOUND = "页面不存在或无权访问";
    private static final List<String> FAILED = List.of("操作未能完成", "数据库暂时无法连接");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern DOWNLOAD = Pattern.compile("VAADIN/dynamic/resource/[^\"\\\\]+");

    @LocalServerPort
    int port;

    @Autowired
    FilterChainProxy securityFilters;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ServletContext servletContext;

    @Autowired
    DSLContext db;

    @Test
    void the_sign_in_page_comes_with_the_security_headers() {
        var response = WebSession.anonymous(port).get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response);
    }

    @Test
    void over_https_browsers_are_told_to_stay_on_https_for_a_year() throws Exception {
        var request = new MockHttpServletRequest(servletContext, "GET", "/login");
        request.setSecure(true);
        request.setScheme("https");
        request.setServerPort(443);
        var response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(CSP);
    }

    @Test
    void every_route_sends_a_stranger_to_the_sign_in_page_and_only_the_sign_in_page_opens() {
        var stranger = WebSession.anonymous(port);
        for (var route : routes()) {
            var path = "/" + path(route);
            var response = stranger.get(path);
            assertSecurityHeaders(response);
            if (route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(path).isEqualTo(302);
                assertThat(response.headers().firstValue("Location"))
                        .as(path)
                        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
            }
        }
    }

    /**
     * Each demo account opens each route as the browser does (the page, then Vaadin's navigation) and
     * sees the view its roles allow, or "not found" for the others, never the failure page. The
     * expectation comes from the view's own annotations, and the routes from Vaadin's registry.
     */
    @Test
    void every_route_opens_for_the_roles_its_view_names_and_is_not_found_for_everyone_else() {
        var routes = routes();
        assertThat(routes).hasSizeGreaterThan(15);
        for (var account : ACCOUNTS) {
            var roles = roles(account);
            var session = WebSession.signedIn(port, account, "demo");
            for (var route : routes) {
                var path = path(route);
                var what = account + " on /" + path;
                var page = session.get("/" + path);
                assertThat(page.statusCode()).as(what).isEqualTo(200);
                assertSecurityHeaders(page);
                var view = navigate(session, path);
                assertThat(view).as(what).doesNotContain(FAILED);
                if (allows(route.getNavigationTarget(), roles)) {
                    assertThat(view).as(what + " is allowed").doesNotContain(NOT_FOUND);
                } else {
                    assertThat(view).as(what + " is refused").contains(NOT_FOUND);
                }
            }
        }
    }

    /**
     * An address with no page behind it opens the application's own not-found page, with its way back,
     * for a signed-in user: it was an empty HTTP 403 (Vaadin 25 denies what no rule names), the browser's
     * 「Access to localhost was denied」. A stranger is still sent to sign in, and a file no rule names stays
     * closed.
     */
    @Test
    void an_unknown_address_opens_the_not_found_page_when_signed_in_and_the_sign_in_page_otherwise() {
        var leader = WebSession.signedIn(port, "leader", "demo");
        var stranger = WebSession.anonymous(port);
        for (var path : List.of("admin/divisions", "provenance", "indicator")) {
            // the application's page, whose router then shows its not-found view, as for any route
            var page = leader.get("/" + path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<html");
            assertSecurityHeaders(page);
            assertThat(navigate(leader, path)).as(path).contains(NOT_FOUND);
            var signIn = stranger.get("/" + path);
            assertThat(signIn.statusCode()).as(path).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        assertThat(leader.get("/no/such/secret.txt").statusCode()).isEqualTo(403);
    }

    @Test
    void downloads_and_error_responses_carry_the_security_headers_too() {
        var comms = WebSession.signedIn(port, "comms", "demo");
        var exports = navigate(comms, "exports");
        var link = DOWNLOAD.matcher(exports)
                .results()
                .map(m -> m.group())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no download link on /exports: " + exports));
        var download = comms.getBytes("/" + link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
        assertThat(download.body()).isNotEmpty();
        assertSecurityHeaders(download);

        // the application's page, its router saying not found (an_unknown_address_opens_the_not_found_page...)
        var unknown = comms.get("/no/such/page");
        assertRefusedCleanly(unknown);
        assertSecurityHeaders(unknown);
        var malformed = comms.send(
                uidl(comms, 0).POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[{]]}")));
        assertRefusedCleanly(malformed);
        assertSecurityHeaders(malformed);
        var forbidden = comms.postForm("/exports", Map.of("x", "1"), Map.of());
        assertThat(forbidden.statusCode())
                .as("a form post without a CSRF token")
                .isEqualTo(403);
        assertSecurityHeaders(forbidden);
        var springError = WebSession.anonymous(port).get("/error");
        assertSecurityHeaders(springError);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_and_sessions_end_after_thirty_idle_minutes() {
        var hash = passwords.encode("Jiulongjiang-2020");
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(passwords.matches("Jiulongjiang-2020", hash)).isTrue();
        assertThat(db.select(Tables.APP_USER.PASSWORD_HASH)
                        .from(Tables.APP_USER)
                        .fetch(Tables.APP_USER.PASSWORD_HASH))
                .isNotEmpty()
                .allMatch(h -> h.startsWith("{bcrypt}$2a$"));
        assertThat(servletContext.getSessionTimeout()).as("minutes").isEqualTo(30);
    }

    @Test
    void unknown_malformed_and_oversized_requests_are_refused_without_a_500_or_a_stack_trace() {
        var stranger = WebSession.anonymous(port);
        assertRefusedCleanly(stranger.get("/no/such/page"));
        assertRefusedCleanly(stranger.get("/VAADIN/..%2F..%2Fetc%2Fpasswd"));
        assertRefusedCleanly(stranger.get("/?v-r=uidl&v-uiId=abc"));
        assertRefusedCleanly(stranger.send(
                uidl(stranger, 0).POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[{]]}"))));
        // Only these two may be answered by hanging up: Tomcat does that to a request it will not read.
        stranger.sendOrClosed(HttpRequest.newBuilder(stranger.uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + "甲".repeat(3_000_000) + "&password=demo")))
                .ifPresent(HttpHardeningTest::assertRefusedCleanly);
        stranger.sendOrClosed(HttpRequest.newBuilder(stranger.uri("/login"))
                        .header("X-Padding", "x".repeat(64 * 1024))
                        .GET())
                .ifPresent(HttpHardeningTest::assertRefusedCleanly);
    }

    private static void assertRefusedCleanly(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isLessThan(500);
        assertThat(response.body())
                .as("body of %s", response.uri())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("at org.");
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        var what = response.request().method() + " " + response.uri() + " (" + response.statusCode() + ")";
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValue(CSP);
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as(what + ": never over plain HTTP")
                .isEmpty();
    }

    /**
     * What the browser does to show a route: Vaadin's bootstrap JSON for a new UI, then the navigation
     * event; the answer holds the view's texts.
     */
    private String navigate(WebSession session, String path) {
        var init = session.get("/?v-r=init&location=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        assertThat(init.statusCode()).as("init " + path).isEqualTo(200);
        assertSecurityHeaders(init);
        var key = SECURITY_KEY
                .matcher(init.body())
                .results()
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow();
        int uiId = Integer.parseInt(UI_ID.matcher(init.body())
                .results()
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow());
        var event = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + path
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        var response = session.send(uidl(session, uiId).POST(HttpRequest.BodyPublishers.ofString(event)));
        assertThat(response.statusCode()).as("navigation to " + path).isEqualTo(200);
        assertSecurityHeaders(response);
        return response.body();
    }

    private static HttpRequest.Builder uidl(WebSession session, int uiId) {
        return HttpRequest.newBuilder(session.uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json");
    }

    /** Every route Vaadin serves, so a new view is probed without anyone adding it here. */
    private List<RouteData> routes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes();
    }

    /** The route's address, with a real value for a parameter (a new parameter needs a line here). */
    private String path(RouteData route) {
        var template = route.getTemplate();
        if (!template.contains(":")) {
            return template;
        }
        var samples = Map.of(
                "indicator/:___url_parameter",
                "indicator/"
                        + db.select(INDICATOR.CODE)
                                .from(INDICATOR)
                                .orderBy(INDICATOR.ID)
                                .limit(1)
                                .fetchSingle(INDICATOR.CODE));
        assertThat(samples).as("a sample address for the route " + template).containsKey(template);
        return samples.get(template);
    }

    private Set<String> roles(String username) {
        return db
                .select(USER_ROLE.ROLE)
                .from(USER_ROLE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(USER_ROLE.USER_ID))
                .where(APP_USER.USERNAME.eq(username))
                .fetch(r -> r.value1().getLiteral().toUpperCase())
                .stream()
                .collect(Collectors.toSet());
    }

    private static boolean allows(Class<?> view, Set<String> roles) {
        if (view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        var allowed = view.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.stream(allowed.value()).anyMatch(roles::contains);
    }
}
