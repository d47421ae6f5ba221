package org.minsheng.dashboard;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Where a page's figures come from. A city installation's own pages read the city's roll-up (RollupSql:
 * its districts' figures, and its own for the city-level indicators), exactly as they always have; every
 * other page reads its unit's and its children's values along the hierarchy (LevelSql: a unit's own
 * figure, else its children's total), so a child with children of its own shows their total.
 */
record PageReads(DashboardRepository repository, int unitId, boolean levels) {

    /** The same reads of a unit below the page's, always along the hierarchy (an accepting child's own). */
    PageReads at(int unit) {
        return new PageReads(repository, unit, true);
    }

    List<MonthCell> cellsByMonth(int year, int to, boolean yearly) {
        return levels
                ? repository.unitCellsByMonth(unitId, year, to, yearly)
                : repository.cellsByMonth(unitId, year, to, yearly);
    }

    List<YearCell> cells(int year, int from, int to, boolean yearly) {
        return levels
                ? repository.unitCells(unitId, year, from, to, yearly)
                : repository.cells(unitId, year, from, to, yearly);
    }

    List<TrendPoint> trend(int year, int to) {
        return levels ? repository.unitTrend(unitId, year, to) : repository.trend(unitId, year, to);
    }

    /**
     * The unit's whole-year values; on a district's page of the city, following its line: the sum over
     * it on the city's roll-up, and along the hierarchy each year's value of the unit of the line that
     * has one (one unit at a time: 龙海市 until 2020, 龙海区 after), the focus's first.
     */
    List<YearPoint> years(int from, int to, List<Integer> line) {
        if (!levels) {
            return repository.years(unitId, from, to, line);
        }
        var byYear = new LinkedHashMap<List<Integer>, YearPoint>();
        repository.unitYears(unitId, from, to).forEach(p -> byYear.put(List.of(p.indicatorId(), p.year()), p));
        line.stream()
                .filter(unit -> unit != unitId)
                .forEach(unit -> repository
                        .unitYears(unit, from, to)
                        .forEach(p -> byYear.putIfAbsent(List.of(p.indicatorId(), p.year()), p)));
        return List.copyOf(byYear.values());
    }
}
