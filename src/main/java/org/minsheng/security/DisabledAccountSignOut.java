package org.minsheng.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled (or removed) while signed in, at its next request.
 * The services already refuse such a user, but every action then failed with a vague message; an
 * administrator who disables an account expects the person to be out. One indexed read per request
 * of a signed-in user, from the database, so it holds on every node.
 *
 * <p>Not a bean: Spring Boot would also register it as a servlet filter outside the security chain.
 */
class DisabledAccountSignOut extends OncePerRequestFilter {

    private final UserAccountRepository accounts;

    DisabledAccountSignOut(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !accounts.isEnabled(authentication.getName())) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            // The rest of the chain sees an anonymous request: a page redirects to the sign-in page,
            // a Vaadin request finds its session gone and the client reloads into that page.
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
