package org.minsheng.division;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.PERIOD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.db.tables.records.DivisionRecord;
import org.springframework.stereotype.Repository;

@Repository
class DivisionRepository {

    private final DSLContext db;

    DivisionRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Division> findByCode(String code) {
        return db.selectFrom(DIVISION).where(DIVISION.CODE.eq(code)).fetchOptional(DivisionRepository::toDivision);
    }

    /** Children that existed at some time between the two dates, in display order. */
    /**
     * The city- and county-level units below a province or the country that existed at some time between
     * the two dates, each city followed by its counties, in display order: who enters figures when the root
     * is above a city. The walk stops at county level (towns do not report).
     */
    List<Division> findReportingUnitsBelow(int rootId, LocalDate from, LocalDate to) {
        return findTreeDownToCounty(rootId, from, to).stream()
                .filter(d -> d.level() == Division.Level.CITY || d.level() == Division.Level.COUNTY)
                .toList();
    }

    /**
     * The root and every unit below it down to county level that existed at some time between the two
     * dates, each unit followed by the units below it, in display order; a unit of a closed parent is
     * left out with its parent.
     */
    List<Division> findTreeDownToCounty(int rootId, LocalDate from, LocalDate to) {
        var sql = """
                with recursive tree (id, level, path) as (
                    select id, level, array[]::text[] from division where id = {0}
                    union all
                    select d.id, d.level, t.path || (lpad(d.display_order::text, 8, '0') || d.code)
                    from division d join tree t on d.parent_id = t.id
                    where t.level < 'county' and d.level <= 'county'
                      and d.valid_from <= {2} and (d.valid_to is null or d.valid_to > {1})
                )
                select division.* from division join tree on tree.id = division.id
                order by tree.path""";
        return db.resultQuery(sql, DSL.val(rootId), DSL.val(from), DSL.val(to))
                .fetchInto(DIVISION)
                .map(DivisionRepository::toDivision);
    }

    List<Division> findChildren(int parentId, LocalDate from, LocalDate to) {
        return db.selectFrom(DIVISION)
                .where(DIVISION.PARENT_ID.eq(parentId))
                .and(DIVISION.VALID_FROM.le(to))
                .and(DIVISION.VALID_TO.isNull().or(DIVISION.VALID_TO.gt(from)))
                .orderBy(DIVISION.DISPLAY_ORDER, DIVISION.CODE)
                .fetch(DivisionRepository::toDivision);
    }

    /**
     * Serialises imports and successions (they read, then write) without blocking readers or figure
     * entry: this mode conflicts with inserts and updates of divisions, not with foreign-key checks.
     */
    void lockForChange() {
        db.execute("lock table division in share row exclusive mode");
    }

    Optional<DivisionNode> findNode(String code) {
        return nodes(DIVISION.CODE.eq(code)).stream().findFirst();
    }

    Optional<DivisionNode> findNode(int id) {
        return nodes(DIVISION.ID.eq(id)).stream().findFirst();
    }

    /** One page of a unit's children, old and current, in display order. */
    List<DivisionNode> children(int parentId, int offset, int limit) {
        return nodeQuery()
                .where(DIVISION.PARENT_ID.eq(parentId))
                .orderBy(DIVISION.DISPLAY_ORDER, DIVISION.CODE)
                .offset(offset)
                .limit(limit)
                .fetch(DivisionRepository::toNode);
    }

    int childCount(int parentId) {
        return db.fetchCount(DIVISION, DIVISION.PARENT_ID.eq(parentId));
    }

    /** The units that name this one as their successor. */
    List<DivisionNode> predecessorsOf(int id) {
        return nodes(DIVISION.SUCCESSOR_ID.eq(id));
    }

    /*
     * For many units at once, the units each replaced, following successor links backwards through
     * earlier renames; the depth bound stops a cycle (a data error) from looping.
     */
    private static final String PREDECESSORS = """
            with recursive line(unit, id, depth) as (
              select d.successor_id, d.id, 1 from division d where d.successor_id = any({0})
              union all
              select l.unit, d.id, l.depth + 1 from division d join line l on d.successor_id = l.id
              where l.depth < 20
            )
            select unit, id from line order by unit, depth, id""";

    /** Each given unit's predecessors, nearest first; units never renamed are absent from the map. */
    Map<Integer, List<Integer>> predecessorIds(Collection<Integer> ids) {
        var map = new HashMap<Integer, List<Integer>>();
        db.resultQuery(PREDECESSORS, DSL.val(ids.toArray(Integer[]::new)))
                .forEach(r -> map.computeIfAbsent(r.get("unit", Integer.class), k -> new ArrayList<>())
                        .add(r.get("id", Integer.class)));
        return map;
    }

