package org.minsheng.dashboard;

import java.util.List;
import org.minsheng.division.Division;

/**
 * The focus district's towns on its page ({@link Dashboard}), empty unless some town has approved figures,
 * with their values and their total (division id null) in the same window: apart from the page's figures
 * because only a district's page whose towns have reported has any. {@code divided} says whether the
 * focus has towns at all: a district with towns that have not reported says so, one without towns
 * has nothing to say about them.
 */
public record PageTowns(List<Division> units, List<YearCell> cells, boolean divided) {

    public PageTowns {
        cells = Keyed.of(cells, Dashboard.CELL_AT);
    }

    /** A page whose focus has no towns (the city's, a district not divided into towns, a town's). */
    public static final PageTowns NONE = new PageTowns(List.of(), List.of(), false);

    /** A district with towns, none of which has an approved figure in the window. */
    public static final PageTowns NOT_REPORTED = new PageTowns(List.of(), List.of(), true);
}
