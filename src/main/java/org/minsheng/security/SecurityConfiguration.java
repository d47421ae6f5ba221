package org.minsheng.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** Form login through Vaadin's integration; every view needs a signed-in user with a role. */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_ROUTE = "login";

    /**
     * Everything from this server only, nothing framing it from elsewhere. Vaadin's client needs inline
     * scripts and styles (its bootstrap page and Lumo's theme) and eval for its templates, so those stay
     * allowed; what a CSP still buys here is that no script, style, font or connection can come from
     * another origin, and no plug-in content at all.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                    + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * The public disclosure pages and what they load: scripts from this server only and no inline
     * script at all (the charts' data travels as JSON), no form, no framing (embeds will name their
     * origins), no connection anywhere.
     */
    static final String PUBLIC_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * Embedded charts (/public/embed/**): the public pages' rules, but framed by the sites the
     * administrator lists ({@code minsheng.embed.origins}, space- or comma-separated; none by default),
     * through CSP frame-ancestors, which browsers honour over X-Frame-Options (not sent here).
     */
    @Bean
    @Order(0)
    SecurityFilterChain embeddedCharts(HttpSecurity http, @Value("${minsheng.embed.origins:}") String origins)
            throws Exception {
        var ancestors =
                origins.isBlank() ? "'none'" : String.join(" ", origins.strip().split("[\\s,]+"));
        anyoneWithoutSession(http.securityMatcher("/public/embed/**"))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(PUBLIC_CONTENT_SECURITY_POLICY.replace(
                                        "frame-ancestors 'none'", "frame-ancestors " + ancestors)))
                        .frameOptions(frame -> frame.disable())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * The public pages (/public/**) and their assets, for anyone: no sign-in, and no session, so a
     * crowd of visitors costs the server no memory; nothing there takes a form, so no CSRF token
     * either. Checked before the application's chain, which would send them to the sign-in page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicPages(HttpSecurity http, @Value("${minsheng.api.cors-origins:}") List<String> corsOrigins)
            throws Exception {
        http.securityMatcher(
                        "/public",
                        "/public/**",
                        "/public-assets/**",
                        "/webjars/**",
                        "/api/v1/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**")
                .cors(cors -> cors.configurationSource(readApiOrigins(corsOrigins)));
        anyoneWithoutSession(http)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(PUBLIC_CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * For anyone, and nothing kept between requests: no session, no saved request or context, no
     * anonymous token, and no CSRF token, as nothing public takes a form.
     */
    private static HttpSecurity anyoneWithoutSession(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable());
    }

    /**
     * Browsers of the configured origins (the commission's website, say) may read the API from their
     * pages; any other origin's page may not, though anyone may fetch it directly. None by default.
     */
    private static CorsConfigurationSource readApiOrigins(List<String> origins) {
        var api = new CorsConfiguration();
        api.setAllowedOrigins(
                origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
        api.setAllowedMethods(List.of("GET", "HEAD"));
        api.setExposedHeaders(List.of("ETag", "Retry-After", "X-RateLimit-Remaining"));
        api.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/**", api);
        return source;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, RequestUtil vaadinRequests, UserAccountRepository accounts, DataSource dataSource)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**", "/favicon.ico", "/ready")
                .permitAll());
        // Spring's defaults, stated so nobody switches them off unawares: a new session id at sign-in
        // (a session id planted before sign-in is worthless after it) and a dead session at logout.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.logout(logout ->
                logout.invalidateHttpSession(true).clearAuthentication(true).deleteCookies("JSESSIONID"));
        // Vaadin exempts its login form from CSRF protection, so a page on another site could sign a
        // visitor in as an account of its choosing (login CSRF). Here only Vaadin's own requests are
        // exempt (they carry Vaadin's token); the login form sends Spring's, which Vaadin's bootstrap
        // puts in the page and <vaadin-login-form> posts along.
        http.with(
                vaadin(),
                vaadin -> vaadin.loginView(LOGIN_ROUTE, "/" + LOGIN_ROUTE)
                        .enableCsrfConfiguration(false)
                        .anyRequest(any -> any.access(SecurityConfiguration::routerForSignedIn)));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new LoginPageOnStaleToken());
                        return filter;
                    }
                }));
        http.addFilterBefore(new DisabledAccountSignOut(accounts, dataSource), AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Sent on HTTPS responses only (a browser ignores it over HTTP): a year, subdomains too.
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Written before the request is handled: Vaadin's page for /login completes the response in a way
                // Spring's "on commit" hook misses, and that page went out without these headers.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.build();
    }

    /**
     * An address no rule names (no route, no asset): Vaadin 25 denies it, so a signed-in user's mistyped
     * /admin/divisions was an empty HTTP 403 instead of the router's not-found page with its way back. A
     * signed-in user's now reaches the router; a stranger is still sent to sign in, and a file's address (a
     * dot in its last segment) stays closed to everyone, as Vaadin has it, so no file a library ships
     * becomes readable.
     */
    private static AuthorizationResult routerForSignedIn(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        var path = context.getRequest().getRequestURI();
        if (path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return new AuthorizationDecision(false);
        }
        return AuthenticatedAuthorizationManager.authenticated().authorize(authentication, context);
    }

    /**
     * A sign-in without a valid token goes back to a fresh sign-in page (the form sat open past the
     * session timeout, or was posted from elsewhere); anything else refused for CSRF is a plain 403.
     */
    private static final class LoginPageOnStaleToken implements AccessDeniedHandler {

        private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                throws IOException, ServletException {
            if (denied instanceof CsrfException && ("/" + LOGIN_ROUTE).equals(request.getServletPath())) {
                response.sendRedirect(request.getContextPath() + "/" + LOGIN_ROUTE);
            } else {
                forbidden.handle(request, response, denied);
            }
        }
    }

    /** Delegating encoder: stores {bcrypt} hashes today and can move to a stronger one later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
