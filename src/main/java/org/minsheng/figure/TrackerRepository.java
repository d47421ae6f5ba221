package org.minsheng.figure;

import static org.jooq.impl.DSL.inline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.minsheng.division.Division;
import org.springframework.stereotype.Repository;

/**
 * The tracker's reads along the division tree: a unit's line up to the root, and how many reporting units
 * below each child of a unit have submitted everything. Counted in SQL so the national tracker never
 * builds 2,978 counties' cells in Java to show 31 rows.
 */
@Repository
class TrackerRepository {

    /*
     * sub: the units valid during the year below the focus {0}, each with the child of the focus it lies
     * under, walking down through provinces and cities only (towns are below the reporting units and are
     * many: 41,352 nationally). A reporting unit is a city for the city-level indicators and a county for
     * the others, as CellAssembler.reports says; it has submitted when each required indicator it reports
     * has a submitted or approved figure. A unit has one figure per indicator and period (unique), so that
     * is a count of its figures in the period, one index range (division, period) per unit, rather than
     * one probe per unit and indicator (59,502 nationally): the indicators are a filter of the count, not
     * a condition of the scan, which would lead the planner back to the probes. The arrays are the indicators a city and a county
     * report ({1}, {2}) and of those the required ones ({3}, {4}); {5} the period, {6}/{7} the year's first
     * and last day; {8} whether every unit counts, else {9} the units a statistician may see.
     */
    private static final String ROLLED_UP = """
            with recursive sub (id, child_id, level) as (
              select d.id, d.id, d.level from division d
              where d.parent_id = {0} and d.valid_from <= {7} and (d.valid_to is null or d.valid_to > {6})
              union all
              select d.id, s.child_id, d.level from sub s join division d on d.parent_id = s.id
              where s.level in ('province', 'city')
                and d.valid_from <= {7} and (d.valid_to is null or d.valid_to > {6})
            ), reporting as (
              select s.id, s.child_id, s.level,
                     case when s.level = 'city' then {3} else {4} end as required
              from sub s
              where ((s.level = 'city' and cardinality({1}) > 0) or (s.level = 'county' and cardinality({2}) > 0))
                and ({8} or s.id = any({9}))
            )
            select r.child_id, r.level::text as level, count(*) as units,
                   count(*) filter (where done.figures = cardinality(r.required)) as submitted
            from reporting r
            cross join lateral (
              select count(*) filter (where f.indicator_id = any(r.required)
                                        and f.status in ('submitted', 'approved')) as figures
              from figure f
              where f.division_id = r.id and f.period_id = {5}) as done
            group by r.child_id, r.level""";

    private static final String LINE = """
            with recursive line (id, code, name, level, parent_id, depth) as (
              select id, code, name, level, parent_id, 0 from division where code = {0}
              union all
              select d.id, d.code, d.name, d.level, d.parent_id, l.depth + 1
              from line l join division d on d.id = l.parent_id
              where l.depth < 16
            )
            select id, code, name, level::text as level, parent_id from line order by depth desc""";

    private final DSLContext db;

    TrackerRepository(DSLContext db) {
        this.db = db;
    }

    /** The unit of this code and its ancestors, the topmost first; empty when no unit has the code. */
    List<Division> line(String code) {
        return db.resultQuery(LINE, DSL.val(code)).fetch(TrackerRepository::division);
    }

    /** A unit's name, for a refusal that says which units the reader may follow. */
    String name(int id) {
        return db.resultQuery("select name from division where id = {0}", inline(id))
                .fetchOne(0, String.class);
    }

    /** Reporting units, and how many of them submitted everything, of one level below one child. */
    record Count(int childId, Division.Level level, int units, int submitted) {}

    /**
     * The reporting units below each child of a unit, by level, and how many of them have submitted.
     *
     * @param only the units a statistician may see, empty for every unit
     */
    List<Count> rolledUp(
            int unitId, int periodId, int year, Reported city, Reported county, Optional<Collection<Integer>> only) {
        return db.resultQuery(
                        ROLLED_UP,
                        inline(unitId),
                        DSL.val(city.reported()),
                        DSL.val(county.reported()),
                        DSL.val(city.required()),
                        DSL.val(county.required()),
                        inline(periodId),
                        inline(LocalDate.of(year, 1, 1)),
                        inline(LocalDate.of(year, 12, 31)),
                        inline(only.isEmpty()),
                        DSL.val(only.map(ids -> ids.toArray(Integer[]::new)).orElse(new Integer[0])))
                .fetch(r -> new Count(
                        r.get("child_id", Integer.class),
                        level(r.get("level", String.class)),
                        r.get("units", Integer.class),
                        r.get("submitted", Integer.class)));
    }

    /** The indicators a level reports in a period, and of those the ones it must report. */
    record Reported(Integer[] reported, Integer[] required) {

        static Reported of(List<Integer> reported, List<Integer> required) {
            return new Reported(reported.toArray(Integer[]::new), required.toArray(Integer[]::new));
        }
    }

    /** Counts keyed by child, for the rows that have no reporting unit below them too. */
    static Map<Integer, List<Count>> byChild(List<Count> counts) {
        var map = new HashMap<Integer, List<Count>>();
        counts.forEach(
                c -> map.computeIfAbsent(c.childId(), k -> new ArrayList<>()).add(c));
        return map;
    }

    private static Division division(Record r) {
        return new Division(
                r.get("id", Integer.class),
                r.get("code", String.class),
                r.get("name", String.class),
                level(r.get("level", String.class)),
                r.get("parent_id", Integer.class));
    }

    private static Division.Level level(String level) {
        return Division.Level.valueOf(level.toUpperCase(Locale.ROOT));
    }
}
