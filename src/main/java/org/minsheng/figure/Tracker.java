package org.minsheng.figure;

import java.util.List;
import java.util.Map;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/** How far each district has got with a period: the state of each of its cells, and who is late. */
public record Tracker(Period period, List<Indicator> indicators, List<Row> rows) {

    /**
     * @param overdue the due date has passed and some cell is still not submitted
     */
    public record Row(Division division, Map<Integer, CellState> states, int changedSinceApproval, boolean overdue) {

        public long count(CellState state) {
            return states.values().stream().filter(s -> s == state).count();
        }
    }
}
