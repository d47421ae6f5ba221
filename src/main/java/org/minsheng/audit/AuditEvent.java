package org.minsheng.audit;

import java.util.Map;

/**
 * One change as the audit trail keeps it. Old and new values are small maps (field → value) so the
 * trail can show exactly what changed; a null map means "did not exist" (created or deleted).
 *
 * @param importId the import batch the change came from, null for other sources
 */
public record AuditEvent(
        String action,
        String entity,
        Long entityId,
        Map<String, ?> oldValue,
        Map<String, ?> newValue,
        String reason,
        Source source,
        Long importId) {

    public enum Source {
        FORM,
        IMPORT,
        API,
        SYSTEM
    }

    public static AuditEvent of(
            String action,
            String entity,
            long entityId,
            Map<String, ?> oldValue,
            Map<String, ?> newValue,
            String reason,
            Source source) {
        return new AuditEvent(action, entity, entityId, oldValue, newValue, reason, source, null);
    }
}
