package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A page with nothing to accept. */
    static final AcceptedTotals NONE = new AcceptedTotals(
            null, null, 0, Map.of(), Set.of(), Map.of(), Set.of(), Dashboard.Acceptance.NONE, Set.of());

    private final DashboardRepository repository;
    private final Division focus;
    private final int year;
    private final Map<Integer, DashboardRepository.Rule> rules;
    /** The ids a total counts whatever was decided: the focus's own rows on the city's roll-up. */
    private final Set<Integer> alwaysCounted;
    /** Each child of the accepted level's accepted years; any other child counts in every year. */
    private final Map<Integer, Set<Integer>> acceptedYears;

    private final Set<DashboardRepository.Own> own;
    private final Dashboard.Acceptance acceptance;
    private final Set<Integer> others;

    private AcceptedTotals(
            DashboardRepository repository,
            Division focus,
            int year,
            Map<Integer, DashboardRepository.Rule> rules,
            Set<Integer> alwaysCounted,
            Map<Integer, Set<Integer>> acceptedYears,
            Set<DashboardRepository.Own> own,
            Dashboard.Acceptance acceptance,
            Set<Integer> others) {
        this.repository = repository;
        this.focus = focus;
        this.year = year;
        this.rules = rules;
        this.alwaysCounted = alwaysCounted;
        this.acceptedYears = acceptedYears;
        this.own = own;
        this.acceptance = acceptance;
        this.others = others;
    }

    /**
     * The totals of a frame's page in {@code year} and the years before it down to {@code from}: NONE
     * unless the frame's focus accepts the level of (some of) the children it ranks.
     */
    static AcceptedTotals of(DashboardRepository repository, DashboardFrames.Frame frame, int from, int year) {
        var units = frame.units();
        var accepts = frame.accepts();
        if (accepts == null || units.focus().id() != units.city().id()) {
            return NONE;
        }
        var focus = units.focus();
        var acceptedYears = new HashMap<Integer, Set<Integer>>();
        var returned = new HashMap<Integer, String>();
        for (var d : repository.decisions(focus.id(), from, year)) {
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
        var own = frame.levels() ? repository.ownFigures(focus.id(), from, year) : Set.<DashboardRepository.Own>of();
        return new AcceptedTotals(
                repository,
                focus,
                year,
                repository.rules(),
                always,
                acceptedYears,
                own,
                new Dashboard.Acceptance(true, pending),
                others);
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
                .map(c -> new Part(
                        c.indicatorId(),
                        c.divisionId(),
                        0,
                        c.value(),
                        c.notApplicable(),
                        c.approvedAt(),
                        c.revision(),
                        c.corrections()))
                .toList();
        return recompute(parts, k -> cellYear).stream()
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
                .map(m -> new Part(
                        m.cell().indicatorId(),
                        m.cell().divisionId(),
                        m.month(),
                        m.cell().value(),
                        m.cell().notApplicable(),
                        m.cell().approvedAt(),
                        m.cell().revision(),
                        m.cell().corrections()))
                .toList();
        return recompute(parts, k -> year).stream()
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
                .map(t ->
                        new Part(t.indicatorId(), t.divisionId(), t.month(), t.value(), t.value() == null, null, 0, 0))
                .toList();
        return recompute(parts, k -> year).stream()
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
                .map(u -> new Part(
                        u.point().indicatorId(),
                        u.divisionId(),
                        u.point().year(),
                        u.point().value(),
                        u.point().notApplicable(),
                        null,
                        0,
                        0))
                .toList();
        return recompute(parts, k -> k).stream()
                .filter(p -> p.divisionId() == null)
                .map(p -> new YearPoint(p.indicatorId(), p.key(), p.value(), p.na()))
                .toList();
    }

    /** A row of any of the page's reads: a unit's (null: the focus's total) value at a month or year. */
    private record Part(
            int indicatorId,
            Integer divisionId,
            int key,
            BigDecimal value,
            boolean na,
            OffsetDateTime approvedAt,
            int revision,
            int corrections) {}

    /** An indicator at a month or year. */
    private record At(int indicatorId, int key) {}

    /** Which year a key (a month, or a year itself) is of. */
    private interface YearOf {
        int of(int key);
    }

    private boolean counted(Integer divisionId, int inYear) {
        return alwaysCounted.contains(divisionId)
                || others.contains(divisionId)
                || acceptedYears.getOrDefault(divisionId, Set.of()).contains(inYear);
    }

    /** The rows with every total replaced by the roll-up of the counted rows below it. */
    private List<Part> recompute(List<Part> parts, YearOf yearOf) {
        var totals = new HashMap<At, Part>();
        var counted = new LinkedHashMap<At, List<Part>>();
        var rows = new ArrayList<Part>();
        for (var p : parts) {
            var at = new At(p.indicatorId(), p.key());
            if (p.divisionId() == null) {
                totals.put(at, p);
                continue;
            }
            rows.add(p);
            if (counted(p.divisionId(), yearOf.of(p.key()))) {
                counted.computeIfAbsent(at, k -> new ArrayList<>()).add(p);
            }
        }
        var keys = new HashSet<At>(totals.keySet());
        keys.addAll(counted.keySet());
        var result = new HashMap<At, Part>();
        for (var at : keys) {
            var rule = rules.get(at.indicatorId());
            if (rule == null || rule.aggregation() == Indicator.Aggregation.RATIO) {
                continue;
            }
            if (own.contains(new DashboardRepository.Own(at.indicatorId(), yearOf.of(at.key())))) {
                if (totals.containsKey(at)) {
                    result.put(at, totals.get(at));
                }
            } else if (counted.containsKey(at)) {
                result.put(at, rollUp(at, rule, counted.get(at)));
            }
        }
        rules.forEach((id, rule) -> {
            if (rule.aggregation() != Indicator.Aggregation.RATIO) {
                return;
            }
            keys.stream().filter(at -> at.indicatorId() == id).forEach(at -> {
                var n = result.get(new At(rule.numeratorId(), at.key()));
                var d = result.get(new At(rule.denominatorId(), at.key()));
                if (n != null && d != null) {
                    result.put(at, ratio(at, rule, n, d));
                }
            });
        });
        result.values().stream()
                .sorted(Comparator.comparingInt(Part::indicatorId).thenComparingInt(Part::key))
                .forEach(rows::add);
        return rows;
    }

    /** The counted rows by the indicator's rule, as the pre-aggregates roll every row up. */
    private static Part rollUp(At at, DashboardRepository.Rule rule, List<Part> rows) {
        var values = rows.stream().map(Part::value).filter(Objects::nonNull).toList();
        BigDecimal value = values.isEmpty()
                ? null
                : switch (rule.aggregation()) {
                    case MAX -> values.stream().max(Comparator.naturalOrder()).orElseThrow();
                    case MIN -> values.stream().min(Comparator.naturalOrder()).orElseThrow();
                    default -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                };
        return new Part(
                at.indicatorId(),
                null,
                at.key(),
                value,
                rows.stream().allMatch(Part::na),
                rows.stream()
                        .map(Part::approvedAt)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null),
                rows.stream().mapToInt(Part::revision).max().orElse(0),
                rows.stream().mapToInt(Part::corrections).sum());
    }

    /** A ratio of the recomputed parts, never an average of the children's ratios; rounded as SQL's round(). */
    private static Part ratio(At at, DashboardRepository.Rule rule, Part n, Part d) {
        BigDecimal value = n.value() == null || d.value() == null || d.value().signum() == 0
                ? null
                : n.value()
                        .multiply(HUNDRED)
                        .divide(d.value(), MathContext.DECIMAL128)
                        .setScale(rule.scale(), RoundingMode.HALF_UP);
        var approvedAt = n.approvedAt() == null
                ? d.approvedAt()
                : d.approvedAt() == null || n.approvedAt().isAfter(d.approvedAt()) ? n.approvedAt() : d.approvedAt();
        return new Part(
                at.indicatorId(),
                null,
                at.key(),
                value,
                n.na() || d.na(),
                approvedAt,
                Math.max(n.revision(), d.revision()),
                n.corrections() + d.corrections());
    }
}
