package org.minsheng.security;

import java.util.Locale;
import java.util.Map;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks an account for a while after too many in a row,
 * which turns guessing a password online from minutes into years. A success clears the count.
 */
@Service
@Transactional
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final int maxFailures;
    private final int lockMinutes;

    LoginAttempts(UserAccountRepository accounts, AuditLog audit,
                  @Value("${minsheng.login.max-failures}") int maxFailures,
                  @Value("${minsheng.login.lock-minutes}") int lockMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    void failed(String username) {
        accounts.recordFailure(normalize(username), maxFailures, lockMinutes).ifPresent(id ->
                audit.record(null, AuditEvent.of("user.locked", "app_user", id, Map.of("locked", false),
                        Map.of("locked", true, "minutes", lockMinutes), maxFailures + " failed sign-ins in a row",
                        AuditEvent.Source.SYSTEM)));
    }

    void succeeded(String username) {
        accounts.recordSuccess(normalize(username));
    }

    /** The same normalisation as the account lookup, so "Admin " counts against admin. */
    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
