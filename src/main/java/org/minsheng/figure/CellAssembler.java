package org.minsheng.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;
import org.springframework.stereotype.Component;

/**
 * Builds cells as users see them, with the reference values and the validation findings, the same
 * way for the entry page, the review page and every other path. Reads a whole sheet in a handful of
 * statements, not one per cell.
 */
@Component
class CellAssembler {

    private final FigureRepository figures;
    private final LiveReads live;

    CellAssembler(FigureRepository figures, LiveReads live) {
        this.figures = figures;
        this.live = live;
    }

    /**
     * The indicators reported in a period of this kind, in the catalogue's order (the dashboard's): those
     * of the city itself and those of its county-level units; {@link #reports} says which unit enters which.
     */
    List<Indicator> indicatorsFor(Period period) {
        return live.indicatorsFor(period);
    }

    /**
     * Whether the unit enters the indicator: the city its city-level indicators, a county-level unit
     * the others. A sheet has no cell where this is false, so nobody can type a district's value
     * into a city-level indicator or the reverse.
     */
    static boolean reports(Division unit, Indicator indicator) {
        return indicator.reportedByCity() == (unit.level() == Division.Level.CITY);
    }

    /** The units that enter at least one of the indicators: the city drops out of a month's sheets. */
    static List<Division> reporting(List<Division> units, List<Indicator> indicators) {
        return units.stream()
                .filter(u -> indicators.stream().anyMatch(i -> reports(u, i)))
                .toList();
    }

    /**
     * Whether an empty cell keeps its unit from submitting. A year total of a monthly indicator is
     * optional (the months give it) unless the year is reported annually only.
     */
    static boolean required(Period period, Indicator indicator, boolean annualOnly) {
        return !(period.isYear() && indicator.monthly()) || annualOnly;
    }

    /**
     * Why a value of a monthly indicator cannot be stored in this period, or null: its year total goes
     * in the year period and its months in the months, never both, so a year is counted once.
     */
    StoredOnce storedOnce(Period period, Collection<Integer> divisionIds) {
        return storedOnce(period, divisionIds, live);
    }

    StoredOnce storedOnce(Period period, Collection<Integer> divisionIds, CheckReads reads) {
        // a year total is refused beside months, and a month beside a year total
        var otherwise = reads.reportedInYear(period.year(), period.isYear(), divisionIds);
        return (key, indicator) ->
                !indicator.monthly() || !otherwise.contains(List.of(key.indicatorId(), key.divisionId()))
                        ? null
                        : period.isYear() ? "figure.error.reportedMonthly" : "figure.error.reportedAsYearTotal";
    }

    /** The refusal of {@link #storedOnce} for one cell, read for all the units of a batch at once. */
    interface StoredOnce {
        String refusal(CellKey key, Indicator indicator);
    }

    List<Cell> cells(Period period, List<Division> divisions, List<Indicator> reported) {
        return build(new Reads(period, divisions, live), reported, Map.of(), true);
    }

    /**
     * A sheet's cells as stored and as they would be if the proposed values were saved. Only the
     * cells after are checked: the batch reads the stored ones' state and values, and checking them
     * too was half the cost of checking a file.
     */
    record Proposal(List<Cell> now, List<Cell> after) {}

    /**
     * The cells as they are and as they would be if the proposed values were saved as drafts,
     * checked the same way: an import previews its warnings with this before anything is written.
     * Both come from one set of reads, which is most of the cost of checking a file.
     */
    Proposal propose(
            Period period,
            List<Division> divisions,
            List<Indicator> reported,
            Map<CellKey, Proposed> proposed,
            CheckReads source) {
        var reads = new Reads(period, divisions, source);
        return new Proposal(build(reads, reported, Map.of(), false), build(reads, reported, proposed, true));
    }

    /** What a sheet's cells are built from, each read once per sheet (not per cell or per division). */
    private static final class Reads {
        final CheckReads source;
        final Period period;
        final List<Division> divisions;
        final List<Integer> divisionIds;
        final Map<CellKey, StoredFigure> stored;
        final Map<Integer, List<Integer>> formerly;
        /** The units and those they replaced, whose approved values serve as reference. */
        final List<Integer> referenceIds;

