package org.minsheng.audit;

import java.time.OffsetDateTime;

/** One line of the audit trail as reviewers and administrators read it; values are JSON text. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String actorName, String action, String entity,
                         Long entityId, String oldValue, String newValue, String reason, AuditEvent.Source source) {
}
