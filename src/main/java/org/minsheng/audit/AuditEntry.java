package org.minsheng.audit;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One line of the audit trail as reviewers and administrators read it, in parts: who, what was done
 * to what, the change itself (values are JSON text) and where it came from. The accessors below keep
 * the parts' fields at hand ({@code entry.actorName()}, {@code entry.reason()}).
 */
public record AuditEntry(
        long id, OffsetDateTime at, Actor by, String action, Target target, Change change, Origin origin) {

    /** The user who acted (null for the system), by login and by the name people know them by. */
    public record Actor(String username, String displayName) {}

    /**
     * What the entry is about.
     *
     * @param subject for a figure, the district, indicator and period it belongs to; null otherwise
     * @param unit    for a division's entry (a city's year accepted or returned, a succession), the
     *                division as people know it; null otherwise, and for a division no longer stored
     * @param period  for a reporting period's entry (created, due date moved, closed), its year and
     *                month; null otherwise
     * @param named   for an indicator's or a user's entry, its name and code or login; null otherwise, and
     *                for one no longer stored
     * @param year    for a target's entry, the year the target is set for, as it recorded it; null otherwise
     */
    public record Target(
            String entity, Long entityId, Subject subject, Unit unit, Reporting period, Named named, Integer year) {

        public Target(String entity, Long entityId, Subject subject) {
            this(entity, entityId, subject, null, null, null, null);
        }
    }

    /** An indicator or a user as people know it (农村公路单改双 road_widening), not by its row id. */
    public record Named(Names name, String code) {}

    /** A reporting period by the year and month people name it by (2027年（年报）), not by its row id. */
    public record Reporting(int year, Integer month) {}

    /** A division by name and code (思明区 350203), not by its row id. */
    public record Unit(String name, String code) {}

    /** The values before and after, and the reason given. */
    public record Change(String oldValue, String newValue, String reason) {}

    /**
     * How the change came in.
     *
     * @param importId the import batch a change came from, so a value can be traced to its file
     */
    public record Origin(AuditEvent.Source source, Long importId) {}

    public String actor() {
        return by.username();
    }

    public String actorName() {
        return by.displayName();
    }

    public String entity() {
        return target.entity();
    }

    public Long entityId() {
        return target.entityId();
    }

    public Subject subject() {
        return target.subject();
    }

    public String oldValue() {
        return change.oldValue();
    }

    public String newValue() {
        return change.newValue();
    }

    public String reason() {
        return change.reason();
    }

    public AuditEvent.Source source() {
        return origin.source();
    }

    public Long importId() {
        return origin.importId();
    }

    /** What a figure's entry is about, in words a reviewer recognises instead of "figure #1348". */
    public record Subject(String district, Names indicator, Names unit, int year, Integer month) {}

    /** A name in Chinese and in English. */
    public record Names(String zh, String en) {

        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : zh;
        }
    }
}
