package org.minsheng.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The user on whose behalf a service call runs. Services ask here rather than trusting a view, so
 * every path (view, import, export) passes the same checks.
 */
@Service
public class CurrentUser {

    private static final String READ_IN_REQUEST = CurrentUser.class.getName() + ".readInRequest";

    private final UserAccountRepository accounts;

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * The signed-in user, read afresh for each request (each transaction where there is no request: a
     * background import, a push to an open page) so a changed role or scope, or a disabled account,
     * applies from the next one on. Within one request or transaction the account is read once: a
     * commit of an import calls the services' checks a dozen times, and opening a dashboard runs eight
     * transactions, each of which read the same row (5% of the server's CPU under goal 1's load,
     * docs/benchmarks.md 6.2). A change to an account made within the request is read at once.
     */
    public AppUser get() {
        var username = requireSignedIn();
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PublicReading.Token) {
            return PublicReading.PUBLIC;
        }
        var users = readInRequest();
        if (users == null) {
            users = readInTransaction();
        }
        return users == null ? read(username) : users.computeIfAbsent(username, this::read);
    }

    /**
     * The accounts read in this thread's transaction, by username; null outside one. Kept with the
     * transaction's synchronizations, which Spring drops when it ends: nothing read here outlives the
     * transaction or reaches another thread.
     */
    private static Map<String, AppUser> readInTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof ReadInTransaction read) {
                return read.users;
            }
        }
        var read = new ReadInTransaction();
        TransactionSynchronizationManager.registerSynchronization(read);
        return read.users;
    }

    /**
     * The accounts read in this thread's HTTP request, by username; null outside one. Kept as a request
     * attribute, which the servlet container drops with the request: nothing read here outlives it, and
     * Spring does not hand request attributes to other threads.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, AppUser> readInRequest() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        var users = (Map<String, AppUser>) request.getAttribute(READ_IN_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (users == null) {
            users = new HashMap<>();
            request.setAttribute(READ_IN_REQUEST, users, RequestAttributes.SCOPE_REQUEST);
        }
        return users;
    }

    /**
     * An account changed within the request (an administrator editing their own roles, a lock after a
     * failed sign-in): what the request read of it before is read again.
     */
    @EventListener
    void accountChanged(AccountChanged change) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(READ_IN_REQUEST, RequestAttributes.SCOPE_REQUEST);
        }
        var inTransaction = readInTransaction();
        if (inTransaction != null) {
            inTransaction.clear();
        }
    }

    private AppUser read(String username) {
        return accounts.findByUsername(username)
                .filter(UserAccountRepository.Account::enabled)
                .map(UserAccountRepository.Account::user)
                .orElseThrow(() -> new AccessDeniedException("unknown or disabled user"));
    }

    /** The accounts read in one transaction, by username (a test may switch users within one). */
    private static final class ReadInTransaction implements TransactionSynchronization {
        private final Map<String, AppUser> users = new HashMap<>();
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

    /**
     * The units whose figures the signed-in user may read: a leader or a reviewer with a scope unit reads
     * its subtree only (a reviewer also approves and returns only there); anyone else every unit (a
     * statistician's scope is what they enter, not what they read, so a statistician who also reviews
     * stays the root's reviewer).
     */
    public ReadingScope readingScope() {
        var user = get();
        if (!Role.scopeIsRead(user.roles()) || user.scope().isEmpty()) {
            return ReadingScope.EVERY_UNIT;
        }
        return accounts.readingScope(user.scope());
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
