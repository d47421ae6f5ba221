package org.minsheng.publication;

import java.util.List;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.indicator.Indicator;

/**
 * A unit's edition of its year (「第n版」) and the revisions behind it, counted over the unit's own
 * subtree only: 1 as first published, and one more for each approval that changed a published figure
 * since, of any month and any unit below (once the unit published its year, each approval recorded
 * afterwards; for a year published period by period, each correction), and one for each target of the
 * subtree changed with its reason after publication (V152: it changes the completion the edition
 * states), so that no public figure or completion changes within an edition.
 *
 * @param published the unit's year is out for the public (released, or every period published on the
 *                  review page); until then the number is a count of revisions, not an edition anyone
 *                  received, and nothing should show it as 「第n版」
 */
public record Edition(int number, boolean published, List<Revision> revisions) {

    public Edition {
        revisions = List.copyOf(revisions);
    }

    /**
     * One approval that revised the edition, and how the publication states it:
     * 「†漳浦县 · 营养改善计划学校 · 2020年12月：数据核实更正」.
     */
    public record Revision(int indicatorId, String text) {}

    /** The number and whether it is out, as pages, files and their names word it ({@link Dashboard.Edition#text}). */
    public Dashboard.Edition shown() {
        return new Dashboard.Edition(number, published);
    }

    /** True when a figure of the indicator was revised: its line carries the †. */
    public boolean revised(int indicatorId) {
        return revisions.stream().anyMatch(r -> r.indicatorId() == indicatorId);
    }

    /**
     * True when the indicator's total printed from {@code data} changed through a revision of this edition:
     * wherever it is printed (the year-in-review's line, the wall's tile, the headline card) it carries the
     * †. A revision in a unit the totals leave out (a city whose correction took back the province's
     * acceptance) did not change the total, so it marks that unit's row, not the total.
     */
    public boolean marks(Indicator indicator, CityYear data) {
        return revised(indicator.id())
                && data.total(indicator).map(c -> c.corrections() > 0).orElse(false);
    }

    /** The revisions of the indicator, as 修订说明 states them. */
    public List<Revision> of(Indicator indicator) {
        return revisions.stream().filter(r -> r.indicatorId() == indicator.id()).toList();
    }
}
