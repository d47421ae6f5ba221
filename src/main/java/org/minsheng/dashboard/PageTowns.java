package org.minsheng.dashboard;

import java.util.List;
import org.minsheng.division.Division;

/**
 * The focus district's towns on its page ({@link Dashboard}), empty unless some town has approved figures,
 * with their values and their total (division id null) in the same window: apart from the page's figures
 * because only a district's page whose towns have reported has any.
 */
public record PageTowns(List<Division> units, List<YearCell> cells) {

    public PageTowns {
        cells = Keyed.of(cells, Dashboard.CELL_AT);
    }

    public static final PageTowns NONE = new PageTowns(List.of(), List.of());
}
