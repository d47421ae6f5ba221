package org.minsheng.figure;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Which units' years are published by a unit above them (or by themselves): once 漳州市 released its
 * year-in-review (V133), a figure of 漳浦县 in that year is a published figure even while the
 * installation's period is still open, and changes only as a correction with its reason.
 */
@Repository
class UnitLockRepository {

    /*
     * up: each asked unit {0} with its line to the root; a unit is locked when a unit of its line
     * published the year {1}. The line is a handful of rows a unit, so this is a few index probes.
     */
    private static final String PUBLISHED = """
            with recursive up (unit_id, id, parent_id) as (
              select d.id, d.id, d.parent_id from division d where d.id = any({0})
              union all
              select up.unit_id, p.id, p.parent_id from up join division p on p.id = up.parent_id
            )
            select distinct up.unit_id from up
            join unit_publication u on u.division_id = up.id and u.year = {1}""";

    private final DSLContext db;

    UnitLockRepository(DSLContext db) {
        this.db = db;
    }

    /** Those of {@code units} whose year a unit of their line (themselves included) has published. */
    Set<Integer> published(int year, Collection<Integer> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.resultQuery(
                        PUBLISHED,
                        DSL.val(units.toArray(Integer[]::new), SQLDataType.INTEGER.array()),
                        DSL.val(year, SQLDataType.INTEGER))
                .fetch(r -> r.get(0, Integer.class)));
    }

    boolean published(int year, int unit) {
        return !published(year, Set.of(unit)).isEmpty();
    }
}
