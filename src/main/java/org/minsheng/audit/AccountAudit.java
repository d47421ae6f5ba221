package org.minsheng.audit;

import org.minsheng.security.AccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the account changes security publishes into the trail. The listener is synchronous, so it
 * runs in the publisher's transaction and a failure here undoes the change, as a direct call did.
 */
@Component
class AccountAudit {

    private static final String ENTITY = "app_user";

    private final AuditLog audit;

    AccountAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void record(AccountChanged change) {
        audit.record(
                change.actorId(),
                AuditEvent.of(
                        change.action(),
                        ENTITY,
                        change.userId(),
                        change.before(),
                        change.after(),
                        change.reason(),
                        change.actorId() == null ? AuditEvent.Source.SYSTEM : AuditEvent.Source.FORM));
    }
}
