package org.minsheng.approval;

import static org.minsheng.db.Tables.APPROVAL_LEVEL;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.UNIT_ACCEPTANCE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.division.Division;
import org.springframework.stereotype.Repository;

/**
 * The approval levels, the units' decisions, and the one read of figures approval needs: how many of a
 * unit's year's figures, its own and those below it, are not approved yet.
 */
@Repository
class ApprovalRepository {

    /**
     * Each unit's year with its figures not yet approved below it, whether anything below it is approved,
     * and its decision. {0} selects the units (id, code, name, level, parent_id, display_order); {1} is the
     * year. Whether anything is approved is read by key from the dashboards' pre-aggregates (V110's own
     * rows, V122's totals of the children), which hold a row exactly where an approved figure is below: at
     * a national root a scan of the subtree's figures would read millions of rows to find none.
     */
    private static final String UNIT_YEARS = """
            with recursive units as ({0}),
            tree (id, top) as (
                select id, id from units
                union all
                select d.id, t.top from division d join tree t on d.parent_id = t.id
            ),
            pending as (
                select t.top, count(*) as n
                from tree t
                join figure f on f.division_id = t.id
                join period p on p.id = f.period_id
                where p.year = {1} and f.status <> 'approved'
                group by t.top
            )
            select u.id, u.code, u.name, u.level, u.parent_id, coalesce(pending.n, 0) as not_approved,
                   exists (select from rollup_year r where r.division_id = u.id and r.year = {1})
                     or exists (select from rollup_total_year t where t.division_id = u.id and t.year = {1})
                     as any_approved,
                   a.status, a.reason, a.decided_at, au.display_name as decided_by
            from units u
            left join pending on pending.top = u.id
            left join unit_acceptance a on a.division_id = u.id and a.year = {1}
            left join app_user au on au.id = a.decided_by
            order by u.display_order, u.code""";

    /** The units of a level below a unit ({0}) that existed during the year ({2} Jan 1, {3} Dec 31). */
    private static final String UNITS_OF_LEVEL_BELOW = """
            with recursive below (id) as (
                select {0}::integer
                union
                select d.id from division d join below b on d.parent_id = b.id
            )
            select d.id, d.code, d.name, d.level, d.parent_id, d.display_order
            from division d join below b on b.id = d.id
            where d.level = {1} and d.valid_from <= {3} and (d.valid_to is null or d.valid_to > {2})""";

    private final DSLContext db;

    ApprovalRepository(DSLContext db) {
        this.db = db;
    }

    /** The listed levels, highest first (province before city). */
    List<Division.Level> levels() {
        return db.select(APPROVAL_LEVEL.LEVEL)
                .from(APPROVAL_LEVEL)
                .orderBy(APPROVAL_LEVEL.LEVEL)
                .fetch(r -> Vocabularies.toDomain(r.value1(), Division.Level.class));
    }

    void replaceLevels(Collection<Division.Level> levels) {
        db.deleteFrom(APPROVAL_LEVEL).execute();
        for (var level : levels) {
            db.insertInto(APPROVAL_LEVEL)
                    .set(APPROVAL_LEVEL.LEVEL, Vocabularies.toDatabase(level, DivisionLevel.class))
                    .execute();
        }
    }

