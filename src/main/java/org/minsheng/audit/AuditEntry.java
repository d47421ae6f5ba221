package org.minsheng.audit;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One line of the audit trail as reviewers and administrators read it; values are JSON text.
 *
 * @param importId the import batch a change came from, so a value can be traced to its file
 * @param subject  for a figure, the district, indicator and period it belongs to; null otherwise
 */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String actor,
        String actorName,
        String action,
        String entity,
        Long entityId,
        String oldValue,
        String newValue,
        String reason,
        AuditEvent.Source source,
        Long importId,
        Subject subject) {

    /** What a figure's entry is about, in words a reviewer recognises instead of "figure #1348". */
    public record Subject(String district, Names indicator, Names unit, int year, Integer month) {}

    /** A name in Chinese and in English. */
    public record Names(String zh, String en) {

        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : zh;
        }
    }
}
