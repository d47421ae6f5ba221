package org.minsheng.figure;

import java.util.List;
import java.util.Optional;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/** The cells of a period for some districts: indicators down, districts across. */
public record EntrySheet(Period period, List<Indicator> indicators, List<Division> divisions, List<Cell> cells) {

    public Optional<Cell> cell(Indicator indicator, Division division) {
        return cells.stream()
                .filter(c -> c.key().indicatorId() == indicator.id() && c.key().divisionId() == division.id())
                .findFirst();
    }

    public List<Finding> findings() {
        return cells.stream().flatMap(c -> c.findings().stream()).toList();
    }
}
