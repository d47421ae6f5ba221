package org.minsheng.figure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/**
 * The cells of a period for some districts: indicators down, districts across.
 *
 * @param published the units among {@code divisions} whose year a unit of their line has published
 *                  (V133): their figures change only as corrections, even in an open period
 */
public record EntrySheet(
        Period period, List<Indicator> indicators, List<Division> divisions, List<Cell> cells, Set<Integer> published) {

    public EntrySheet {
        published = Set.copyOf(published);
    }

    /** Whether a change to the unit's cells is a correction of a published figure, asking for its reason. */
    public boolean correcting(Division division) {
        return period.isPublished() || published.contains(division.id());
    }

    public Optional<Cell> cell(Indicator indicator, Division division) {
        return cells.stream()
                .filter(c -> c.key().indicatorId() == indicator.id() && c.key().divisionId() == division.id())
                .findFirst();
    }

    public List<Finding> findings() {
        return cells.stream().flatMap(c -> c.findings().stream()).toList();
    }
}
