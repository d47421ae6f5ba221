package org.minsheng.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.minsheng.division.Division;

/**
 * A page's totals where the focus's level accepts the years of the units it ranks (docs/levels.md,
 * "Approval levels"): the focus's value of each indicator is rolled up again from the values of the
 * children it counts ({@link AcceptedUnits}), those whose year the focus's level accepted, by the
 * indicator's rule (sum, max, min, 不适用 when every counted child is 不适用, a ratio from its numerator's and
 * denominator's recomputed values). The children's rows are the ones the page read anyway, so this costs no
 * roll-up in SQL; the pre-aggregated total, which counts every child, is simply not used. An indicator of
 * which the focus has a figure of its own in the year keeps that figure: its value never was its children's.
 *
 * <p>With three or more approval levels the filter recurses: a child that accepts units of its own (福建省
 * on the country's page) is worth what its own page counts, its accepted children only, rolled up the same
 * way from its own read, so a city the province returned is left out of the province's row on the
 * country's page as on the province's. Where everything below such a child is accepted for the year its
 * read along the hierarchy is that value already and is kept as it is.
 *
 * <p>Where nothing is accepted (no approval levels, a level that approves figures itself, a page that
 * ranks another unit's children) every method returns what it was given: the pages as they always were.
 */
final class AcceptedTotals {

    private final DashboardRepository repository;
    private final Division focus;
    private final int year;
    private final AcceptedUnits units;

    private AcceptedTotals(DashboardRepository repository, Division focus, int year, AcceptedUnits units) {
        this.repository = repository;
        this.focus = focus;
        this.year = year;
        this.units = units;
    }

    /**
     * The totals of a frame's page in {@code year} and the years before it down to {@code from}: the rows as
     * read unless the frame's focus accepts a level of units below it or ranks children that do.
     */
    static AcceptedTotals of(
            DashboardRepository repository,
            AcceptanceRepository acceptances,
            DashboardFrames.Frame frame,
            int from,
            int year) {
        return new AcceptedTotals(
                repository, frame.units().focus(), year, AcceptedUnits.of(acceptances, frame, from, year));
    }

    boolean applies() {
        return units.applies();
    }

    /** The ranked units outside the totals of the page's year, for the page to mark and name. */
    Acceptance acceptance() {
        return units.acceptance();
    }

    /**
     * A window's cells of {@code cellYear} (the page's year, or last year's for 同比) with the totals
     * recomputed; {@code read} reads the same window of a unit below the focus, for the ones that accept.
     */
    List<YearCell> cells(List<YearCell> cells, int cellYear, IntFunction<List<YearCell>> read) {
        if (!applies()) {
            return cells;
        }
        return resolve(units, cellParts(cells), id -> cellParts(read.apply(id)), k -> cellYear).stream()
                .map(AcceptedTotals::cell)
                .toList();
    }

    /** Every month's cells of the page's year, with each month's totals recomputed. */
    List<MonthCell> monthCells(List<MonthCell> cells, IntFunction<List<MonthCell>> read) {
        if (!applies()) {
            return cells;
        }
        return resolve(units, monthParts(cells), id -> monthParts(read.apply(id)), k -> year).stream()
                .map(p -> new MonthCell(cell(p), p.key()))
                .toList();
    }

    /** The page year's trend points with the focus's recomputed; a point without a value counts as 不适用. */
    List<TrendPoint> trend(List<TrendPoint> points, IntFunction<List<TrendPoint>> read) {
        if (!applies()) {
            return points;
        }
        return resolve(units, trendParts(points), id -> trendParts(read.apply(id)), k -> year).stream()
                .map(p -> new TrendPoint(p.indicatorId(), p.divisionId(), p.key(), p.value()))
                .toList();
    }

    /**
     * The focus's whole-year values {@code from}..{@code year}, each year counting the children accepted
     * for that year; where nothing is accepted, what {@code unfiltered} reads.
     */
    List<YearPoint> years(int from, Supplier<List<YearPoint>> unfiltered) {
        if (!applies()) {
            return unfiltered.get();
        }
        IntFunction<List<TotalsByRule.Part>> read = id -> repository.unitAndChildYears(id, from, year).stream()
                .map(u -> new TotalsByRule.Part(
                        u.point().indicatorId(),
                        u.divisionId(),
                        u.point().year(),
                        u.point().value(),
                        u.point().notApplicable(),
                        null,
                        0,
                        0))
                .toList();
        return resolve(units, read.apply(focus.id()), read, k -> k).stream()
                .filter(p -> p.divisionId() == null)
                .map(p -> new YearPoint(p.indicatorId(), p.key(), p.value(), p.na()))
                .toList();
    }

    /**
     * The rows with each unit below {@code node} that accepts units of its own worth what its own totals
     * count (read by {@code read} and resolved the same way, so down every accepting level), then
     * {@code node}'s totals rolled up again from the counted rows.
     */
    private static List<TotalsByRule.Part> resolve(
            AcceptedUnits node,
            List<TotalsByRule.Part> parts,
            IntFunction<List<TotalsByRule.Part>> read,
            TotalsByRule.YearOf yearOf) {
        var rows = parts;
        for (var entry : node.below().entrySet()) {
            int id = entry.getKey();
            var child = entry.getValue();
            // where everything below the child is accepted its value along the hierarchy is that already
            if (rows.stream()
                    .noneMatch(p -> Objects.equals(p.divisionId(), id) && !child.complete(yearOf.of(p.key())))) {
                continue;
            }
            var resolved = new ArrayList<TotalsByRule.Part>();
            rows.stream().filter(p -> !Objects.equals(p.divisionId(), id)).forEach(resolved::add);
            resolve(child, read.apply(id), read, yearOf).stream()
                    .filter(p -> p.divisionId() == null)
                    .map(p -> new TotalsByRule.Part(
                            p.indicatorId(),
                            id,
                            p.key(),
                            p.value(),
                            p.na(),
                            p.approvedAt(),
                            p.revision(),
                            p.corrections()))
                    .forEach(resolved::add);
            rows = resolved;
        }
        return node.byRule().recompute(rows, yearOf, node::counted);
    }

    private static List<TotalsByRule.Part> cellParts(List<YearCell> cells) {
        return cells.stream()
                .map(c -> new TotalsByRule.Part(
                        c.indicatorId(),
                        c.divisionId(),
                        0,
                        c.value(),
                        c.notApplicable(),
                        c.approvedAt(),
                        c.revision(),
                        c.corrections()))
                .toList();
    }

    private static List<TotalsByRule.Part> monthParts(List<MonthCell> cells) {
        return cells.stream()
                .map(m -> new TotalsByRule.Part(
                        m.cell().indicatorId(),
                        m.cell().divisionId(),
                        m.month(),
                        m.cell().value(),
                        m.cell().notApplicable(),
                        m.cell().approvedAt(),
                        m.cell().revision(),
                        m.cell().corrections()))
                .toList();
    }

    private static List<TotalsByRule.Part> trendParts(List<TrendPoint> points) {
        return points.stream()
                .map(t -> new TotalsByRule.Part(
                        t.indicatorId(), t.divisionId(), t.month(), t.value(), t.value() == null, null, 0, 0))
                .toList();
    }

    private static YearCell cell(TotalsByRule.Part p) {
        return new YearCell(
                p.indicatorId(), p.divisionId(), p.value(), p.na(), p.approvedAt(), p.revision(), p.corrections());
    }
}