        final Optional<Period> previousPeriod;
        final Map<CellKey, ReferenceValue> previous;
        final boolean previousInSameYear;
        final Optional<Period> sameLastYear;
        final Map<CellKey, ReferenceValue> lastYear;
        final List<CrossRule> rules;
        // History and rule values only matter for cells still in the workflow; a tracker or a sheet
        // of approved figures never reads them, and history is the heaviest statement here.
        private Map<List<Integer>, List<BigDecimal>> history;
        private Map<Integer, Map<Integer, BigDecimal>> ruleValues;

        Reads(Period period, List<Division> divisions, CheckReads source) {
            this.source = source;
            this.period = period;
            this.divisions = divisions;
            divisionIds = divisions.stream().map(Division::id).toList();
            stored = source.stored(period, divisionIds);
            // a renamed unit's reference values are its predecessor's (龙海区's January 2021 beside 龙海市's)
            formerly = source.formerUnits(divisionIds);
            var ids = new ArrayList<>(divisionIds);
            formerly.values().forEach(ids::addAll);
            referenceIds = List.copyOf(ids);
            previousPeriod = source.previous(period);
            previous = previousPeriod
                    .map(p -> source.approvedValues(p.id(), referenceIds))
                    .orElse(Map.of());
            previousInSameYear =
                    previousPeriod.map(p -> p.year() == period.year()).orElse(false);
            // Looked up once per sheet: asked per cell it was a query per cell (220 for the city's tracker).
            sameLastYear = source.sameLastYear(period);
            lastYear = sameLastYear
                    .map(p -> source.approvedValues(p.id(), referenceIds))
                    .orElse(Map.of());
            rules = source.rules();
        }

        /**
         * A year total of a monthly indicator compares with last year's December cumulative, as last
         * period and as last year both: the year period before it holds no such figure.
         */
        private Optional<Period> lastDecember;

        private Map<CellKey, ReferenceValue> lastDecemberValues;

        private ReferenceValue lastDecember(Indicator indicator, Division division, List<Integer> line) {
            if (lastDecemberValues == null) {
                lastDecember = source.lastMonthOf(period.year() - 1);
                lastDecemberValues = lastDecember
                        .map(p -> source.approvedValues(p.id(), referenceIds))
                        .orElse(Map.of());
            }
            return lastDecember
                    .map(p -> reference(lastDecemberValues, indicator, division, line, p))
                    .orElse(null);
        }

        ReferenceValue previousFor(Indicator indicator, Division division, List<Integer> line) {
            if (period.isYear() && indicator.monthly()) {
                return lastDecember(indicator, division, line);
            }
            return previousPeriod
                    .map(p -> reference(previous, indicator, division, line, p))
                    .orElse(null);
        }

        ReferenceValue lastYearFor(Indicator indicator, Division division, List<Integer> line) {
            if (period.isYear() && indicator.monthly()) {
                return lastDecember(indicator, division, line);
            }
            return sameLastYear
                    .map(p -> reference(lastYear, indicator, division, line, p))
                    .orElse(null);
        }

        List<BigDecimal> history(Indicator indicator, Division division) {
            if (history == null) {
                history = period.isYear() ? Map.of() : source.history(period.year(), period.month(), divisionIds);
            }
            return history.getOrDefault(List.of(indicator.id(), division.id()), List.of());
        }

        Map<Integer, BigDecimal> storedRuleValues(Division division) {
            if (ruleValues == null) {
                ruleValues = rules.isEmpty()
                        ? Map.of()
                        : source.ruleValues(divisionIds, period.id(), period.year(), period.isYear());
            }
            return ruleValues.getOrDefault(division.id(), Map.of());
        }
    }

