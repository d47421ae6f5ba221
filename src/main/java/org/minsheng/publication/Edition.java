package org.minsheng.publication;

import java.util.List;

/**
 * A unit's edition of its year (「第n版」) and the revisions behind it, counted over the unit's own
 * subtree only: once the unit published its year, 1 at publication and one more for each approval
 * recorded afterwards; before that, as the edition always was counted, 1 plus the corrections approved
 * after a period was published.
 */
public record Edition(int number, List<Revision> revisions) {

    public Edition {
        revisions = List.copyOf(revisions);
    }

    /**
     * One approval that revised the edition, and how the publication states it:
     * 「†漳浦县 · 营养改善计划学校 · 2020年12月：数据核实更正」.
     */
    public record Revision(int indicatorId, String text) {}

    /** True when a figure of the indicator was revised: its line carries the †. */
    public boolean revised(int indicatorId) {
        return revisions.stream().anyMatch(r -> r.indicatorId() == indicatorId);
    }
}
