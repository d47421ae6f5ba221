package org.minsheng.figure;

import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.FIGURE_REVISION;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;
import org.minsheng.audit.AuditAction;
import org.minsheng.audit.AuditEvent;
import org.minsheng.base.db.TypedRows;
import org.minsheng.base.db.Unnest;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.ChangeSource;
import org.minsheng.db.enums.FigureStatus;
import org.minsheng.db.tables.records.FigureRecord;
import org.springframework.stereotype.Repository;

@Repository
class FigureRepository {

    private final DSLContext db;

    FigureRepository(DSLContext db) {
        this.db = db;
    }

    Optional<StoredFigure> find(CellKey key) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.INDICATOR_ID.eq(key.indicatorId()))
                .and(FIGURE.DIVISION_ID.eq(key.divisionId()))
                .and(FIGURE.PERIOD_ID.eq(key.periodId()))
                .fetchOptional(FigureRepository::toStored);
    }

    /** Locks the row so concurrent reviewers and statisticians take turns on it. */
    Optional<StoredFigure> findForUpdate(CellKey key) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.INDICATOR_ID.eq(key.indicatorId()))
                .and(FIGURE.DIVISION_ID.eq(key.divisionId()))
                .and(FIGURE.PERIOD_ID.eq(key.periodId()))
                .forUpdate()
                .fetchOptional(FigureRepository::toStored);
    }

    /** Working figures of some divisions in a period, any state. */
    List<StoredFigure> findInPeriod(int periodId, Collection<Integer> divisionIds) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.PERIOD_ID.eq(periodId))
                .and(FIGURE.DIVISION_ID.in(divisionIds))
                .orderBy(FIGURE.DIVISION_ID, FIGURE.INDICATOR_ID)
                .fetch(FigureRepository::toStored);
    }

    /**
     * Working figures of some divisions in several periods at once (an import file's), any state. Only
     * the columns a {@link StoredFigure} holds, read by position and type ({@link TypedRows}): the whole
     * row carries three more timestamps to parse, and mapping records was the largest frame of an
     * import's reads in a profile.
     */
    List<StoredFigure> findInPeriods(Collection<Integer> periodIds, Collection<Integer> divisionIds) {
        return TypedRows.list(
                db.select(STORED)
                        .from(FIGURE)
                        .where(FIGURE.PERIOD_ID.eq(DSL.any(periodIds.toArray(Integer[]::new))))
                        .and(FIGURE.DIVISION_ID.eq(DSL.any(divisionIds.toArray(Integer[]::new)))),
                FigureRepository::stored);
    }

    List<StoredFigure> findInPeriodWithStatus(int periodId, StoredFigure.Status status) {
        return inPeriodWithStatus(periodId, status).fetch(FigureRepository::toStored);
    }

    /**
     * The state is an SQL literal, not a bind value, so the planner can use V006's partial index of cells
     * in the workflow: a bound state arrives as {@code cast($1 as figure_status)}, which PostgreSQL does
     * not fold while planning, and the review page then read all of a period's figures (886,540 a month
     * nationally) to find the few submitted ones. {@code PartialIndexUseTest} holds this.
     */
    SelectSeekStep2<FigureRecord, Integer, Integer> inPeriodWithStatus(int periodId, StoredFigure.Status status) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.PERIOD_ID.eq(periodId))
                .and(FIGURE.STATUS.eq(DSL.inline(status(status))))
                .orderBy(FIGURE.DIVISION_ID, FIGURE.INDICATOR_ID);
    }

    StoredFigure insertDraft(
            CellKey key,
            BigDecimal value,
            boolean notApplicable,
            String explanation,
            String correctionReason,
            int userId) {
        return storedOrStale(
                db.insertInto(FIGURE)
                        .set(FIGURE.INDICATOR_ID, key.indicatorId())
                        .set(FIGURE.DIVISION_ID, key.divisionId())
                        .set(FIGURE.PERIOD_ID, key.periodId())
                        .set(FIGURE.VALUE, value)
                        .set(FIGURE.NOT_APPLICABLE, notApplicable)
                        .set(FIGURE.EXPLANATION, explanation)
                        .set(FIGURE.CORRECTION_REASON, correctionReason)
                        .set(FIGURE.STATUS, FigureStatus.draft)
                        .set(FIGURE.ENTERED_BY, userId)
                        // version 0 stands for "no row yet" in the editor, so a new row starts at 1
                        .set(FIGURE.VERSION, 1)
                        .onConflictDoNothing()
                        .returning()
                        .fetchOptional(),
                key);
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
     * Fewer rows written than drafts means another transaction filled a cell meanwhile: the caller
     * refuses the batch, which rolls it back.
     */
    private static final String WRITE_DRAFTS = """
            with d as (
                select * from {0}
            ),
            locked as (
                select f.* from figure f
                join d on (f.indicator_id, f.division_id, f.period_id) = (d.indicator_id, d.division_id, d.period_id)
                order by f.id
                for update of f
            ),
            changed as (
                update figure f
                set value = d.value, not_applicable = d.not_applicable, explanation = d.explanation,
                    correction_reason = null, status = 'draft', entered_by = {1}, entered_at = {2},
                    version = f.version + 1
                from locked l
                join d on (l.indicator_id, l.division_id, l.period_id) = (d.indicator_id, d.division_id, d.period_id)
                where f.id = l.id and not exists (select from locked where status = 'submitted')
                returning d.ord, f.id, %1$s as old_value, %2$s as new_value
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

    /** Updates the working value if nobody changed the row since {@code expectedVersion}. */
    StoredFigure updateWorking(
            StoredFigure current,
            int expectedVersion,
            BigDecimal value,
            boolean notApplicable,
            String explanation,
            String correctionReason,
            int userId) {
        return storedOrStale(
                db.update(FIGURE)
                        .set(FIGURE.VALUE, value)
                        .set(FIGURE.NOT_APPLICABLE, notApplicable)
                        .set(FIGURE.EXPLANATION, explanation)
                        .set(FIGURE.CORRECTION_REASON, correctionReason)
                        .set(FIGURE.STATUS, FigureStatus.draft)
                        .set(FIGURE.ENTERED_BY, userId)
                        .set(FIGURE.ENTERED_AT, OffsetDateTime.now())
                        .set(FIGURE.VERSION, FIGURE.VERSION.plus(1))
                        .where(FIGURE.ID.eq(current.id()))
                        .and(FIGURE.VERSION.eq(expectedVersion))
                        .returning()
                        .fetchOptional(),
                current.key());
    }

    /** Removes a draft that was never approved; the cell becomes empty (missing) again. */
    void delete(StoredFigure current, int expectedVersion) {
        if (db.deleteFrom(FIGURE)
                        .where(FIGURE.ID.eq(current.id()))
                        .and(FIGURE.VERSION.eq(expectedVersion))
                        .execute()
                != 1) {
            throw new StaleCell(current.key());
        }
    }

    /** Puts the approved value back as the working value: the edit is undone, nothing is pending. */
    StoredFigure revertToApproved(StoredFigure current, int expectedVersion) {
        return storedOrStale(
                db.update(FIGURE)
                        .set(FIGURE.VALUE, FIGURE.APPROVED_VALUE)
                        .set(FIGURE.NOT_APPLICABLE, FIGURE.APPROVED_NOT_APPLICABLE)
                        .set(FIGURE.STATUS, FigureStatus.approved)
                        .setNull(FIGURE.CORRECTION_REASON)
                        .setNull(FIGURE.RETURN_REASON)
                        .set(FIGURE.VERSION, FIGURE.VERSION.plus(1))
                        .where(FIGURE.ID.eq(current.id()))
                        .and(FIGURE.VERSION.eq(expectedVersion))
                        .returning()
                        .fetchOptional(),
                current.key());
    }

    StoredFigure setStatus(StoredFigure current, StoredFigure.Status status, String returnReason, int userId) {
        var update = db.update(FIGURE)
                .set(FIGURE.STATUS, status(status))
                .set(FIGURE.RETURN_REASON, returnReason)
                .set(FIGURE.VERSION, FIGURE.VERSION.plus(1));
        if (status == StoredFigure.Status.SUBMITTED) {
            update = update.set(FIGURE.SUBMITTED_BY, userId).set(FIGURE.SUBMITTED_AT, OffsetDateTime.now());
        }
        return storedOrStale(
                update.where(FIGURE.ID.eq(current.id()))
                        .and(FIGURE.VERSION.eq(current.version()))
                        .returning()
                        .fetchOptional(),
                current.key());
    }

    /**
     * Makes the working value the approved one as a new revision, and keeps that revision in the
     * history table with its reason.
     */
    StoredFigure approve(StoredFigure current, int reviewerId, boolean correction, String reason) {
        var now = OffsetDateTime.now();
        var approved = storedOrStale(
                db.update(FIGURE)
                        .set(FIGURE.APPROVED_VALUE, FIGURE.VALUE)
                        .set(FIGURE.APPROVED_NOT_APPLICABLE, FIGURE.NOT_APPLICABLE)
                        .set(FIGURE.APPROVED_BY, reviewerId)
                        .set(FIGURE.APPROVED_AT, now)
                        .set(FIGURE.REVISION, FIGURE.REVISION.plus(1))
                        .set(FIGURE.CORRECTIONS, FIGURE.CORRECTIONS.plus(correction ? 1 : 0))
                        .set(FIGURE.STATUS, FigureStatus.approved)
                        .setNull(FIGURE.RETURN_REASON)
                        .setNull(FIGURE.CORRECTION_REASON)
                        .set(FIGURE.VERSION, FIGURE.VERSION.plus(1))
                        .where(FIGURE.ID.eq(current.id()))
                        .and(FIGURE.VERSION.eq(current.version()))
                        .returning()
                        .fetchOptional(),
                current.key());
        db.insertInto(FIGURE_REVISION)
                .set(FIGURE_REVISION.FIGURE_ID, approved.id())
                .set(FIGURE_REVISION.REVISION, approved.revision())
                .set(FIGURE_REVISION.VALUE, approved.approvedValue())
                .set(FIGURE_REVISION.NOT_APPLICABLE, approved.approvedNotApplicable())
                .set(FIGURE_REVISION.REASON, reason)
                .set(FIGURE_REVISION.CORRECTION, correction)
                .set(FIGURE_REVISION.APPROVED_BY, reviewerId)
                .set(FIGURE_REVISION.APPROVED_AT, now)
                .execute();
        return approved;
    }

    List<Revision> revisions(long figureId) {
        return db.selectFrom(FIGURE_REVISION)
                .where(FIGURE_REVISION.FIGURE_ID.eq(figureId))
                .orderBy(FIGURE_REVISION.REVISION)
                .fetch(r -> new Revision(
                        r.getRevision(),
                        r.getValue(),
                        r.getNotApplicable(),
                        r.getReason(),
                        r.getCorrection(),
                        r.getApprovedBy(),
                        r.getApprovedAt()));
    }

    /** Cells of the period that are not approved yet: they block publication. */
    int countPending(int periodId) {
        return db.fetchCount(pendingQuery(periodId));
    }

    /** The state is a literal for V006's partial index, as in {@link #inPeriodWithStatus}. */
    Select<?> pendingQuery(int periodId) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.PERIOD_ID.eq(periodId))
                .and(FIGURE.STATUS.ne(DSL.inline(FigureStatus.approved)));
    }

    /** The row a statement returned, or {@link StaleCell} when none matched its version. */
    private static StoredFigure storedOrStale(Optional<FigureRecord> row, CellKey key) {
        return row.map(FigureRepository::toStored).orElseThrow(() -> new StaleCell(key));
    }

    private static FigureStatus status(StoredFigure.Status status) {
        return Vocabularies.toDatabase(status, FigureStatus.class);
    }

    /** The columns {@link #stored} reads, in its order. */
    private static final List<Field<?>> STORED = List.of(
            FIGURE.ID,
            FIGURE.INDICATOR_ID,
            FIGURE.DIVISION_ID,
            FIGURE.PERIOD_ID,
            FIGURE.VALUE,
            FIGURE.NOT_APPLICABLE,
            FIGURE.EXPLANATION,
            FIGURE.STATUS,
            FIGURE.RETURN_REASON,
            FIGURE.CORRECTION_REASON,
            FIGURE.ENTERED_BY,
            FIGURE.ENTERED_AT,
            FIGURE.APPROVED_VALUE,
            FIGURE.APPROVED_NOT_APPLICABLE,
            FIGURE.REVISION,
            FIGURE.VERSION);

    /** A figure from a whole row, by name. */
    private static StoredFigure toStored(Record r) {
        return new StoredFigure(
                r.get(FIGURE.ID),
                new CellKey(r.get(FIGURE.INDICATOR_ID), r.get(FIGURE.DIVISION_ID), r.get(FIGURE.PERIOD_ID)),
                new Cell.Entry(r.get(FIGURE.VALUE), r.get(FIGURE.NOT_APPLICABLE), r.get(FIGURE.EXPLANATION)),
                Vocabularies.toDomain(r.get(FIGURE.STATUS), StoredFigure.Status.class),
                new StoredFigure.Reasons(r.get(FIGURE.RETURN_REASON), r.get(FIGURE.CORRECTION_REASON)),
                new StoredFigure.Entered(r.get(FIGURE.ENTERED_BY), r.get(FIGURE.ENTERED_AT)),
                new Cell.Approved(
                        r.get(FIGURE.APPROVED_VALUE),
                        Boolean.TRUE.equals(r.get(FIGURE.APPROVED_NOT_APPLICABLE)),
                        r.get(FIGURE.REVISION)),
                r.get(FIGURE.VERSION));
    }

    /** A figure from the {@link #STORED} columns by position and type: what {@link #toStored} reads by name. */
    private static StoredFigure stored(ResultSet r) throws SQLException {
        return new StoredFigure(
                r.getLong(1),
                new CellKey(r.getInt(2), r.getInt(3), r.getInt(4)),
                new Cell.Entry(r.getBigDecimal(5), r.getBoolean(6), r.getString(7)),
                Vocabularies.fromLiteral(r.getString(8), StoredFigure.Status.class),
                new StoredFigure.Reasons(r.getString(9), r.getString(10)),
                new StoredFigure.Entered(TypedRows.integerOrNull(r, 11), r.getObject(12, OffsetDateTime.class)),
                // approved_not_applicable is null until a first approval: false, as Boolean.TRUE.equals gives
                new Cell.Approved(r.getBigDecimal(13), r.getBoolean(14), r.getInt(15)),
                r.getInt(16));
    }
}
