package org.minsheng.figure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.springframework.stereotype.Component;

/** The checks' reads one question at a time, as a sheet on screen asks them. */
@Component
class LiveReads implements CheckReads {

    private final FigureRepository figures;
    private final ReferenceRepository references;
    private final IndicatorService indicators;
    private final PeriodService periods;
    private final DivisionService divisions;
    private final DivisionHistoryService lineages;

    LiveReads(
            FigureRepository figures,
            ReferenceRepository references,
            IndicatorService indicators,
            PeriodService periods,
            DivisionService divisions,
            DivisionHistoryService lineages) {
        this.figures = figures;
        this.references = references;
        this.indicators = indicators;
        this.periods = periods;
        this.divisions = divisions;
        this.lineages = lineages;
    }

    @Override
    public Period period(int periodId) {
        return periods.get(periodId);
    }

    @Override
    public List<Division> reportingUnitsIn(int year) {
        return divisions.reportingUnitsIn(year);
    }

    @Override
    public List<Indicator> indicatorsFor(Period period) {
        // in the catalogue's order, as the dashboard and the catalogue page list them: by 排序 alone a new
        // indicator placed by its administrator within its category came last on the sheet (a tester's tour)
        // and of the period's year (V154): one created after the year was published belongs to the next one,
        // yet it came onto the published 2020年12月 sheet as an empty, editable row (a tester's tour)
        var reported = references.indicatorsFor(period.isYear());
        return indicators.activeIndicatorsOf(period.year()).stream()
                .filter(i -> reported.contains(i.id()))
                .toList();
    }

    @Override
    public Map<CellKey, StoredFigure> stored(Period period, List<Integer> divisionIds) {
        return figures.findInPeriod(period.id(), divisionIds).stream()
                .collect(Collectors.toMap(StoredFigure::key, Function.identity()));
    }

    @Override
    public Map<Integer, List<Integer>> formerUnits(List<Integer> divisionIds) {
        return lineages.formerUnits(divisionIds);
    }

    @Override
    public Optional<Period> previous(Period period) {
        return periods.previous(period);
    }

    @Override
    public Optional<Period> sameLastYear(Period period) {
        return periods.sameLastYear(period);
    }

    @Override
    public Optional<Period> lastMonthOf(int year) {
        return periods.lastMonthOf(year);
    }

    @Override
    public Map<CellKey, ReferenceValue> approvedValues(int periodId, List<Integer> divisionIds) {
        return references.approvedValues(periodId, divisionIds);
    }

    @Override
    public List<CrossRule> rules() {
        return references.rules();
    }

    @Override
    public Map<List<Integer>, List<BigDecimal>> history(int year, int month, List<Integer> divisionIds) {
        return references.history(year, month, divisionIds);
    }

    @Override
    public Map<Integer, Map<Integer, BigDecimal>> ruleValues(
            List<Integer> divisionIds, int periodId, int year, boolean yearly) {
        return references.ruleValues(divisionIds, periodId, year, yearly);
    }

    @Override
    public Set<List<Integer>> reportedInYear(int year, boolean inMonths, Collection<Integer> divisionIds) {
        return references.reportedInYear(year, inMonths, divisionIds);
    }
}
