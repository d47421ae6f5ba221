package org.minsheng.base.db;

import java.util.Collection;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Which units' years are published by a unit of their line, themselves included (V133): once 漳州市
 * released its year-in-review, 漳浦县's figures of that year change only as a correction with its reason,
 * and its targets of that year only as a revision with its reason. The one walk for the figures' locks,
 * the targets' revisions, the first year of a division imported later and the editions a revision
 * supersedes, whose packages cannot call each other; each repository runs it.
 */
public final class PublishedLines {

    /*
     * up: each asked unit {0} with its line to the root; a unit is published when a unit of its line
     * published the year {1}. The line is a handful of rows a unit, so this is a few index probes; sixteen
     * steps bound a wrong parent link's cycle, as V122's walks do.
     */
    private static final String UP = """
            with recursive up (unit_id, id, parent_id, depth) as (
              select d.id, d.id, d.parent_id, 0 from division d where d.id = any({0})
              union all
              select up.unit_id, p.id, p.parent_id, up.depth + 1 from up join division p on p.id = up.parent_id
              where up.depth < 16
            )
            """;

    private static final String PUBLISHED = UP + """
            select distinct up.unit_id from up
            join unit_publication u on u.division_id = up.id and u.year = {1}""";

    private static final String LINE = UP + """
            select distinct d.code from up join division d on d.id = up.id order by d.code""";

    private static final String PERIOD_YEAR = "(select max(p.year) from period p where p.status = 'published')";

    /*
     * The newest year published for each asked unit {0}: released by a unit of its line, or published on the
     * review page by its periods (for every unit at once; one published month is enough, its page is out).
     */
    private static final String LATEST = UP + """
            select up.unit_id, greatest(max(u.year), """ + PERIOD_YEAR + """
            )
            from up left join unit_publication u on u.division_id = up.id
            group by up.unit_id""";

    private PublishedLines() {}

    /** The ids, in the first column, of those of {@code units} whose year a unit of their line published. */
    public static ResultQuery<Record> of(int year, Collection<Integer> units) {
        return DSL.resultQuery(
                PUBLISHED,
                DSL.val(units.toArray(Integer[]::new), SQLDataType.INTEGER.array()),
                DSL.val(year, SQLDataType.INTEGER));
    }

    /**
     * The codes, in the first column, of {@code units} and of every unit above them: the units whose
     * editions a revision of {@code units}' figures or targets supersedes, as an edition counts its whole
     * subtree.
     */
    public static ResultQuery<Record> line(Collection<Integer> units) {
        return DSL.resultQuery(LINE, DSL.val(units.toArray(Integer[]::new), SQLDataType.INTEGER.array()));
    }

    /**
     * Each of {@code units} (first column) with the newest year whose pages are out for it (second column,
     * null when none is): a year a unit of its line released, or one the review page published a period of.
     * A division added now must not join such a year, whose unit list was published.
     */
    public static ResultQuery<Record> latestYears(Collection<Integer> units) {
        return DSL.resultQuery(LATEST, DSL.val(units.toArray(Integer[]::new), SQLDataType.INTEGER.array()));
    }

    /** The newest year the review page published a period of, for every unit at once; null when none. */
    public static ResultQuery<Record> latestPeriodYear() {
        return DSL.resultQuery("select " + PERIOD_YEAR);
    }
}
