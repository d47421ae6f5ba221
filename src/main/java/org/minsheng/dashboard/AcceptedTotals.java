package org.minsheng.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
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
 * <p>With three or more approval levels the filter recurses: a child that accepts units of its own (福建省
 * on the country's page) is worth what its own page counts, its accepted children only, rolled up the same
 * way from its own read, so a city the province returned is left out of the province's row on the
 * country's page as on the province's. Where everything below such a child is accepted for the year its
 * read along the hierarchy is that value already and is kept as it is.
 *
 * <p>A focus that accepts a level below the one it ranks ({county, province}: 福建省 accepting counties
 * across its unlisted cities) counts each ranked city as its accepted counties, read and rolled up the same
 * way, and names the counties left out ({@link Acceptance#deeper}). A focus of an unlisted level
 * decides nothing: its ranked units that accept units of their own are worth what they count, the others
 * every approved figure, so a city's page under {county, province} is what it is without levels.
 *
 * <p>Where nothing is accepted (no approval levels, a level that approves figures itself, a page that
 * ranks another unit's children) every method returns what it was given: the pages as they always were.
 */
final class AcceptedTotals {

    /** A page with nothing to accept. */
    static final AcceptedTotals NONE = new AcceptedTotals(
            null, null, 0, null, Set.of(), Map.of(), Set.of(), Set.of(), null, List.of(), Map.of(), Acceptance.NONE);

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
    /** Children of the accepted level, each counted in the years accepted only. */
    private final Set<Integer> ofAcceptedLevel;
    /** The level whose units' years count, or null: a focus of an unlisted level decides nothing. */
    private final Division.Level accepts;
    /** The units this one's page ranks, in the page's order. */
    private final List<Division> children;
    /**
     * The totals of each child that accepts units of its own, or lies between this unit and the units of
     * the level it accepts (a city under 福建省 accepting counties), by its id: its value is what they count.
     */
    private final Map<Integer, AcceptedTotals> below;

    private final Acceptance acceptance;

    private AcceptedTotals(
            DashboardRepository repository,
            Division focus,
            int year,
            TotalsByRule byRule,
            Set<Integer> alwaysCounted,
            Map<Integer, Set<Integer>> acceptedYears,
            Set<Integer> others,
            Set<Integer> ofAcceptedLevel,
            Division.Level accepts,
            List<Division> children,
            Map<Integer, AcceptedTotals> below,
            Acceptance acceptance) {
        this.repository = repository;
        this.focus = focus;
        this.year = year;
        this.byRule = byRule;
        this.alwaysCounted = alwaysCounted;
        this.acceptedYears = acceptedYears;
        this.others = others;
        this.ofAcceptedLevel = ofAcceptedLevel;
        this.accepts = accepts;
        this.children = children;
        this.below = below;
        this.acceptance = acceptance;
    }

    /**
     * The totals of a frame's page in {@code year} and the years before it down to {@code from}: NONE
     * unless the frame's focus accepts a level of units below it or ranks children that do.
     */
    static AcceptedTotals of(
            DashboardRepository repository,
            AcceptanceRepository acceptances,
            DashboardFrames.Frame frame,
            int from,
            int year) {
        var units = frame.units();
        var accepts = frame.accepts();
        if ((accepts == null && frame.below().isEmpty())
                || units.focus().id() != units.city().id()) {
            return NONE;
        }
        var focus = units.focus();
        // the city's roll-up reads the city's own figures as a row of its own; the hierarchy's as its total
        var always = frame.levels() ? Set.<Integer>of() : Set.of(focus.id());
        var own = frame.levels() ? acceptances.ownFigures(focus.id(), from, year) : Set.<AcceptanceRepository.Own>of();
        var page = of(
                repository,
                acceptances,
                acceptances.rules(),
                new DashboardFrames.Accepting(focus, accepts, units.counties(), frame.below()),
                always,
                own,
                from,
                year);
        return page.with(new Acceptance(
                true, page.acceptance.pending(), accepts, page.deeper(), page.comparable(year, units.predecessors())));
    }

    /** The totals of {@code unit}'s page, and of each unit below it that accepts units in turn. */
    private static AcceptedTotals of(
            DashboardRepository repository,
            AcceptanceRepository acceptances,
            Map<Integer, AcceptanceRepository.Rule> rules,
            DashboardFrames.Accepting unit,
            Set<Integer> always,
            Set<AcceptanceRepository.Own> own,
            int from,
            int year) {
        var focus = unit.unit();
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
        var ofAcceptedLevel = new HashSet<Integer>();
        var pending = new LinkedHashMap<Integer, Acceptance.Pending>();
        for (var child : unit.children()) {
            if (child.level() != unit.accepts()) {
                others.add(child.id());
                continue;
            }
            ofAcceptedLevel.add(child.id());
            if (!acceptedYears.getOrDefault(child.id(), Set.of()).contains(year)) {
                pending.put(
                        child.id(), new Acceptance.Pending(returned.containsKey(child.id()), returned.get(child.id())));
            }
        }
        var below = new HashMap<Integer, AcceptedTotals>();
        for (var child : unit.below()) {
            // a unit below the root is always read along the hierarchy: its own figures are its total
            var childOwn = acceptances.ownFigures(child.unit().id(), from, year);
            below.put(child.unit().id(), of(repository, acceptances, rules, child, Set.of(), childOwn, from, year));
        }
        return new AcceptedTotals(
                repository,
                focus,
                year,
                new TotalsByRule(rules, own),
                always,
                acceptedYears,
                others,
                ofAcceptedLevel,
                unit.accepts(),
                unit.children(),
                below,
                new Acceptance(true, pending, unit.accepts(), Acceptance.Deeper.NONE));
    }

    private AcceptedTotals with(Acceptance page) {
        return new AcceptedTotals(
                repository,
                focus,
                year,
                byRule,
                alwaysCounted,
                acceptedYears,
                others,
                ofAcceptedLevel,
                accepts,
                children,
                below,
                page);
    }

    /**
     * The units below the ranked ones whose years the totals follow: those of the ranked units worth what
     * they count that are not pending themselves (a pending ranked unit is marked on its own), and down
     * through theirs, so a county 福建省 has not accepted is named on its page though it ranks cities.
     */
    private Acceptance.Deeper deeper() {
        var pending = new ArrayList<Acceptance.PendingBelow>();
        var counted = new int[1];
        var level = new ArrayList<Division.Level>(1);
        collectBelow(null, pending, counted, level);
        return level.isEmpty() ? Acceptance.Deeper.NONE : new Acceptance.Deeper(level.getFirst(), counted[0], pending);
    }

    private void collectBelow(
            Integer ranked, List<Acceptance.PendingBelow> pending, int[] counted, List<Division.Level> level) {
        for (var child : children) {
            var node = below.get(child.id());
            if (node == null || acceptance.pending().containsKey(child.id())) {
                continue;
            }
            int in = ranked == null ? child.id() : ranked;
            if (level.isEmpty()) {
                level.add(node.accepts);
            }
            for (var unit : node.children) {
                if (node.ofAcceptedLevel.contains(unit.id())) {
                    var waiting = node.acceptance.pending().get(unit.id());
                    if (waiting == null) {
                        counted[0]++;
                    } else {
                        pending.add(new Acceptance.PendingBelow(unit, in, waiting));
                    }
                }
            }
            node.collectBelow(in, pending, counted, level);
        }
    }

    /**
     * Whether the totals of {@code year} and of the year before count the same units, or one of them counts
     * none (a year nobody was accepted for has no total to compare, and says so as a year without figures).
     */
    private boolean comparable(int year, Map<Integer, Integer> predecessors) {
        return countsAlike(year, year - 1, predecessors)
                || children.stream().noneMatch(c -> counted(c.id(), year))
                || children.stream().noneMatch(c -> counted(predecessors.getOrDefault(c.id(), c.id()), year - 1));
    }

    /**
     * The totals of {@code year} and of {@code earlier} count the same units, down every accepting level:
     * each unit counted in one is counted in the other (last year under its predecessor's id, {@code
     * predecessors}, which this level alone has; a renamed unit further down then reads as a different
     * one, which withholds a change rather than claiming one).
     */
    private boolean countsAlike(int year, int earlier, Map<Integer, Integer> predecessors) {
        for (var child : children) {
            boolean now = counted(child.id(), year);
            if (now != counted(predecessors.getOrDefault(child.id(), child.id()), earlier)) {
                return false;
            }
            var node = below.get(child.id());
            if (now && node != null && !node.countsAlike(year, earlier, Map.of())) {
                return false;
            }
        }
        return true;
    }

    boolean applies() {
        return acceptance.applies();
    }

    /** The ranked units outside the totals of the page's year, for the page to mark and name. */
    Acceptance acceptance() {
        return acceptance;
    }

    /**
     * A window's cells of {@code cellYear} (the page's year, or last year's for 同比) with the totals
     * recomputed; {@code read} reads the same window of a unit below the focus, for the ones that accept.
     */
    List<YearCell> cells(List<YearCell> cells, int cellYear, IntFunction<List<YearCell>> read) {
        if (!applies()) {
            return cells;
        }
        return resolve(cellParts(cells), id -> cellParts(read.apply(id)), k -> cellYear).stream()
                .map(AcceptedTotals::cell)
                .toList();
    }

    /** Every month's cells of the page's year, with each month's totals recomputed. */
    List<DashboardRepository.MonthCell> monthCells(
            List<DashboardRepository.MonthCell> cells, IntFunction<List<DashboardRepository.MonthCell>> read) {
        if (!applies()) {
            return cells;
        }
        return resolve(monthParts(cells), id -> monthParts(read.apply(id)), k -> year).stream()
                .map(p -> new DashboardRepository.MonthCell(cell(p), p.key()))
                .toList();
    }

    /** The page year's trend points with the focus's recomputed; a point without a value counts as 不适用. */
    List<TrendPoint> trend(List<TrendPoint> points, IntFunction<List<TrendPoint>> read) {
        if (!applies()) {
            return points;
        }
        return resolve(trendParts(points), id -> trendParts(read.apply(id)), k -> year).stream()
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
        return resolve(read.apply(focus.id()), read, k -> k).stream()
                .filter(p -> p.divisionId() == null)
                .map(p -> new YearPoint(p.indicatorId(), p.key(), p.value(), p.na()))
                .toList();
    }

    /**
     * The rows with each child that accepts units of its own worth what its own totals count (read by
     * {@code read} and resolved the same way, so down every accepting level), then the focus's totals
     * rolled up again from the counted rows.
     */
    private List<TotalsByRule.Part> resolve(
            List<TotalsByRule.Part> parts, IntFunction<List<TotalsByRule.Part>> read, TotalsByRule.YearOf yearOf) {
        var rows = parts;
        for (var entry : below.entrySet()) {
            int id = entry.getKey();
            var child = entry.getValue();
            // where everything below the child is accepted its value along the hierarchy is that already
            if (rows.stream()
                    .noneMatch(p -> Objects.equals(p.divisionId(), id) && !child.complete(yearOf.of(p.key())))) {
                continue;
            }
            var resolved = new ArrayList<TotalsByRule.Part>();
            rows.stream().filter(p -> !Objects.equals(p.divisionId(), id)).forEach(resolved::add);
            child.resolve(read.apply(id), read, yearOf).stream()
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
        return byRule.recompute(rows, yearOf, this::counted);
    }

    /** Every unit of the accepted level below this one is accepted for the year, down every level. */
    private boolean complete(int inYear) {
        return ofAcceptedLevel.stream()
                        .allMatch(id -> acceptedYears.getOrDefault(id, Set.of()).contains(inYear))
                && below.values().stream().allMatch(b -> b.complete(inYear));
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

    private static List<TotalsByRule.Part> monthParts(List<DashboardRepository.MonthCell> cells) {
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

    private boolean counted(int divisionId, int inYear) {
        return alwaysCounted.contains(divisionId)
                || others.contains(divisionId)
                || acceptedYears.getOrDefault(divisionId, Set.of()).contains(inYear);
    }
}