    private List<Cell> build(Reads reads, List<Indicator> reported, Map<CellKey, Proposed> proposed, boolean checked) {
        var period = reads.period;
        var cells = new ArrayList<Cell>();
        for (var division : reads.divisions) {
            Map<Integer, BigDecimal> ruleValues = null;
            var line = reads.formerly.getOrDefault(division.id(), List.of());
            for (var indicator : reported) {
                if (!reports(division, indicator)) {
                    continue;
                }
                var key = new CellKey(indicator.id(), division.id(), period.id());
                var cell = cell(
                        key,
                        indicator,
                        division,
                        period,
                        Optional.ofNullable(reads.stored.get(key)),
                        reads.previousFor(indicator, division, line),
                        reads.lastYearFor(indicator, division, line));
                if (proposed.containsKey(key)) {
                    cell = proposed.get(key).applyTo(cell);
                }
                if (checked && cell.checked()) {
                    if (ruleValues == null) {
                        ruleValues = withProposed(reads.storedRuleValues(division), division, proposed);
                    }
                    var findings = new ArrayList<>(
                            FigureChecks.warnings(cell, reads.history(indicator, division), reads.previousInSameYear));
                    findings.addAll(FigureChecks.crossRules(reads.rules, key, indicator.scale(), ruleValues));
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
        var stored = figures
                .findInPeriod(period.id(), divisions.stream().map(Division::id).toList())
                .stream()
                .collect(Collectors.toMap(StoredFigure::key, Function.identity()));
        var cells = new ArrayList<Cell>();
        for (var division : divisions) {
            for (var indicator : reported) {
                if (!reports(division, indicator)) {
                    continue;
                }
                var key = new CellKey(indicator.id(), division.id(), period.id());
                cells.add(cell(key, indicator, division, period, Optional.ofNullable(stored.get(key)), null, null));
            }
        }
        return cells;
    }

    /** The unit's own approved value in the period, else that of the unit it replaced. */
    private static ReferenceValue reference(
            Map<CellKey, ReferenceValue> values,
            Indicator indicator,
            Division division,
            List<Integer> formerly,
            Period in) {
        var own = values.get(new CellKey(indicator.id(), division.id(), in.id()));
        if (own != null) {
            return own;
        }
        return formerly.stream()
                .map(id -> values.get(new CellKey(indicator.id(), id, in.id())))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Map<Integer, BigDecimal> withProposed(
            Map<Integer, BigDecimal> stored, Division division, Map<CellKey, Proposed> proposed) {
        var values = new HashMap<>(stored);
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
            return new Cell(
                    c.key(),
                    c.indicator(),
                    c.division(),
                    new Cell.Entry(value, notApplicable, explanation),
                    new Cell.Workflow(c.figureId(), CellState.DRAFT, c.version(), null, null, c.enteredBy()),
                    c.approved(),
                    c.references(),
                    List.of());
        }
    }

    /** One cell, fully assembled (for the result of a save). */
    Cell cell(CellKey key, Indicator indicator, Division division, Period period) {
        return cells(period, List.of(division), List.of(indicator)).getFirst();
    }

    static Cell cell(
            CellKey key,
            Indicator indicator,
            Division division,
            Period period,
            Optional<StoredFigure> stored,
            ReferenceValue previous,
            ReferenceValue lastYear) {
        var references = new Cell.References(
                previous == null ? null : previous.value(),
                lastYear == null ? null : lastYear.value(),
                previous != null && previous.notApplicable(),
                lastYear != null && lastYear.notApplicable());
        if (stored.isEmpty()) {
            return new Cell(
                    key,
                    indicator,
                    division,
                    Cell.Entry.NONE,
                    Cell.Workflow.EMPTY,
                    Cell.Approved.NEVER,
                    references,
                    List.of());
        }
        var f = stored.get();
        return new Cell(
                key,
                indicator,
                division,
                new Cell.Entry(f.value(), f.notApplicable(), f.explanation()),
                new Cell.Workflow(
                        f.id(), state(f, period), f.version(), f.returnReason(), f.correctionReason(), f.enteredBy()),
                new Cell.Approved(f.approvedValue(), f.approvedNotApplicable(), f.revision()),
                references,
                List.of());
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
