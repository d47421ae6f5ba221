package org.minsheng.period;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.PERIOD;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.db.enums.FigureStatus;
import org.minsheng.db.enums.PeriodKind;
import org.minsheng.db.enums.PeriodStatus;
import org.minsheng.db.tables.records.PeriodRecord;
import org.minsheng.division.Division;
import org.springframework.stereotype.Repository;

@Repository
class PeriodRepository {

    private final DSLContext db;

    PeriodRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Period> find(int id) {
        return db.selectFrom(PERIOD).where(PERIOD.ID.eq(id)).fetchOptional(PeriodRepository::toPeriod);
    }

    /**
     * The period, its row locked: shared by writers of its figures, exclusive for publishing, so a
     * figure write and the publication of its period never overlap.
     */
    Optional<Period> findLocked(int id, boolean exclusive) {
        var select = db.selectFrom(PERIOD).where(PERIOD.ID.eq(id));
        return (exclusive ? select.forUpdate() : select.forShare()).fetchOptional(PeriodRepository::toPeriod);
    }

    /** Periods locked for sharing as {@link #findLocked}, in id order; unknown ids are left out. */
    List<Period> findAllLocked(Collection<Integer> ids) {
        return db.selectFrom(PERIOD)
                .where(PERIOD.ID.eq(any(ids.toArray(Integer[]::new))))
                .orderBy(PERIOD.ID)
                .forShare()
                .fetch(PeriodRepository::toPeriod);
    }

    Optional<Period> find(int year, Integer month) {
        return db.selectFrom(PERIOD)
                .where(PERIOD.YEAR.eq((short) year))
                .and(month == null ? PERIOD.MONTH.isNull() : PERIOD.MONTH.eq(month.shortValue()))
                .fetchOptional(PeriodRepository::toPeriod);
    }

    boolean annualOnly(int year) {
        return db.fetchExists(
                PERIOD,
                PERIOD.YEAR
                        .eq((short) year)
                        .and(PERIOD.KIND.eq(PeriodKind.year))
                        .and(PERIOD.ANNUAL_ONLY));
    }

    List<Period> findAll() {
        return db.selectFrom(PERIOD)
                .orderBy(PERIOD.YEAR.desc(), PERIOD.MONTH.desc().nullsFirst())
                .fetch(PeriodRepository::toPeriod);
    }

    /** Publishes the period if it is not published yet; false when another reviewer was first. */
    boolean markPublished(int id, int userId) {
        return db.update(PERIOD)
                        .set(PERIOD.STATUS, PeriodStatus.published)
                        .set(PERIOD.PUBLISHED_AT, OffsetDateTime.now())
                        .set(PERIOD.PUBLISHED_BY, userId)
                        .set(PERIOD.VERSION, PERIOD.VERSION.plus(1))
                        .where(PERIOD.ID.eq(id))
                        .and(PERIOD.STATUS.ne(PeriodStatus.published))
                        .execute()
                == 1;
    }

    private static Period toPeriod(PeriodRecord r) {
        return new Period(
                r.getId(),
                r.getYear(),
                r.getMonth() == null ? null : r.getMonth().intValue(),
                Vocabularies.toDomain(r.getStatus(), PeriodOverview.Status.class),
                r.getDueOn(),
                r.getPublishedAt());
    }

    /**
     * Every period with its cells still in the workflow counted by state. Only those: they are read
     * through V006's partial index of figures not yet approved, a few rows a period whatever the
     * installation's size, where counting the approved ones too read every figure (~17 s nationally,
     * 21 million figures); those are counted a period at a time by {@link #approvedIn}.
     */
    List<PeriodOverview> overview(Set<Integer> units, Set<Division.Level> levels) {
        return overviewQuery(units, levels)
                .fetch(r -> new PeriodOverview(
                        r.value1(),
                        r.value2(),
                        r.value3() == null ? null : r.value3().intValue(),
                        Vocabularies.toDomain(r.value4(), PeriodOverview.Status.class),
                        r.value5(),
                        new PeriodOverview.Counts(r.value6(), r.value7(), r.value8())));
    }

    /**
     * The states are SQL literals, not bind values: only a constant lets the planner prove that the
     * join's condition implies V006's index predicate ({@code status <> 'approved'}). A bound value
     * arrives as {@code cast($1 as figure_status)}, which PostgreSQL does not fold while planning
     * (enum input is not immutable), so it read every figure in parallel instead (3 s and more at L,
     * seen in pg_stat_activity under bench/run.sh push L). {@code PartialIndexUseTest} holds this.
     */
    ResultQuery<Record8<Integer, Short, Short, PeriodStatus, LocalDate, Integer, Integer, Integer>> overviewQuery(
            Set<Integer> units, Set<Division.Level> levels) {
        return db.select(
                        PERIOD.ID,
                        PERIOD.YEAR,
                        PERIOD.MONTH,
                        PERIOD.STATUS,
                        PERIOD.DUE_ON,
                        count(FIGURE.ID).filterWhere(FIGURE.STATUS.eq(inline(FigureStatus.draft))),
                        count(FIGURE.ID).filterWhere(FIGURE.STATUS.eq(inline(FigureStatus.submitted))),
                        count(FIGURE.ID).filterWhere(FIGURE.STATUS.eq(inline(FigureStatus.returned))))
                .from(PERIOD)
                .leftJoin(FIGURE)
                .on(FIGURE.PERIOD_ID
                        .eq(PERIOD.ID)
                        .and(FIGURE.STATUS.ne(inline(FigureStatus.approved)))
                        .and(within(units, levels)))
                .groupBy(PERIOD.ID)
                .orderBy(PERIOD.YEAR.desc(), PERIOD.MONTH.desc().nullsFirst());
    }

    /** The period's approved cells, an index-only scan of V121's index of approved cells by period. */
    int approvedIn(int periodId, Set<Integer> units, Set<Division.Level> levels) {
        return db.fetchCount(approvedInQuery(periodId, units, levels));
    }

    /**
     * Figures of these units only, every unit when empty (a reader with no scope); and of those, of units of
     * these levels, every level when null (a reviewer who approves every level's figures: no join to read).
     */
    private static Condition within(Set<Integer> units, Set<Division.Level> levels) {
        var scoped = units.isEmpty() ? noCondition() : FIGURE.DIVISION_ID.eq(any(units.toArray(Integer[]::new)));
        if (levels == null) {
            return scoped;
        }
        // literals like the states: a bound enum arrives as a cast the planner does not fold while planning
        var ofLevels = levels.stream()
                .map(level -> inline(Vocabularies.toDatabase(level, DivisionLevel.class)))
                .toList();
        return scoped.and(
                FIGURE.DIVISION_ID.in(select(DIVISION.ID).from(DIVISION).where(DIVISION.LEVEL.in(ofLevels))));
    }

    /** The state is a literal for V121's partial index, as in {@link #overviewQuery}. */
    Select<?> approvedInQuery(int periodId, Set<Integer> units, Set<Division.Level> levels) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.PERIOD_ID.eq(periodId))
                .and(FIGURE.STATUS.eq(inline(FigureStatus.approved)))
                .and(within(units, levels));
    }
}
