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
import org.minsheng.indicator.Indicator;

/**
 * A focus's totals rolled up again from the rows of the units it counts, by each indicator's rule, as
 * the pre-aggregates and LevelSql roll every row up: sum, max, min, 不适用 when every unit counted in the
 * row's year is (as RollupSql: a counted unit without a row leaves it no data yet), the latest approval,
 * the highest revision, the corrections added up; a ratio from its numerator's and denominator's
 * recomputed totals, never an average of ratios. An indicator of which the focus has an
 * approved figure of its own keeps its total row: that figure is its value. A rule of none (市级直接填报，
 * 不汇总) has no roll-up: its total is the focus's own rows only (the city's on its roll-up), else none, as
 * RollupSql and LevelSql read it.
 */
final class TotalsByRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<Integer, AcceptanceRepository.Rule> rules;
    private final Set<AcceptanceRepository.Own> own;
    /** The units whose rows are the focus's own figures: the city itself on the city's roll-up. */
    private final Set<Integer> ownRows;
    /** The units below the focus its totals count in a year. */
    private final Roster roster;

    TotalsByRule(
            Map<Integer, AcceptanceRepository.Rule> rules,
            Set<AcceptanceRepository.Own> own,
            Set<Integer> ownRows,
            Roster roster) {
        this.rules = rules;
        this.own = own;
        this.ownRows = ownRows;
        this.roster = roster;
    }

    /** The units below the focus whose rows a total of a year counts, each with a row or not. */
    interface Roster {
        Set<Integer> of(int year);
    }

    /** A row of any of the page's reads: a unit's (null: the focus's total) value at a month or year. */
    record Part(
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
    interface YearOf {
        int of(int key);
    }

    /** Whether a unit's row of a year counts towards the totals. */
    interface Counted {
        boolean test(int divisionId, int year);
    }

    /** The rows with every total replaced by the roll-up of the counted rows below it. */
    List<Part> recompute(List<Part> parts, YearOf yearOf, Counted isCounted) {
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
            if (isCounted.test(p.divisionId(), yearOf.of(p.key()))) {
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
            if (own.contains(new AcceptanceRepository.Own(at.indicatorId(), yearOf.of(at.key())))) {
                if (totals.containsKey(at)) {
                    result.put(at, totals.get(at));
                }
            } else if (counted.containsKey(at)) {
                var below = rule.aggregation() == Indicator.Aggregation.NONE
                        ? counted.get(at).stream()
                                .filter(p -> ownRows.contains(p.divisionId()))
                                .toList()
                        : counted.get(at);
                if (!below.isEmpty()) {
                    result.put(at, rollUp(at, rule, below, counts(rule, yearOf.of(at.key()))));
                }
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

    /**
     * The units a total of the rule counts in a year: the focus's own rows for a figure it reports itself
     * (a rule of none; a city-level indicator on the city's roll-up), else the units below it counted then.
     */
    private Set<Integer> counts(AcceptanceRepository.Rule rule, int year) {
        return rule.aggregation() == Indicator.Aggregation.NONE || (rule.reportedByCity() && !ownRows.isEmpty())
                ? ownRows
                : roster.of(year);
    }

    /**
     * The counted rows by the indicator's rule, as the pre-aggregates roll every row up; 不适用 only when every
     * unit of {@code units} has a row and each is 不适用.
     */
    private static Part rollUp(At at, AcceptanceRepository.Rule rule, List<Part> rows, Set<Integer> units) {
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
                rows.stream().allMatch(Part::na)
                        && rows.stream().map(Part::divisionId).toList().containsAll(units),
                rows.stream()
                        .map(Part::approvedAt)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null),
                rows.stream().mapToInt(Part::revision).max().orElse(0),
                rows.stream().mapToInt(Part::corrections).sum());
    }

    /** A ratio of the recomputed parts, never an average of the children's ratios; rounded as SQL's round(). */
    private static Part ratio(At at, AcceptanceRepository.Rule rule, Part n, Part d) {
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
