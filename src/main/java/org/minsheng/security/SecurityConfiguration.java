package org.minsheng.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Form login through Vaadin's integration; every view needs a signed-in user with a role. */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_ROUTE = "login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        // Spring's defaults, stated so nobody switches them off unawares: a new session id at sign-in
        // (a session id planted before sign-in is worthless after it) and a dead session at logout.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.logout(logout -> logout.invalidateHttpSession(true).clearAuthentication(true).deleteCookies("JSESSIONID"));
        http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE, "/" + LOGIN_ROUTE));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** Delegating encoder: stores {bcrypt} hashes today and can move to a stronger one later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
