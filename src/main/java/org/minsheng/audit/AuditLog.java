package org.minsheng.audit;

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

    AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    /** Records a change made by the user with this id (null for the system itself). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(Integer actorId, AuditEvent event) {
        return entries.insert(actorId, event);
    }
}
