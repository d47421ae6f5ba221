package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.db.Tables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.FilterChainProxy;

/**
 * What a browser, or someone poking at the server by hand, gets back over real HTTP: the security
 * headers, and for unknown, malformed or oversized requests a refusal rather than a 500 page or a
 * stack trace. Plus the settings behind sign-in: the password hash and the session timeout.
 */
@IntegrationTest
class HttpHardeningTest {

    private static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

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

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void the_sign_in_page_comes_with_the_security_headers() throws Exception {
        var response = get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(CSP);
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("never over plain HTTP").isEmpty();
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
    void passwords_are_stored_as_bcrypt_hashes_and_sessions_end_after_thirty_idle_minutes() {
        var hash = passwords.encode("Jiulongjiang-2020");
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(passwords.matches("Jiulongjiang-2020", hash)).isTrue();
        assertThat(db.select(Tables.APP_USER.PASSWORD_HASH).from(Tables.APP_USER).fetch(Tables.APP_USER.PASSWORD_HASH))
                .isNotEmpty().allMatch(h -> h.startsWith("{bcrypt}$2a$"));
        assertThat(servletContext.getSessionTimeout()).as("minutes").isEqualTo(30);
    }

    @Test
    void unknown_malformed_and_oversized_requests_are_refused_without_a_500_or_a_stack_trace() throws Exception {
        assertRefusedCleanly(get("/no/such/page"));
        assertRefusedCleanly(get("/VAADIN/..%2F..%2Fetc%2Fpasswd"));
        assertRefusedCleanly(get("/?v-r=uidl&v-uiId=abc"));
        assertRefusedCleanly(send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[{]]}"))));
        assertRefusedCleanly(send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + "甲".repeat(3_000_000) + "&password=demo"))));
        assertRefusedCleanly(send(HttpRequest.newBuilder(uri("/login")).header("X-Padding", "x".repeat(64 * 1024)).GET()));
    }

    /** A response below 500 without a trace, or a connection the server closed (null). */
    private static void assertRefusedCleanly(HttpResponse<String> response) {
        if (response == null) {
            return;
        }
        assertThat(response.statusCode()).as("status of %s", response.uri()).isLessThan(500);
        assertThat(response.body()).as("body of %s", response.uri())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            // the server may hang up on a request it will not read (an oversized header): also a refusal
            return null;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