    /**
     * The levels at which an enabled reviewer works: that of the unit their reading scope starts from
     * (CurrentUser.readingScope: a reviewer who also enters figures, unless also a leader, reads, and so
     * reviews, every unit), else the root's ({@code rootLevel}).
     */
    Set<Division.Level> reviewerLevels(Division.Level rootLevel) {
        var sql = """
                select distinct (
                    select d.level from user_scope s join division d on d.id = s.division_id
                    where s.user_id = u.id
                      and (not exists (select 1 from user_role r where r.user_id = u.id and r.role = 'statistician')
                           or exists (select 1 from user_role r where r.user_id = u.id and r.role = 'leader'))
                    order by d.level, d.code limit 1
                ) as level
                from app_user u
                where u.enabled
                  and exists (select 1 from user_role r where r.user_id = u.id and r.role = 'reviewer')""";
        return db
                .resultQuery(sql)
                .fetch(r -> {
                    var level = r.get("level", DivisionLevel.class);
                    return level == null ? rootLevel : Vocabularies.toDomain(level, Division.Level.class);
                })
                .stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    Optional<Division> unit(String code) {
        return db.select(DIVISION.ID, DIVISION.CODE, DIVISION.NAME, DIVISION.LEVEL, DIVISION.PARENT_ID)
                .from(DIVISION)
                .where(DIVISION.CODE.eq(code))
                .fetchOptional(r -> new Division(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        Vocabularies.toDomain(r.value4(), Division.Level.class),
                        r.value5()));
    }

    /** The units of a level below {@code topId} in the year, each with its pending count and decision. */
    List<UnitYear> unitYears(int topId, Division.Level level, int year) {
        var units = DSL.sql(
                UNITS_OF_LEVEL_BELOW,
                DSL.val(topId),
                DSL.val(Vocabularies.toDatabase(level, DivisionLevel.class)),
                DSL.val(LocalDate.of(year, 1, 1)),
                DSL.val(LocalDate.of(year, 12, 31)));
        return db.resultQuery(UNIT_YEARS, units, DSL.val(year)).fetch(r -> unitYear(r, year));
    }

    /**
     * For each of the units {@code topIds}, how many units of {@code level} below it, existing during the
     * year, it has not accepted: the units {@link #unitYears} would list for it, counted without reading
     * a figure. A unit with none waiting is absent.
     */
    Map<Integer, Long> notAcceptedBelow(Collection<Integer> topIds, Division.Level level, int year) {
        var sql = """
                with recursive below (top, id) as (
                    select id, id from division where id = any({0})
                    union
                    select b.top, d.id from division d join below b on d.parent_id = b.id where d.level <= {1}
                )
                select b.top, count(*) as waiting
                from below b
                join division d on d.id = b.id
                left join unit_acceptance a on a.division_id = d.id and a.year = {2}
                where b.id <> b.top and d.level = {1}
                  and d.valid_from <= {4} and (d.valid_to is null or d.valid_to > {3})
                  and (a.status is null or a.status <> 'accepted')
                group by b.top""";
        return db.resultQuery(
                        sql,
                        DSL.val(topIds.toArray(Integer[]::new), SQLDataType.INTEGER.array()),
                        DSL.val(Vocabularies.toDatabase(level, DivisionLevel.class)),
                        DSL.val((short) year),
                        DSL.val(LocalDate.of(year, 1, 1)),
                        DSL.val(LocalDate.of(year, 12, 31)))
                .fetchMap(r -> r.get("top", Integer.class), r -> r.get("waiting", Long.class));
    }

    /** One unit's year, whatever its level. */
    Optional<UnitYear> unitYear(int unitId, int year) {
        var units = DSL.sql(
                "select id, code, name, level, parent_id, display_order from division where id = {0}", DSL.val(unitId));
        return db.resultQuery(UNIT_YEARS, units, DSL.val(year)).fetchOptional(r -> unitYear(r, year));
    }

    /** Locks the unit's decision of the year, so two reviewers' decisions on it follow each other. */
    void lock(int unitId, int year) {
        db.selectFrom(UNIT_ACCEPTANCE)
                .where(UNIT_ACCEPTANCE.DIVISION_ID.eq(unitId))
                .and(UNIT_ACCEPTANCE.YEAR.eq((short) year))
                .forUpdate()
                .fetch();
    }

    void decide(int unitId, int year, AcceptanceStatus decision, String reason, int userId) {
        var status = Vocabularies.toDatabase(decision, UNIT_ACCEPTANCE.STATUS.getType());
        db.insertInto(UNIT_ACCEPTANCE)
                .set(UNIT_ACCEPTANCE.DIVISION_ID, unitId)
                .set(UNIT_ACCEPTANCE.YEAR, (short) year)
                .set(UNIT_ACCEPTANCE.STATUS, status)
                .set(UNIT_ACCEPTANCE.REASON, reason)
                .set(UNIT_ACCEPTANCE.DECIDED_BY, userId)
                .onConflict(UNIT_ACCEPTANCE.DIVISION_ID, UNIT_ACCEPTANCE.YEAR)
                .doUpdate()
                .set(UNIT_ACCEPTANCE.STATUS, status)
                .set(UNIT_ACCEPTANCE.REASON, reason)
                .set(UNIT_ACCEPTANCE.DECIDED_BY, userId)
                .set(UNIT_ACCEPTANCE.DECIDED_AT, DSL.currentOffsetDateTime())
                .set(UNIT_ACCEPTANCE.VERSION, UNIT_ACCEPTANCE.VERSION.plus(1))
                .execute();
    }

    /** Back to pending. */
    boolean clear(int unitId, int year) {
        return db.deleteFrom(UNIT_ACCEPTANCE)
                        .where(UNIT_ACCEPTANCE.DIVISION_ID.eq(unitId))
                        .and(UNIT_ACCEPTANCE.YEAR.eq((short) year))
                        .execute()
                > 0;
    }

    /**
     * Takes back the year's acceptances of the given units and of every unit above them, and names the
     * units whose acceptance was taken back.
     */
    List<Division> reopenAcceptedAbove(Collection<Integer> unitIds, int year) {
        var sql = """
                with recursive up (id) as (
                    select unnest({0})
                    union
                    select d.parent_id from division d join up on d.id = up.id where d.parent_id is not null
                ),
                reopened as (
                    delete from unit_acceptance a using up
                    where a.division_id = up.id and a.year = {1} and a.status = 'accepted'
                    returning a.division_id
                )
                select d.id, d.code, d.name, d.level, d.parent_id
                from division d join reopened r on r.division_id = d.id
                order by d.code""";
        return db.resultQuery(
                        sql, DSL.val(unitIds.toArray(Integer[]::new), SQLDataType.INTEGER.array()), DSL.val((short)
                                year))
                .fetch(ApprovalRepository::division);
    }

    private static UnitYear unitYear(Record r, int year) {
        // pending is no row: the database's vocabulary holds only the decisions
        var status = r.get("status", UNIT_ACCEPTANCE.STATUS.getType());
        return new UnitYear(
                division(r),
                year,
                r.get("not_approved", Long.class),
                r.get("any_approved", Boolean.class),
                // the units below that it has not accepted depend on the levels: the service fills them in
                0,
                status == null ? AcceptanceStatus.PENDING : Vocabularies.toDomain(status, AcceptanceStatus.class),
                r.get("reason", String.class),
                r.get("decided_by", String.class),
                r.get("decided_at", OffsetDateTime.class));
    }

    private static Division division(Record r) {
        return new Division(
                r.get("id", Integer.class),
                r.get("code", String.class),
                r.get("name", String.class),
                Vocabularies.toDomain(r.get("level", DivisionLevel.class), Division.Level.class),
                r.get("parent_id", Integer.class));
    }
}
