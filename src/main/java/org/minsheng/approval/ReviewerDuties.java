package org.minsheng.approval;

import java.util.Set;
import org.minsheng.division.Division;

/**
 * What a reviewer does under the configured approval levels.
 *
 * @param unit          the reviewer's unit: their scope unit, or the root for an unscoped reviewer
 * @param approves      the levels of the units within their unit whose figures they approve, return and
 *     revise ({@link ApprovalLevels#figuresApprovedBy}): a listed level's own and the unlisted ones down to
 *     the next listed level below; every level when no levels are configured; none for an unlisted level
 * @param accepts       the level of the units they accept or return, a year at a time; null when
 *     they accept nothing
 * @param answersAbove  whether a listed level above decides their unit's year, so they see a return and
 *     can offer the year again
 */
public record ReviewerDuties(
        Division unit, Set<Division.Level> approves, Division.Level accepts, boolean answersAbove) {

    public ReviewerDuties {
        approves = Set.copyOf(approves);
    }

    /** Whether they approve the figures of any unit, so the review page lists figures for them. */
    public boolean approvesFigures() {
        return !approves.isEmpty();
    }

    /**
     * Whether they approve the figures of a unit of the level within their unit: a reviewer of a middle
     * level approves their own unit's, never those of the listed level below, whose reviewers do.
     */
    public boolean approvesFiguresOf(Division.Level level) {
        return approves.contains(level);
    }

    /**
     * Whether, within their unit, they approve the figures of some levels' units and not of others: a
     * listed middle level's reviewer approves their own unit's, not those of the listed level below. A count
     * of their work (the review page's period list) then leaves the others' figures out by level
     * ({@link #approves}); false when they approve the figures of every level at or below their unit, as with no levels (a
     * county's reviewer: the county's and its towns'), or none at all.
     */
    public boolean approvesSomeLevelsOnly() {
        // every level entering figures with nothing listed, of those at or below their unit
        return approvesFigures()
                && !ApprovalLevels.NONE.figuresApprovedBy(unit.level()).stream()
                        .filter(level -> level.compareTo(unit.level()) >= 0)
                        .allMatch(approves::contains);
    }

    public boolean acceptsUnits() {
        return accepts != null;
    }
}
