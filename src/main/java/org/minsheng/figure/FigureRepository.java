package org.minsheng.figure;

import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.FIGURE_REVISION;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.minsheng.base.db.Unnest;
import org.minsheng.base.db.Vocabularies;
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

    /** Working figures of some divisions in several periods at once (an import file's), any state. */
    List<StoredFigure> findInPeriods(Collection<Integer> periodIds, Collection<Integer> divisionIds) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.PERIOD_ID.eq(DSL.any(periodIds.toArray(Integer[]::new))))
                .and(FIGURE.DIVISION_ID.eq(DSL.any(divisionIds.toArray(Integer[]::new))))
                .fetch(FigureRepository::toStored);
    }

    List<StoredFigure> findInPeriodWithStatus(int periodId, StoredFigure.Status status) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.PERIOD_ID.eq(periodId))
                .and(FIGURE.STATUS.eq(status(status)))
                .orderBy(FIGURE.DIVISION_ID, FIGURE.INDICATOR_ID)
                .fetch(FigureRepository::toStored);
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

    /**
     * Locks the stored rows of many cells at once, in id order so two batches over the same cells
     * queue instead of deadlocking. Cells without a row are absent from the map.
     */
    Map<CellKey, StoredFigure> lockAll(Collection<CellKey> keys) {
        var cells = Unnest.as("k")
                .column("indicator_id", keys.stream().map(CellKey::indicatorId).toArray(Integer[]::new))
                .column("division_id", keys.stream().map(CellKey::divisionId).toArray(Integer[]::new))
                .column("period_id", keys.stream().map(CellKey::periodId).toArray(Integer[]::new))
                .build();
        var locked = new HashMap<CellKey, StoredFigure>();
        db.select(FIGURE.fields())
                .from(FIGURE)
                .join(cells.table())
                .on(FIGURE.INDICATOR_ID.eq(cells.field("indicator_id", Integer.class)))
                .and(FIGURE.DIVISION_ID.eq(cells.field("division_id", Integer.class)))
                .and(FIGURE.PERIOD_ID.eq(cells.field("period_id", Integer.class)))
                .orderBy(FIGURE.ID)
                .forUpdate()
                .of(FIGURE)
                .fetchInto(FIGURE)
                .forEach(r ->
                        locked.put(new CellKey(r.getIndicatorId(), r.getDivisionId(), r.getPeriodId()), toStored(r)));
        return locked;
    }

    /**
     * New drafts for many empty cells in one statement. A cell someone filled meanwhile makes the
     * whole batch stale, as {@link #insertDraft} does for one.
     */
    Map<CellKey, StoredFigure> insertDrafts(List<Draft> drafts, int userId) {
        if (drafts.isEmpty()) {
            return Map.of();
        }
        var rows = drafts(drafts);
        var inserted = db.insertInto(
                        FIGURE,
                        FIGURE.INDICATOR_ID,
                        FIGURE.DIVISION_ID,
                        FIGURE.PERIOD_ID,
                        FIGURE.VALUE,
                        FIGURE.NOT_APPLICABLE,
                        FIGURE.EXPLANATION,
                        FIGURE.STATUS,
                        FIGURE.ENTERED_BY,
                        FIGURE.VERSION)
                .select(db.select(
                                rows.field("indicator_id", Integer.class),
                                rows.field("division_id", Integer.class),
                                rows.field("period_id", Integer.class),
                                rows.field("value", BigDecimal.class),
                                rows.field("not_applicable", Boolean.class),
                                rows.field("explanation", String.class),
                                DSL.val(FigureStatus.draft),
                                DSL.val(userId),
                                DSL.val(1))
                        .from(rows.table()))
                .onConflictDoNothing()
                .returning()
                .fetch();
        return keyed(inserted, drafts);
    }

    /** New working values for many locked rows in one statement; their versions must not have moved. */
    Map<CellKey, StoredFigure> updateWorkingAll(List<Draft> drafts, int userId) {
        if (drafts.isEmpty()) {
            return Map.of();
        }
        var rows = drafts(drafts);
        var updated = db.update(FIGURE)
                .set(FIGURE.VALUE, rows.field("value", BigDecimal.class))
                .set(FIGURE.NOT_APPLICABLE, rows.field("not_applicable", Boolean.class))
                .set(FIGURE.EXPLANATION, rows.field("explanation", String.class))
                .setNull(FIGURE.CORRECTION_REASON)
                .set(FIGURE.STATUS, FigureStatus.draft)
                .set(FIGURE.ENTERED_BY, userId)
                .set(FIGURE.ENTERED_AT, OffsetDateTime.now())
                .set(FIGURE.VERSION, FIGURE.VERSION.plus(1))
                .from(rows.table())
                .where(FIGURE.ID.eq(rows.field("id", Long.class)))
                .and(FIGURE.VERSION.eq(rows.field("version", Integer.class)))
                .returning()
                .fetch();
        return keyed(updated, drafts);
    }

    /** A batch's value for one cell: its stored row (id and version) when it has one. */
    record Draft(CellKey key, StoredFigure current, BigDecimal value, boolean notApplicable, String explanation) {}

    private static Unnest drafts(List<Draft> drafts) {
        return Unnest.as("d")
                .column(
                        "id",
                        drafts.stream()
                                .map(d ->
                                        d.current() == null ? null : d.current().id())
                                .toArray(Long[]::new))
                .column(
                        "version",
                        drafts.stream()
                                .map(d -> d.current() == null ? 0 : d.current().version())
                                .toArray(Integer[]::new))
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
    }

    /** The rows a batch statement returned by cell, or {@link StaleCell} when any cell was missed. */
    private static Map<CellKey, StoredFigure> keyed(List<FigureRecord> rows, List<Draft> drafts) {
        var byKey = new HashMap<CellKey, StoredFigure>();
        rows.forEach(r -> byKey.put(new CellKey(r.getIndicatorId(), r.getDivisionId(), r.getPeriodId()), toStored(r)));
        for (var draft : drafts) {
            if (!byKey.containsKey(draft.key())) {
                throw new StaleCell(draft.key());
            }
        }
        return byKey;
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
        return db.fetchCount(FIGURE, FIGURE.PERIOD_ID.eq(periodId).and(FIGURE.STATUS.ne(FigureStatus.approved)));
    }

    /** The row a statement returned, or {@link StaleCell} when none matched its version. */
    private static StoredFigure storedOrStale(Optional<FigureRecord> row, CellKey key) {
        return row.map(FigureRepository::toStored).orElseThrow(() -> new StaleCell(key));
    }

    private static FigureStatus status(StoredFigure.Status status) {
        return Vocabularies.toDatabase(status, FigureStatus.class);
    }

    private static StoredFigure toStored(FigureRecord r) {
        return new StoredFigure(
                r.getId(),
                new CellKey(r.getIndicatorId(), r.getDivisionId(), r.getPeriodId()),
                new Cell.Entry(r.getValue(), r.getNotApplicable(), r.getExplanation()),
                Vocabularies.toDomain(r.getStatus(), StoredFigure.Status.class),
                new StoredFigure.Reasons(r.getReturnReason(), r.getCorrectionReason()),
                new StoredFigure.Entered(r.getEnteredBy(), r.getEnteredAt()),
                new Cell.Approved(
                        r.getApprovedValue(), Boolean.TRUE.equals(r.getApprovedNotApplicable()), r.getRevision()),
                r.getVersion());
    }
}
