package org.minsheng.dashboard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.minsheng.division.Division;

/**
 * A page's totals where the focus's level accepts the years of the units it ranks (docs/levels.md,
 * "Approval levels"): the focus's value of each indicator is rolled up again from the values of the
 * children it counts, those whose year the focus's level accepted, by the indicator's rule (sum, max,
 * min, 不适用 when every counted child is 不适用, a ratio from its numerator's and denominator's recomputed
 * values). The children's rows are the ones the page read anyway, so this costs no roll-up in SQL; the
 * pre-aggregated total, which counts every child, is simply not used. An indicator of which the focus has
 * a figure of its own in the year keeps that figure: its value never was its children's.
 *
 * <p>Where nothing is accepted (no approval levels, a level that approves figures itself, a page that
 * ranks another unit's children) every method returns what it was given: the pages as they always were.
 */
final class AcceptedTotals {

    /** A page with nothing to accept. */
    static final AcceptedTotals NONE =
            new AcceptedTotals(null, null, 0, null, Set.of(), Map.of(), Set.of(), Dashboard.Acceptance.NONE);

    private final DashboardRepository repository;
    private final Division focus;
    private final int year;
    private final TotalsByRule byRule;
    /** The ids a total counts whatever was decided: the focus's own rows on the city's roll-up. */
    private final Set<Integer> alwaysCounted;
    /** Each child of the accepted level's accepted years. */
    private final Map<Integer, Set<Integer>> acceptedYears;
    /** Children of another level than the one accepted: they count in every year. */
    private final Set<Integer> others;

    private final Dashboard.Acceptance acceptance;

    private AcceptedTotals(
            DashboardRepository repository,
            Division focus,
            int year,
            TotalsByRule byRule,
            Set<Integer> alwaysCounted,
            Map<Integer, Set<Integer>> acceptedYears,
            Set<Integer> others,
            Dashboard.Acceptance acceptance) {
        this.repository = repository;
        this.focus = focus;
        this.year = year;
        this.byRule = byRule;
        this.alwaysCounted = alwaysCounted;
        this.acceptedYears = acceptedYears;
        this.others = others;
        this.acceptance = acceptance;
    }

    /**
     * The totals of a frame's page in {@code year} and the years before it down to {@code from}: NONE
     * unless the frame's focus accepts the level of (some of) the children it ranks.
     */
    static AcceptedTotals of(
            DashboardRepository repository,
            AcceptanceRepository acceptances,
            DashboardFrames.Frame frame,
            int from,
            int year) {
        var units = frame.units();
        var accepts = frame.accepts();
        if (accepts == null || units.focus().id() != units.city().id()) {
            return NONE;
        }
        var focus = units.focus();
        var acceptedYears = new HashMap<Integer, Set<Integer>>();
        var returned = new HashMap<Integer, String>();
        for (var d : acceptances.decisions(focus.id(), from, year)) {
            if (d.accepted()) {
                acceptedYears
                        .computeIfAbsent(d.divisionId(), k -> new HashSet<>())
                        .add(d.year());
            } else if (d.year() == year) {
                returned.put(d.divisionId(), d.reason());
            }
        }
        // children of another level than the one accepted (a mixed list) count as they always did
        var others = new HashSet<Integer>();
        var pending = new LinkedHashMap<Integer, Dashboard.Acceptance.Pending>();
        for (var child : units.counties()) {
            if (child.level() != accepts) {
                others.add(child.id());
            } else if (!acceptedYears.getOrDefault(child.id(), Set.of()).contains(year)) {
                pending.put(
                        child.id(),
                        new Dashboard.Acceptance.Pending(returned.containsKey(child.id()), returned.get(child.id())));
            }
        }
        // the city's roll-up reads the city's own figures as a row of its own; the hierarchy's as its total
        var always = frame.levels() ? Set.<Integer>of() : Set.of(focus.id());
        var own = frame.levels() ? acceptances.ownFigures(focus.id(), from, year) : Set.<AcceptanceRepository.Own>of();
        return new AcceptedTotals(
                repository,
                focus,
                year,
                new TotalsByRule(acceptances.rules(), own),
                always,
                acceptedYears,
                others,
                new Dashboard.Acceptance(true, pending));
    }

    boolean applies() {
        return acceptance.applies();
    }

    /** The ranked units outside the totals of the page's year, for the page to mark and name. */
    Dashboard.Acceptance acceptance() {
        return acceptance;
    }

    /** A window's cells of {@code cellYear} (the page's year, or last year's for 同比) with the totals recomputed. */
    List<YearCell> cells(List<YearCell> cells, int cellYear) {
        if (!applies()) {
            return cells;
        }
        var parts = cells.stream()
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
        return byRule.recompute(parts, k -> cellYear, this::counted).stream()
                .map(p -> new YearCell(
                        p.indicatorId(),
                        p.divisionId(),
                        p.value(),
                        p.na(),
                        p.approvedAt(),
                        p.revision(),
                        p.corrections()))
                .toList();
    }

    /** Every month's cells of the page's year, with each month's totals recomputed. */
    List<DashboardRepository.MonthCell> monthCells(List<DashboardRepository.MonthCell> cells) {
        if (!applies()) {
            return cells;
        }
        var parts = cells.stream()
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
        return byRule.recompute(parts, k -> year, this::counted).stream()
                .map(p -> new DashboardRepository.MonthCell(
                        new YearCell(
                                p.indicatorId(),
                                p.divisionId(),
                                p.value(),
                                p.na(),
                                p.approvedAt(),
                                p.revision(),
                                p.corrections()),
                        p.key()))
                .toList();
    }

    /** The page year's trend points with the focus's recomputed; a point without a value counts as 不适用. */
    List<TrendPoint> trend(List<TrendPoint> points) {
        if (!applies()) {
            return points;
        }
        var parts = points.stream()
                .map(t -> new TotalsByRule.Part(
                        t.indicatorId(), t.divisionId(), t.month(), t.value(), t.value() == null, null, 0, 0))
                .toList();
        return byRule.recompute(parts, k -> year, this::counted).stream()
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
        var parts = repository.unitAndChildYears(focus.id(), from, year).stream()
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
        return byRule.recompute(parts, k -> k, this::counted).stream()
                .filter(p -> p.divisionId() == null)
                .map(p -> new YearPoint(p.indicatorId(), p.key(), p.value(), p.na()))
                .toList();
    }

    private boolean counted(int divisionId, int inYear) {
        return alwaysCounted.contains(divisionId)
                || others.contains(divisionId)
                || acceptedYears.getOrDefault(divisionId, Set.of()).contains(inYear);
    }
}
