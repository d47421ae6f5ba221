package org.minsheng.division;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.defaultValue;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.TARGET;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Row5;
import org.minsheng.base.db.PublishedLines;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.DivisionLevel;
import org.springframework.stereotype.Repository;

/** Bulk reads and writes for importing the national division list. */
@Repository
class DivisionImportRepository {

    /** Rows per multi-row insert: 5 parameters each stays far below PostgreSQL's 32,767 limit. */
    private static final int CHUNK = 2_000;

    private final DSLContext db;

    DivisionImportRepository(DSLContext db) {
        this.db = db;
    }

    /** A unit already in the table, with what decides whether an import may change it. */
    record Stored(
            int id, String code, String name, Division.Level level, String parentCode, boolean closed, boolean inUse) {}

    /** A unit to add, valid from a day, or from the table's default (since ever) when the day is null. */
    record NewUnit(String code, String name, Integer parentId, LocalDate validFrom) {}

    record ChangedUnit(int id, String name, Division.Level level, Integer parentId) {}

    /** The stored units among these codes, by code; one round trip however many codes. */
    Map<String, Stored> find(Collection<String> codes) {
        var parent = DIVISION.as("parent");
        var inUse = exists(selectOne().from(FIGURE).where(FIGURE.DIVISION_ID.eq(DIVISION.ID)))
                .or(exists(selectOne().from(TARGET).where(TARGET.DIVISION_ID.eq(DIVISION.ID))));
        var stored = new HashMap<String, Stored>();
        db.select(
                        DIVISION.ID,
                        DIVISION.CODE,
                        DIVISION.NAME,
                        DIVISION.LEVEL,
                        parent.CODE,
                        DIVISION.VALID_TO.isNotNull(),
                        field(inUse))
                .from(DIVISION)
                .leftJoin(parent)
                .on(parent.ID.eq(DIVISION.PARENT_ID))
                .where(DIVISION.CODE.eq(any(codes.toArray(String[]::new))))
                .forEach(r -> stored.put(
                        r.value2(),
                        new Stored(
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                level(r.value4()),
                                r.value5(),
                                r.value6(),
                                r.value7())));
        return stored;
    }

    /** Inserts the units of one level in multi-row statements; returns their new ids by code. */
    Map<String, Integer> insert(Division.Level level, List<NewUnit> units) {
        var ids = new HashMap<String, Integer>();
        var dbLevel = Vocabularies.toDatabase(level, DivisionLevel.class);
        for (int from = 0; from < units.size(); from += CHUNK) {
            List<Row5<String, String, DivisionLevel, Integer, LocalDate>> rows =
                    units.subList(from, Math.min(units.size(), from + CHUNK)).stream()
                            .map(u -> row(
                                    val(u.code()),
                                    val(u.name()),
                                    val(dbLevel),
                                    val(u.parentId(), DIVISION.PARENT_ID),
                                    u.validFrom() == null ? defaultValue(DIVISION.VALID_FROM) : val(u.validFrom())))
                            .toList();
            db.insertInto(
                            DIVISION,
                            DIVISION.CODE,
                            DIVISION.NAME,
                            DIVISION.LEVEL,
                            DIVISION.PARENT_ID,
                            DIVISION.VALID_FROM)
                    .valuesOfRows(rows)
                    .returningResult(DIVISION.ID, DIVISION.CODE)
                    .fetch()
                    .forEach(r -> ids.put(r.value2(), r.value1()));
        }
        return ids;
    }

    /**
     * For each unit (a parent of units to add), the newest year whose pages are out for it, by id; a unit
     * with none is absent. See {@link PublishedLines#latestYears}.
     */
    Map<Integer, Integer> latestPublishedYears(Collection<Integer> ids) {
        var years = new HashMap<Integer, Integer>();
        db.fetch(PublishedLines.latestYears(ids)).forEach(r -> {
            var year = r.get(1, Integer.class);
            if (year != null) {
                years.put(r.get(0, Integer.class), year);
            }
        });
        return years;
    }

    /** The newest year the review page published a period of, for a unit added with no parent. */
    Optional<Integer> latestPublishedYear() {
        return Optional.ofNullable(db.fetchOne(PublishedLines.latestPeriodYear()))
                .map(r -> r.get(0, Integer.class));
    }

    void update(List<ChangedUnit> units) {
        if (units.isEmpty()) {
            return;
        }
        db.batch(units.stream()
                        .map(u -> db.update(DIVISION)
                                .set(DIVISION.NAME, u.name())
                                .set(DIVISION.LEVEL, Vocabularies.toDatabase(u.level(), DivisionLevel.class))
                                .set(DIVISION.PARENT_ID, u.parentId())
                                .where(DIVISION.ID.eq(u.id())))
                        .toList())
                .execute();
    }

    private static Division.Level level(DivisionLevel level) {
        return Vocabularies.toDomain(level, Division.Level.class);
    }
}
