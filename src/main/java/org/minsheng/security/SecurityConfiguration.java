package org.minsheng.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

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
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        // Spring's defaults, stated so nobody switches them off unawares: a new session id at sign-in
        // (a session id planted before sign-in is worthless after it) and a dead session at logout.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.logout(logout -> logout.invalidateHttpSession(true).clearAuthentication(true).deleteCookies("JSESSIONID"));
        http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE, "/" + LOGIN_ROUTE));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Sent on HTTPS responses only (a browser ignores it over HTTP): a year, subdomains too.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
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

    /** Delegating encoder: stores {bcrypt} hashes today and can move to a stronger one later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
