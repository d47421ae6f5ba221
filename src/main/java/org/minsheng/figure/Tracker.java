package org.minsheng.figure;

import java.util.List;
import java.util.Map;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/** How far each district has got with a period: the state of each of its cells, and who is late. */
public record Tracker(Period period, List<Indicator> indicators, List<Row> rows) {

    /** Units that have submitted every figure they must report for the period (or had them approved). */
    public long submittedUnits() {
        return rows.stream().filter(Row::submitted).count();
    }

    public long overdueUnits() {
        return rows.stream().filter(Row::overdue).count();
    }

    /**
     * @param submitted every figure the unit must report for the period is submitted, approved or published
     * @param overdue   the due date has passed and some figure it must report is still not submitted
     */
    public record Row(
            Division division,
            Map<Integer, CellState> states,
            int changedSinceApproval,
            boolean submitted,
            boolean overdue) {

        public long count(CellState state) {
            return states.values().stream().filter(s -> s == state).count();
        }
    }
}
