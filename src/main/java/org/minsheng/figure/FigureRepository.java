package org.minsheng.figure;

import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.FIGURE_REVISION;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;
import org.minsheng.base.db.TypedRows;
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
                .set(FIGURE_REVISION.ENTERED_BY, approved.entered().by())
                .set(FIGURE_REVISION.APPROVED_BY, reviewerId)
                .set(FIGURE_REVISION.APPROVED_AT, now)
                .execute();
        return approved;
    }

    /** A cell's approved values, oldest first, with the names of who entered and who approved each. */
    List<Revision> revisions(long figureId) {
        var enterer = APP_USER.as("enterer");
        var approver = APP_USER.as("approver");
        return db.select(
                        FIGURE_REVISION.REVISION,
                        FIGURE_REVISION.VALUE,
                        FIGURE_REVISION.NOT_APPLICABLE,
                        FIGURE_REVISION.REASON,
                        FIGURE_REVISION.CORRECTION,
                        enterer.DISPLAY_NAME,
                        approver.DISPLAY_NAME,
                        FIGURE_REVISION.APPROVED_AT)
                .from(FIGURE_REVISION)
                .leftJoin(enterer)
                .on(enterer.ID.eq(FIGURE_REVISION.ENTERED_BY))
                .leftJoin(approver)
                .on(approver.ID.eq(FIGURE_REVISION.APPROVED_BY))
                .where(FIGURE_REVISION.FIGURE_ID.eq(figureId))
                .orderBy(FIGURE_REVISION.REVISION)
                .fetch(r -> new Revision(
                        r.get(FIGURE_REVISION.REVISION),
                        r.get(FIGURE_REVISION.VALUE),
                        r.get(FIGURE_REVISION.NOT_APPLICABLE),
                        r.get(FIGURE_REVISION.REASON),
                        r.get(FIGURE_REVISION.CORRECTION),
                        r.get(enterer.DISPLAY_NAME),
                        r.get(approver.DISPLAY_NAME),
                        r.get(FIGURE_REVISION.APPROVED_AT)));
    }

    /** Cells of the period that are not approved yet: they block publication. */
    int countPending(int periodId) {
        return db.fetchCount(pendingQuery(periodId));
    }

    /** The names of the units with figures not yet approved in the period, by code; at most {@code limit}. */
    List<String> pendingUnits(int periodId, int limit) {
        return db.selectDistinct(DIVISION.CODE, DIVISION.NAME)
                .from(FIGURE)
                .join(DIVISION)
                .on(DIVISION.ID.eq(FIGURE.DIVISION_ID))
                .where(FIGURE.PERIOD_ID.eq(periodId))
                .and(FIGURE.STATUS.ne(DSL.inline(FigureStatus.approved)))
                .orderBy(DIVISION.CODE)
                .limit(limit)
                .fetch(DIVISION.NAME);
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
