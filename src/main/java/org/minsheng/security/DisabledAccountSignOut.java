package org.minsheng.security;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
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

    private static final Logger log = LoggerFactory.getLogger(DisabledAccountSignOut.class);
    private static final long OUTAGE_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final UserAccountRepository accounts;
    private final DataSource dataSource;
    private volatile long lastOutage = System.nanoTime() - OUTAGE_PAUSE_NANOS;

    DisabledAccountSignOut(UserAccountRepository accounts, DataSource dataSource) {
        this.accounts = accounts;
        this.dataSource = dataSource;
    }

    /**
     * An empty pool means the database has gone away (the pool keeps idle connections otherwise): then
     * this check must not be the request that waits for a new connection, nor add to the attempts the
     * pool backs off from once the database is back.
     */
    private boolean poolIsEmpty() {
        return dataSource instanceof HikariDataSource hikari
                && hikari.getHikariPoolMXBean() != null
                && hikari.getHikariPoolMXBean().getTotalConnections() == 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !enabled(authentication.getName())) {
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

    /**
     * True unless the database says the account is disabled. When the database cannot answer, the
     * request goes on (anything it does needs the database too, and the page then says it is out of
     * reach), and for a few seconds no further check waits for the pool's timeout, so an outage is not
     * reported twice as slowly.
     */
    private boolean enabled(String username) {
        if (System.nanoTime() - lastOutage < OUTAGE_PAUSE_NANOS || poolIsEmpty()) {
            return true;
        }
        try {
            return accounts.isEnabled(username);
        } catch (DataAccessException | org.jooq.exception.DataAccessException unreachable) {
            lastOutage = System.nanoTime();
            log.debug("account check skipped: {}", unreachable.toString());
            return true;
        }
    }
}
