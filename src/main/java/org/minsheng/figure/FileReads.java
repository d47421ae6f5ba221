package org.minsheng.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.base.RefusedException;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/**
 * The checks' reads for a whole import file, each kind read once for every period and unit of the file
 * in one set-based statement (stored cells, approved reference values, monthly history, values the
 * rules compare, what was reported the other way in a year), then answered from memory. Asked period
 * by period as {@link LiveReads} is, it answers exactly what those statements would, so the entry
 * form's checks run unchanged over it: a 2,640-row file of twelve months took ~180 statements
 * to check, and now takes a dozen.
 */
final class FileReads implements CheckReads {

    /** An approved value of a month, for the outlier history. */
    record MonthValue(int indicatorId, int divisionId, int year, int month, BigDecimal value) {}

    /** A working value the cross-indicator rules may compare; month is null in a year period. */
    record WorkingValue(int indicatorId, int divisionId, int periodId, Integer month, BigDecimal value) {}

    /** A (indicator, unit) with a figure in a year's months ({@code inMonths}) or in its year period. */
    record Reported(int indicatorId, int divisionId, int year, boolean inMonths) {}

    private final LiveReads live;
    private final FigureRepository figures;
    private final ReferenceRepository references;
    private final Set<Integer> divisionIds;
    private final Set<Integer> periodIds;
    private final Map<Integer, Period> periods;
    private final Map<List<Integer>, Period> byYearAndMonth = new HashMap<>();
    private final Map<Integer, List<Division>> units = new HashMap<>();
    private final Map<Boolean, List<Indicator>> indicators = new HashMap<>();
    private Map<Integer, Map<CellKey, StoredFigure>> stored;
    private Map<Integer, List<Integer>> formerly;
    private Map<Integer, Map<CellKey, ReferenceValue>> approved;
    private List<CrossRule> rules;
    private Map<List<Integer>, List<MonthValue>> months;
    private List<WorkingValue> working;
    private Set<Reported> reported;

    /**
     * @param divisionIds every unit the file names
     * @param periodIds   every period the file names
     */
    FileReads(
            LiveReads live,
            FigureRepository figures,
            ReferenceRepository references,
            List<Period> allPeriods,
            Collection<Integer> divisionIds,
            Collection<Integer> periodIds) {
        this.live = live;
        this.figures = figures;
        this.references = references;
        this.divisionIds = Set.copyOf(divisionIds);
        this.periodIds = Set.copyOf(periodIds);
        periods = allPeriods.stream().collect(Collectors.toMap(Period::id, Function.identity()));
        allPeriods.forEach(p -> byYearAndMonth.put(yearAndMonth(p.year(), p.month()), p));
    }

    @Override
    public Period period(int periodId) {
        var period = periods.get(periodId);
        if (period == null) {
            throw new RefusedException("period.unknown");
        }
        return period;
    }

    @Override
    public List<Division> reportingUnitsIn(int year) {
        return units.computeIfAbsent(year, live::reportingUnitsIn);
    }

    @Override
    public List<Indicator> indicatorsFor(Period period) {
        return indicators.computeIfAbsent(period.isYear(), yearly -> live.indicatorsFor(period));
    }

