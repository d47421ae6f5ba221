package org.minsheng.figure;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.minsheng.audit.AuditAction;
import org.minsheng.audit.AuditEvent;
import org.minsheng.base.db.Unnest;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.ChangeSource;
import org.springframework.stereotype.Repository;

/**
 * The import's write of a whole file: one hand-written statement that does in SQL what the form's
 * path does row by row through {@link FigureRepository} and the audit log. Apart from that repository
 * because it shares none of its jOOQ queries or row mapping, only the table.
 */
@Repository
class ImportDraftRepository {

    private final DSLContext db;

    ImportDraftRepository(DSLContext db) {
        this.db = db;
    }

    /** A batch's value for one cell, in the file's order. */
    record Draft(CellKey key, BigDecimal value, boolean notApplicable, String explanation) {}

    /** What {@link #writeDrafts} did: rows written (each audited), and cells it found under review. */
    record Written(int written, int underReview) {}

    /**
     * A figure as its audit entry shows it, in SQL: {@link StoredFigure#auditView()}'s keys and texts
     * (value as plain text, status as the domain's name, the reasons only when given), so the import's
     * entries read as the form's do. {@code ImportAuditTest} holds the two to each other.
     */
    private static String auditView(String row) {
        return """
                (jsonb_build_object('value', %1$s.value::text, 'notApplicable', %1$s.not_applicable,
                        'status', upper(%1$s.status::text), 'revision', %1$s.revision)
                 || jsonb_strip_nulls(jsonb_build_object('explanation', %1$s.explanation,
                        'returnReason', %1$s.return_reason, 'correctionReason', %1$s.correction_reason)))""".formatted(row);
    }

    /**
     * A batch of drafts and their audit entries in one statement, whatever the file's size. It locks
     * the cells' stored rows in id order (so two batches over the same cells queue instead of
     * deadlocking), updates them, inserts the empty cells, and audits every row written in the
     * batch's order, from the rows as locked and as written; a cell under review makes it write
     * nothing. As four statements (lock, insert, update, audit) each row's old and new values
     * travelled to the JVM and back as JSON, and the audit insert alone took ~190 ms a 2,640-row file.
     * The lock carries each cell's new values and place in the file, so the update takes them from
     * the row it locked instead of matching the file's rows to the locked ones a second time.
     * Fewer rows written than drafts means another transaction filled a cell meanwhile: the caller
     * refuses the batch, which rolls it back.
     */
    private static final String WRITE_DRAFTS = """
            with d as (
                select * from {0}
            ),
            locked as (
                select f.*, d.ord, d.value as new_value, d.not_applicable as new_not_applicable,
                       d.explanation as new_explanation
                from figure f
                join d on (f.indicator_id, f.division_id, f.period_id) = (d.indicator_id, d.division_id, d.period_id)
                order by f.id
                for update of f
            ),
            changed as (
                update figure f
                set value = l.new_value, not_applicable = l.new_not_applicable, explanation = l.new_explanation,
                    correction_reason = null, status = 'draft', entered_by = {1}, entered_at = {2},
                    version = f.version + 1
                from locked l
                where f.id = l.id and not exists (select from locked where status = 'submitted')
                returning l.ord, f.id, %1$s as old_value, %2$s as new_value
            ),
            fresh as (
                insert into figure (indicator_id, division_id, period_id, value, not_applicable, explanation,
                                    status, entered_by, version)
                select d.indicator_id, d.division_id, d.period_id, d.value, d.not_applicable, d.explanation,
                       'draft', {1}, 1
                from d
                where not exists (select from locked l where (l.indicator_id, l.division_id, l.period_id)
                                                             = (d.indicator_id, d.division_id, d.period_id))
                  and not exists (select from locked where status = 'submitted')
                order by d.ord
                on conflict do nothing
                returning figure.id, figure.indicator_id, figure.division_id, figure.period_id, %3$s as new_value
            ),
            written as (
                select ord, id, {3} as action, old_value, new_value from changed
                union all
                select d.ord, n.id, {4}, null, n.new_value from fresh n
                join d on (n.indicator_id, n.division_id, n.period_id) = (d.indicator_id, d.division_id, d.period_id)
            ),
            audited as (
                insert into audit_entry (actor_id, action, entity, entity_id, old_value, new_value, source, import_id)
                select {1}, action, 'figure', id, old_value, new_value, {5}, {6}
                from written
                order by ord
                returning id
            )
            select (select count(*) from audited), (select count(*) from locked where status = 'submitted')""".formatted(auditView("l"), auditView("f"), auditView("figure"));

    /** Writes a batch of drafts with an audit entry each, as coming from an import (see WRITE_DRAFTS). */
    Written writeDrafts(List<Draft> drafts, int userId, long importId) {
        var rows = Unnest.as("d")
                .column("ord", IntStream.range(0, drafts.size()).boxed().toArray(Integer[]::new))
                .column(
                        "indicator_id",
                        drafts.stream().map(d -> d.key().indicatorId()).toArray(Integer[]::new))
                .column(
                        "division_id",
                        drafts.stream().map(d -> d.key().divisionId()).toArray(Integer[]::new))
                .column(
                        "period_id",
                        drafts.stream().map(d -> d.key().periodId()).toArray(Integer[]::new))
                .column("value", drafts.stream().map(Draft::value).toArray(BigDecimal[]::new))
                .column(
                        "not_applicable",
                        drafts.stream().map(Draft::notApplicable).toArray(Boolean[]::new))
                .column("explanation", drafts.stream().map(Draft::explanation).toArray(String[]::new))
                .build();
        var row = db.resultQuery(
                        WRITE_DRAFTS,
                        rows.table(),
                        DSL.val(userId),
                        DSL.val(OffsetDateTime.now()),
                        DSL.val(AuditAction.EDIT.code()),
                        DSL.val(AuditAction.ENTER.code()),
                        DSL.val(Vocabularies.toDatabase(AuditEvent.Source.IMPORT, ChangeSource.class)),
                        DSL.val(importId))
                .fetchSingle();
        return new Written(row.get(0, Integer.class), row.get(1, Integer.class));
    }
}
