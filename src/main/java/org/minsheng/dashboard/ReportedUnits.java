package org.minsheng.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * The units that have reported an indicator (a figure or 不适用 each) and whether every unit a total counts
 * is among them: the one test behind a page's complete total ({@link Dashboard#complete}), its comparable
 * totals ({@link Dashboard#totalsComparable(Indicator)}) and a year-in-review's status ({@link
 * CityYear#everyUnitReported}), written once so the dashboard and the publication cannot judge apart.
 */
final class ReportedUnits {

    private ReportedUnits() {}

    /**
     * The units among {@code cells} with a figure or 不适用 of {@code indicator}, each as {@code as} maps it
     * (a unit taken as the one it succeeds, or itself).
     */
    static Set<Integer> of(List<YearCell> cells, Indicator indicator, Map<Integer, Integer> as) {
        return cells.stream()
                .filter(c -> c.indicatorId() == indicator.id() && reported(c))
                .map(c -> as.getOrDefault(c.divisionId(), c.divisionId()))
                .collect(Collectors.toSet());
    }

    /** The units among {@code cells} with a figure or 不适用 of any indicator ({@link Dashboard#unitsWithoutFigures}). */
    static Set<Integer> ofAny(List<YearCell> cells) {
        return cells.stream()
                .filter(ReportedUnits::reported)
                .map(YearCell::divisionId)
                .collect(Collectors.toSet());
    }

    private static boolean reported(YearCell cell) {
        return !cell.isTotal() && !cell.isMissing();
    }

    /** Whether each of {@code units} has reported {@code indicator} among {@code cells}. */
    static boolean every(List<YearCell> cells, Indicator indicator, List<Division> units) {
        var reporting = of(cells, indicator, Map.of());
        return units.stream().allMatch(u -> reporting.contains(u.id()));
    }
}