    /** A new unit at the level and place of an old one, valid from a day. */
    int insertLike(DivisionNode old, String code, String name, LocalDate validFrom) {
        return db.insertInto(DIVISION)
                .set(DIVISION.CODE, code)
                .set(DIVISION.NAME, name)
                .set(DIVISION.LEVEL, Vocabularies.toDatabase(old.level(), DivisionLevel.class))
                .set(DIVISION.PARENT_ID, old.parentId())
                .set(DIVISION.VALID_FROM, validFrom)
                .set(
                        DIVISION.DISPLAY_ORDER,
                        db.select(DIVISION.DISPLAY_ORDER).from(DIVISION).where(DIVISION.ID.eq(old.id())))
                .returning(DIVISION.ID)
                .fetchSingle(DIVISION.ID);
    }

    void close(int id, LocalDate validTo, int successorId) {
        db.update(DIVISION)
                .set(DIVISION.VALID_TO, validTo)
                .set(DIVISION.SUCCESSOR_ID, successorId)
                .where(DIVISION.ID.eq(id))
                .execute();
    }

    void startOn(int id, LocalDate validFrom) {
        db.update(DIVISION)
                .set(DIVISION.VALID_FROM, validFrom)
                .where(DIVISION.ID.eq(id))
                .execute();
    }

    /** Figures of a unit for periods that begin on or after a day, which a closing would orphan. */
    int figuresFrom(int divisionId, LocalDate day) {
        return figuresAround(divisionId, day, true);
    }

    /** Figures of a unit for periods that begin before a day: a history that moving its start would cut off. */
    int figuresBefore(int divisionId, LocalDate day) {
        return figuresAround(divisionId, day, false);
    }

    private int figuresAround(int divisionId, LocalDate day, boolean fromTheDay) {
        // Periods start on the first of a month (a year on 1 January); as yyyymm numbers the first
        // period starting on or after the day is the day's month, or the next when the day is later.
        var firstMonth = day.getYear() * 100 + day.getMonthValue() + (day.getDayOfMonth() > 1 ? 1 : 0);
        var periodStart = PERIOD.YEAR
                .cast(Integer.class)
                .mul(100)
                .plus(PERIOD.MONTH.coalesce((short) 1).cast(Integer.class));
        return db.fetchCount(
                FIGURE.join(PERIOD).on(PERIOD.ID.eq(FIGURE.PERIOD_ID)),
                FIGURE.DIVISION_ID
                        .eq(divisionId)
                        .and(fromTheDay ? periodStart.ge(firstMonth) : periodStart.lt(firstMonth)));
    }

    private List<DivisionNode> nodes(Condition condition) {
        return nodeQuery()
                .where(condition)
                .orderBy(DIVISION.VALID_FROM, DIVISION.CODE)
                .fetch(DivisionRepository::toNode);
    }

    private SelectJoinStep<Record> nodeQuery() {
        var successor = DIVISION.as("successor");
        var child = DIVISION.as("child");
        return db.select(DIVISION.fields())
                .select(
                        successor.CODE.as("successor_code"),
                        successor.NAME.as("successor_name"),
                        field(selectCount().from(child).where(child.PARENT_ID.eq(DIVISION.ID)))
                                .as("child_count"))
                .from(DIVISION)
                .leftJoin(successor)
                .on(successor.ID.eq(DIVISION.SUCCESSOR_ID));
    }

    private static DivisionNode toNode(Record r) {
        return new DivisionNode(
                r.get(DIVISION.ID),
                r.get(DIVISION.CODE),
                r.get(DIVISION.NAME),
                Vocabularies.toDomain(r.get(DIVISION.LEVEL), Division.Level.class),
                r.get(DIVISION.PARENT_ID),
                new DivisionNode.Validity(r.get(DIVISION.VALID_FROM), r.get(DIVISION.VALID_TO)),
                new DivisionNode.Successor(
                        r.get("successor_code", String.class), r.get("successor_name", String.class)),
                r.get("child_count", Integer.class));
    }

    private static Division toDivision(DivisionRecord r) {
        return new Division(
                r.getId(),
                r.getCode(),
                r.getName(),
                Vocabularies.toDomain(r.getLevel(), Division.Level.class),
                r.getParentId());
    }
}
