package org.minsheng.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.springframework.stereotype.Component;

/**
 * Builds cells as users see them, with the reference values and the validation findings, the same
 * way for the entry page, the review page and every other path. Reads a whole sheet in a handful of
 * statements, not one per cell.
 */
@Component
class CellAssembler {

    private final FigureRepository figures;
    private final IndicatorService indicators;
    private final PeriodService periods;
    private final DivisionHistoryService lineages;

    CellAssembler(FigureRepository figures, IndicatorService indicators, PeriodService periods,
                  DivisionHistoryService history) {
        this.figures = figures;
        this.indicators = indicators;
        this.periods = periods;
        this.lineages = history;
    }

    /** The indicators that county-level units report in a period of this kind, in display order. */
    List<Indicator> indicatorsFor(Period period) {
        var ids = figures.indicatorsFor(period.isYear());
        var byId = indicators.activeIndicators().stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    List<Cell> cells(Period period, List<Division> divisions, List<Indicator> reported) {
        return cells(period, divisions, reported, Map.of());
    }

    /**
     * The cells as they would be if the proposed values were saved as drafts, checked the same way:
     * an import previews its warnings with this before anything is written.
     */
    List<Cell> cells(Period period, List<Division> divisions, List<Indicator> reported,
                     Map<CellKey, Proposed> proposed) {
        var divisionIds = divisions.stream().map(Division::id).toList();
        var stored = figures.findInPeriod(period.id(), divisionIds).stream()
                .collect(Collectors.toMap(StoredFigure::key, Function.identity()));
        // a renamed unit's reference values are its predecessor's (龙海区's January 2021 beside 龙海市's)
        var formerly = lineages.formerUnits(divisionIds);
        var referenceIds = new ArrayList<>(divisionIds);
        formerly.values().forEach(referenceIds::addAll);
        var previousPeriod = periods.previous(period);
        var previous = previousPeriod.map(p -> figures.approvedValues(p.id(), referenceIds)).orElse(Map.of());
        boolean previousInSameYear = previousPeriod.map(p -> p.year() == period.year()).orElse(false);
        // Looked up once per sheet: asked per cell it was a query per cell (220 for the city's tracker).
        var sameLastYear = periods.sameLastYear(period);
        var lastYear = sameLastYear.map(p -> figures.approvedValues(p.id(), referenceIds)).orElse(Map.of());
        // History and rule values only matter for cells still in the workflow; a tracker or a sheet
        // of approved figures never reads them, and history is the heaviest statement here.
        Map<List<Integer>, List<BigDecimal>> history = null;
        var rules = figures.rules();

        var cells = new ArrayList<Cell>();
        for (var division : divisions) {
            Map<Integer, BigDecimal> ruleValues = null;
            for (var indicator : reported) {
                var key = new CellKey(indicator.id(), division.id(), period.id());
                var line = formerly.getOrDefault(division.id(), List.of());
                var cell = cell(key, indicator, division, period, Optional.ofNullable(stored.get(key)),
                        previousPeriod.map(p -> reference(previous, indicator, division, line, p)).orElse(null),
                        sameLastYear.map(p -> reference(lastYear, indicator, division, line, p)).orElse(null));
                if (proposed.containsKey(key)) {
                    cell = proposed.get(key).applyTo(cell);
                }
                if (needsChecking(cell)) {
                    if (history == null) {
                        history = period.isYear() ? Map.of()
                                : figures.history(period.year(), period.month(), divisionIds);
                    }
                    if (ruleValues == null) {
                        ruleValues = ruleValues(rules, division, period, proposed);
                    }
                    var findings = new ArrayList<>(FigureChecks.warnings(cell,
                            history.getOrDefault(List.of(indicator.id(), division.id()), List.of()), previousInSameYear));
                    findings.addAll(FigureChecks.crossRules(rules, key, ruleValues));
                    cell = cell.withFindings(findings);
                }
                cells.add(cell);
            }
        }
        return cells;
    }

    /**
     * The cells with their state and working and approved values only: no reference values, no
     * findings. The tracker shows states, so it reads one statement for the sheet instead of the
     * previous period's and last year's values, the unit lineage, the rules and the history.
     */
    List<Cell> states(Period period, List<Division> divisions, List<Indicator> reported) {
        var stored = figures.findInPeriod(period.id(), divisions.stream().map(Division::id).toList()).stream()
                .collect(Collectors.toMap(StoredFigure::key, Function.identity()));
        var cells = new ArrayList<Cell>();
        for (var division : divisions) {
            for (var indicator : reported) {
                var key = new CellKey(indicator.id(), division.id(), period.id());
                cells.add(cell(key, indicator, division, period, Optional.ofNullable(stored.get(key)), null, null));
            }
        }
        return cells;
    }

    /** The unit's own approved value in the period, else that of the unit it replaced. */
    private static BigDecimal reference(Map<CellKey, BigDecimal> values, Indicator indicator, Division division,
                                        List<Integer> formerly, Period in) {
        var own = values.get(new CellKey(indicator.id(), division.id(), in.id()));
        if (own != null) {
            return own;
        }
        return formerly.stream().map(id -> values.get(new CellKey(indicator.id(), id, in.id())))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private Map<Integer, BigDecimal> ruleValues(List<?> rules, Division division, Period period,
                                                Map<CellKey, Proposed> proposed) {
        var values = rules.isEmpty() ? new HashMap<Integer, BigDecimal>()
                : new HashMap<>(figures.ruleValues(division.id(), period.id(), period.year(), period.isYear()));
        proposed.forEach((key, p) -> {
            if (key.divisionId() == division.id()) {
                if (p.value() == null) {
                    values.remove(key.indicatorId());
                } else {
                    values.put(key.indicatorId(), p.value());
                }
            }
        });
        return values;
    }

    /** A value not saved yet, as an import proposes it. */
    record Proposed(BigDecimal value, boolean notApplicable, String explanation) {

        Cell applyTo(Cell c) {
            return new Cell(c.key(), c.figureId(), c.indicator(), c.division(), value, notApplicable, CellState.DRAFT,
                    explanation, null, null, c.version(), c.approvedValue(), c.approvedNotApplicable(), c.revision(),
                    c.enteredBy(), c.previousValue(), c.lastYearValue(), List.of());
        }
    }

    /** One cell, fully assembled (for the result of a save). */
    Cell cell(CellKey key, Indicator indicator, Division division, Period period) {
        return cells(period, List.of(division), List.of(indicator)).getFirst();
    }

    private static boolean needsChecking(Cell cell) {
        return cell.state() == CellState.DRAFT || cell.state() == CellState.RETURNED
                || cell.state() == CellState.SUBMITTED;
    }

    static Cell cell(CellKey key, Indicator indicator, Division division, Period period, Optional<StoredFigure> stored,
                     BigDecimal previousValue, BigDecimal lastYearValue) {
        if (stored.isEmpty()) {
            return new Cell(key, null, indicator, division, null, false, CellState.EMPTY, null, null, null, 0, null,
                    false, 0, null, previousValue, lastYearValue, List.of());
        }
        var f = stored.get();
        return new Cell(key, f.id(), indicator, division, f.value(), f.notApplicable(), state(f, period),
                f.explanation(), f.returnReason(), f.correctionReason(), f.version(), f.approvedValue(),
                f.approvedNotApplicable(), f.revision(), f.enteredBy(), previousValue, lastYearValue, List.of());
    }

    static CellState state(StoredFigure figure, Period period) {
        return switch (figure.status()) {
            case DRAFT -> CellState.DRAFT;
            case SUBMITTED -> CellState.SUBMITTED;
            case RETURNED -> CellState.RETURNED;
            case APPROVED -> period.isPublished() ? CellState.PUBLISHED : CellState.APPROVED;
        };
    }

    static Map<Integer, Division> byId(Collection<Division> divisions) {
        var map = new HashMap<Integer, Division>();
        divisions.forEach(d -> map.put(d.id(), d));
        return map;
    }
}
