package org.minsheng.audit;

import java.util.List;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. It joins the caller's transaction and refuses to run without one, so an
 * audit entry is committed with its change or not at all.
 */
@Service
public class AuditLog {

    private final AuditRepository entries;
    private final CurrentUser currentUser;

    AuditLog(AuditRepository entries, CurrentUser currentUser) {
        this.entries = entries;
        this.currentUser = currentUser;
    }

    /** A page of the trail, newest first; for reviewers and administrators only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        currentUser.require(Role.REVIEWER, Role.ADMINISTRATOR);
        return entries.search(query, offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        currentUser.require(Role.REVIEWER, Role.ADMINISTRATOR);
        return entries.count(query);
    }

    /** Records a change made by the user with this id (null for the system itself). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(Integer actorId, AuditEvent event) {
        requireKnown(event);
        return entries.insert(actorId, event);
    }

    /** A change recorded under an action nobody can read or filter on is a programming error: fail it. */
    private static void requireKnown(AuditEvent event) {
        if (AuditAction.of(event.action()).isEmpty()) {
            throw new IllegalArgumentException("Unknown audit action '" + event.action() + "': add it to AuditAction");
        }
    }
}
