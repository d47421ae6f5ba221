package org.minsheng.base.db;

import java.util.Collection;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Which units' years are published by a unit of their line, themselves included (V133): once 漳州市
 * released its year-in-review, 漳浦县's figures of that year change only as a correction with its reason,
 * and its targets of that year only as a revision with its reason. The one walk for the figures' locks
 * and the targets' revisions, whose packages cannot call each other; each repository runs it.
 */
public final class PublishedLines {

    /*
     * up: each asked unit {0} with its line to the root; a unit is published when a unit of its line
     * published the year {1}. The line is a handful of rows a unit, so this is a few index probes; sixteen
     * steps bound a wrong parent link's cycle, as V122's walks do.
     */
    private static final String PUBLISHED = """
            with recursive up (unit_id, id, parent_id, depth) as (
              select d.id, d.id, d.parent_id, 0 from division d where d.id = any({0})
              union all
              select up.unit_id, p.id, p.parent_id, up.depth + 1 from up join division p on p.id = up.parent_id
              where up.depth < 16
            )
            select distinct up.unit_id from up
            join unit_publication u on u.division_id = up.id and u.year = {1}""";

    private PublishedLines() {}

    /** The ids, in the first column, of those of {@code units} whose year a unit of their line published. */
    public static ResultQuery<Record> of(int year, Collection<Integer> units) {
        return DSL.resultQuery(
                PUBLISHED,
                DSL.val(units.toArray(Integer[]::new), SQLDataType.INTEGER.array()),
                DSL.val(year, SQLDataType.INTEGER));
    }
}
