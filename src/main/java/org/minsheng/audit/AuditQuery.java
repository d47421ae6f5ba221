package org.minsheng.audit;

import java.time.LocalDate;

/** Filters for browsing the audit trail; null means "any". Dates are inclusive, in China time. */
public record AuditQuery(String action, String entity, Long entityId, String actor, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
