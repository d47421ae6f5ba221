package org.minsheng.dashboard;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.minsheng.division.Division;
import org.minsheng.security.ReadingScope;

/**
 * A page cut down to what a reader limited to one unit's subtree may see. Pages are computed and cached
 * once for every reader; a limited reader gets a copy without any figure of a unit outside the subtree
 * (a sibling district's cells, the parent's totals, their targets and scores), so such a figure never
 * leaves the server, hidden or not. The focus's line counts as the focus: 龙海区's reader opening 2020
 * sees 龙海市, the unit 龙海区 was then.
 */
final class DashboardScope {

    private DashboardScope() {}

    static Dashboard limit(Dashboard page, ReadingScope scope) {
        var units = page.units();
        var focusLine = Stream.concat(Stream.of(units.focus()), units.formerly().stream())
                .map(Division::id)
                .collect(Collectors.toSet());
        boolean lineCovered = scope.coversAny(focusLine);
        boolean root = scope.covers(units.city().id());
        Predicate<Integer> unit = id -> scope.covers(id) || (lineCovered && focusLine.contains(id));
        // a null division in cells and trend points is the root's total
        Predicate<Integer> shown = id -> id == null ? root : unit.test(id);
        var counties = units.counties().stream().filter(c -> unit.test(c.id())).toList();
        var predecessors = units.predecessors().entrySet().stream()
                .filter(e -> unit.test(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // last year's cells of a renamed district are its predecessor's
        Set<Integer> lastYearUnits = new HashSet<>(predecessors.values());
        Predicate<Integer> shownLastYear = id -> shown.test(id) || lastYearUnits.contains(id);
        var figures = page.figures();
        return new Dashboard(
                page.filter(),
                page.window(),
                new PageUnits(
                        units.city(),
                        units.focus(),
                        counties,
                        units.formerly(),
                        predecessors,
                        // the breadcrumbs start at the reader's own unit: nothing above it is a page for them
                        units.path().stream()
                                .filter(d -> scope.covers(d.id())
                                        || d.id() == units.focus().id())
                                .toList(),
                        units.founded()),
                page.indicators(),
                page.targets().stream().filter(t -> unit.test(t.divisionId())).toList(),
                new PageFigures(
                        figures.cells().stream()
                                .filter(c -> shown.test(c.divisionId()))
                                .toList(),
                        figures.lastYear().stream()
                                .filter(c -> shownLastYear.test(c.divisionId()))
                                .toList(),
                        figures.trend().stream()
                                .filter(p -> shown.test(p.divisionId()))
                                .toList(),
                        figures.years(),
                        figures.scores().stream()
                                .filter(s -> unit.test(s.divisionId()))
                                .toList()),
                page.townLevel(),
                // the marks and the note name only the units the reader may see
                page.acceptance().only(unit));
    }
}
