package org.minsheng.figure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/**
 * Everything the checks of a sheet read: the catalogue (period, units, indicators), the stored cells and
 * what they are compared with. Two sources answer the same questions: {@link LiveReads}, statement by
 * statement as a sheet on screen needs them, and {@link FileReads}, a whole import file's worth read up
 * front in a few set-based statements. The checks themselves ({@link CellAssembler}, {@link FigureChecks})
 * are one piece of code over either, so an import finds exactly what the entry form finds.
 */
interface CheckReads {

    Period period(int periodId);

    List<Division> reportingUnitsIn(int year);

    /** See {@link CellAssembler#indicatorsFor}. */
    List<Indicator> indicatorsFor(Period period);

    /** The stored figures of these units in the period, by cell. */
    Map<CellKey, StoredFigure> stored(Period period, List<Integer> divisionIds);

    /** Each unit's predecessors, nearest first (DivisionHistoryService.formerUnits). */
    Map<Integer, List<Integer>> formerUnits(List<Integer> divisionIds);

    Optional<Period> previous(Period period);

    Optional<Period> sameLastYear(Period period);

    Optional<Period> lastMonthOf(int year);

    /** See {@link ReferenceRepository#approvedValues}. */
    Map<CellKey, ReferenceValue> approvedValues(int periodId, List<Integer> divisionIds);

    List<CrossRule> rules();

    /** See {@link ReferenceRepository#history}; the order within a list carries no meaning. */
    Map<List<Integer>, List<BigDecimal>> history(int year, int month, List<Integer> divisionIds);

    /** See {@link ReferenceRepository#ruleValues}. */
    Map<Integer, Map<Integer, BigDecimal>> ruleValues(
            List<Integer> divisionIds, int periodId, int year, boolean yearly);

    /** See {@link ReferenceRepository#reportedInYear}. */
    Set<List<Integer>> reportedInYear(int year, boolean inMonths, Collection<Integer> divisionIds);
}
