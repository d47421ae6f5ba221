package org.minsheng.security;

import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The user on whose behalf a service call runs. Services ask here rather than trusting a view, so
 * every path (view, import, export) passes the same checks.
 */
@Service
public class CurrentUser {

    private final UserAccountRepository accounts;

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The signed-in user, freshly read so a changed role or scope applies at once. */
    public AppUser get() {
        return accounts.findByUsername(requireSignedIn())
                .filter(UserAccountRepository.Account::enabled)
                .map(UserAccountRepository.Account::user)
                .orElseThrow(() -> new AccessDeniedException("unknown or disabled user"));
    }

    /**
     * Refuses a caller nobody signed in as, without reading the database: for reference data (division
     * codes, the indicator catalogue) that every signed-in role may read and other services read often.
     *
     * @return the username
     */
    public String requireSignedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("not signed in");
        }
        return authentication.getName();
    }

    /** The signed-in user, provided they hold one of the roles; refused otherwise. */
    public AppUser require(Role... anyOf) {
        var user = get();
        for (var role : anyOf) {
            if (user.has(role)) {
                return user;
            }
        }
        throw new AccessDeniedException("requires one of " + Arrays.toString(anyOf));
    }
}
