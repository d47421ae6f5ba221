package org.minsheng.figure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minsheng.approval.ReviewerDuties;
import org.minsheng.base.RefusedException;
import org.minsheng.division.Division;
import org.minsheng.security.ReadingScope;

/**
 * The units whose figures a reviewer approves in a year: within their scope's subtree, the units of the
 * levels their duties approve. Apart from {@link ReviewService} because it is a value the service asks
 * of every cell it approves or returns, and holds no service of its own.
 *
 * @param levels the level of each reporting unit of the year; a unit it does not list is a town (the
 *     year's reporting units stop at county level above a county), approved as towns are
 */
record Approving(ReadingScope scope, ReviewerDuties duties, Map<Integer, Division.Level> levels) {

    /** For a reviewer whose duties approve figures, over the year's reporting units. */
    static Approving of(ReadingScope scope, ReviewerDuties duties, List<Division> reportingUnits) {
        return new Approving(
                scope, duties, reportingUnits.stream().collect(Collectors.toMap(Division::id, Division::level)));
    }

    boolean covers(int divisionId) {
        return scope.covers(divisionId)
                && duties.approvesFiguresOf(levels.getOrDefault(divisionId, Division.Level.TOWN));
    }

    /** Refuses a unit outside the scope, or one whose figures another level's reviewers approve. */
    void require(int divisionId) {
        scope.require(divisionId);
        if (!covers(divisionId)) {
            throw new RefusedException(
                    "review.error.notApprovedHere", duties.unit().name());
        }
    }
}
