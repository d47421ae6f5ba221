package org.minsheng.dashboard;

import org.minsheng.division.Division;

/**
 * The edition (「第n版」) of a unit's year as the public side counts it. Publication owns the rule (which
 * approvals make a new edition); this interface lets the dashboard state the same number beside its
 * "data as of", and put it on its exports, without depending on publication.
 */
public interface Editions {

    /** The unit's edition of its year: 1 as first published, one more for each revision since. */
    Dashboard.Edition edition(Division unit, int year);
}
