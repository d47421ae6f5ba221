package org.minsheng.approval;

import org.minsheng.division.Division;

/**
 * What a reviewer does under the configured approval levels.
 *
 * @param unit            the reviewer's unit: their scope unit, or the root for an unscoped reviewer
 * @param approvesFigures whether they approve, return and revise figures (the approving level's
 *     reviewers; every reviewer when no levels are configured)
 * @param accepts         the level of the units they accept or return, a year at a time; null when
 *     they accept nothing
 * @param answersAbove    whether a listed level above decides their unit's year, so they see a
 *     return and can offer the year again
 */
public record ReviewerDuties(Division unit, boolean approvesFigures, Division.Level accepts, boolean answersAbove) {

    public boolean acceptsUnits() {
        return accepts != null;
    }
}
