package org.minsheng.security;

import java.util.Map;

/**
 * A change to a user account, published for the audit trail. The audit feature records it in the
 * publisher's transaction (a synchronous listener), so the entry is committed with the change or not
 * at all; security publishes instead of calling the audit log because audit depends on security
 * (who may read the trail) and the two must not depend on each other.
 *
 * @param actorId the administrator who made it, or null for the system itself (a lock after failed sign-ins)
 * @param action  the audit action, e.g. {@code user.create}
 * @param before  the account's audited fields before, or null when it was created
 * @param reason  why, when the change was not a person's choice; null otherwise
 */
public record AccountChanged(
        Integer actorId, String action, int userId, Map<String, ?> before, Map<String, ?> after, String reason) {}