    @Override
    public Map<CellKey, StoredFigure> stored(Period period, List<Integer> ids) {
        if (stored == null) {
            stored = new HashMap<>();
            for (var figure : figures.findInPeriods(periodIds, divisionIds)) {
                stored.computeIfAbsent(figure.key().periodId(), p -> new HashMap<>())
                        .put(figure.key(), figure);
            }
        }
        var wanted = Set.copyOf(ids);
        return stored.getOrDefault(period.id(), Map.of()).entrySet().stream()
                .filter(e -> wanted.contains(e.getKey().divisionId()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Map<Integer, List<Integer>> formerUnits(List<Integer> ids) {
        var all = formerly();
        var result = new HashMap<Integer, List<Integer>>();
        ids.stream().filter(all::containsKey).forEach(id -> result.put(id, all.get(id)));
        return result;
    }

    private Map<Integer, List<Integer>> formerly() {
        if (formerly == null) {
            formerly = live.formerUnits(List.copyOf(divisionIds));
        }
        return formerly;
    }

    @Override
    public Optional<Period> previous(Period period) {
        if (period.isYear()) {
            return find(period.year() - 1, null);
        }
        return period.month() == 1 ? find(period.year() - 1, 12) : find(period.year(), period.month() - 1);
    }

    @Override
    public Optional<Period> sameLastYear(Period period) {
        return find(period.year() - 1, period.month());
    }

    @Override
    public Optional<Period> lastMonthOf(int year) {
        return find(year, 12);
    }

    private Optional<Period> find(int year, Integer month) {
        return Optional.ofNullable(byYearAndMonth.get(yearAndMonth(year, month)));
    }

    private static List<Integer> yearAndMonth(int year, Integer month) {
        return Arrays.asList(year, month);
    }

    @Override
    public Map<CellKey, ReferenceValue> approvedValues(int periodId, List<Integer> ids) {
        if (approved == null) {
            // every period a check of the file compares with: the one before, the same one last year,
            // last December for a year total
            var referencePeriods = new HashSet<Integer>();
            for (var id : periodIds) {
                var period = period(id);
                previous(period).ifPresent(p -> referencePeriods.add(p.id()));
                sameLastYear(period).ifPresent(p -> referencePeriods.add(p.id()));
                lastMonthOf(period.year() - 1).ifPresent(p -> referencePeriods.add(p.id()));
            }
            var units = new HashSet<>(divisionIds);
            formerly().values().forEach(units::addAll);
            approved = new HashMap<>();
            references
                    .approvedValues(referencePeriods, units)
                    .forEach((key, value) -> approved.computeIfAbsent(key.periodId(), p -> new HashMap<>())
                            .put(key, value));
        }
        var wanted = Set.copyOf(ids);
        return approved.getOrDefault(periodId, Map.of()).entrySet().stream()
                .filter(e -> wanted.contains(e.getKey().divisionId()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public List<CrossRule> rules() {
        if (rules == null) {
            rules = live.rules();
        }
        return rules;
    }

    /**
     * As {@link ReferenceRepository#history}: per unit and indicator the twelve latest approved months
     * before the month, within the two years before its year.
     */
    @Override
    public Map<List<Integer>, List<BigDecimal>> history(int year, int month, List<Integer> ids) {
        if (months == null) {
            var years = periodIds.stream()
                    .map(this::period)
                    .filter(p -> !p.isYear())
                    .map(Period::year)
                    .toList();
            months = new HashMap<>();
            if (!years.isEmpty()) {
                references
                        .approvedMonths(
                                years.stream().min(Integer::compare).orElseThrow() - 2,
                                years.stream().max(Integer::compare).orElseThrow(),
                                divisionIds)
                        .forEach(m -> months.computeIfAbsent(
                                        List.of(m.indicatorId(), m.divisionId()), k -> new ArrayList<>())
                                .add(m));
                // newest first, once for every month of the file
                months.values()
                        .forEach(line -> line.sort(Comparator.comparingInt(MonthValue::year)
                                .thenComparingInt(MonthValue::month)
                                .reversed()));
            }
        }
        var wanted = Set.copyOf(ids);
        var history = new HashMap<List<Integer>, List<BigDecimal>>();
        months.forEach((line, values) -> {
            if (!wanted.contains(line.get(1))) {
                return;
            }
            var before = new ArrayList<BigDecimal>();
            for (var m : values) {
                if (before.size() == 12 || m.year() < year - 2) {
                    break;
                }
                if (m.year() < year || (m.year() == year && m.month() < month)) {
                    before.add(m.value());
                }
            }
            if (!before.isEmpty()) {
                history.put(line, before);
            }
        });
        return history;
    }

    /**
     * As {@link ReferenceRepository#ruleValues}: the working value of the period itself, else for a year
     * period the latest month of the year.
     */
    @Override
    public Map<Integer, Map<Integer, BigDecimal>> ruleValues(
            List<Integer> ids, int periodId, int year, boolean yearly) {
        if (working == null) {
            var yearsOfYearPeriods = periodIds.stream()
                    .map(this::period)
                    .filter(Period::isYear)
                    .map(Period::year)
                    .collect(Collectors.toSet());
            working = references.workingValues(periodIds, yearsOfYearPeriods, divisionIds);
        }
        var wanted = Set.copyOf(ids);
        var chosen = new HashMap<List<Integer>, WorkingValue>();
        for (var w : working) {
            if (!wanted.contains(w.divisionId())) {
                continue;
            }
            boolean samePeriod = w.periodId() == periodId;
            boolean monthOfYear =
                    yearly && w.month() != null && period(w.periodId()).year() == year;
            if (!samePeriod && !monthOfYear) {
                continue;
            }
            chosen.merge(List.of(w.divisionId(), w.indicatorId()), w, (a, b) -> better(a, b, periodId));
        }
        var values = new HashMap<Integer, Map<Integer, BigDecimal>>();
        chosen.values()
                .forEach(w -> values.computeIfAbsent(w.divisionId(), d -> new HashMap<>())
                        .put(w.indicatorId(), w.value()));
        return values;
    }

    /** The period's own value first, then the latest month (a year period's month is null: last). */
    private static WorkingValue better(WorkingValue a, WorkingValue b, int periodId) {
        if ((a.periodId() == periodId) != (b.periodId() == periodId)) {
            return a.periodId() == periodId ? a : b;
        }
        if (a.month() == null || b.month() == null) {
            return a.month() == null ? b : a;
        }
        return a.month() >= b.month() ? a : b;
    }

    @Override
    public Set<List<Integer>> reportedInYear(int year, boolean inMonths, Collection<Integer> ids) {
        if (reported == null) {
            reported = references.reportedInYears(
                    periodIds.stream().map(id -> period(id).year()).collect(Collectors.toSet()), divisionIds);
        }
        var wanted = Set.copyOf(ids);
        var pairs = new LinkedHashSet<List<Integer>>();
        reported.stream()
                .filter(r -> r.year() == year && r.inMonths() == inMonths && wanted.contains(r.divisionId()))
                .forEach(r -> pairs.add(List.of(r.indicatorId(), r.divisionId())));
        return pairs;
    }
}
