package org.minsheng.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit trail as reviewers and administrators read it; values are JSON text.
 *
 * @param importId the import batch a change came from, so a value can be traced to its file
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String actorName, String action, String entity,
                         Long entityId, String oldValue, String newValue, String reason, AuditEvent.Source source,
                         Long importId) {
}
