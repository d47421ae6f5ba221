package org.minsheng.approval;

import java.time.OffsetDateTime;
import org.minsheng.division.Division;

/**
 * A unit's year as the level above sees it.
 *
 * @param notApproved the year's figures of the unit and every unit below it that exist but are not
 *     approved (draft, submitted or returned); cells nobody entered are the tracker's, not counted here
 * @param anyApproved whether the unit or any unit below it has an approved figure of the year: a year
 *     acceptable with none has nothing reported, and accepting it adds nothing to the totals above
 * @param notAcceptedBelow the units of the level this unit accepts ({@link ApprovalLevels#accepts}: a
 *     city's counties with three levels) whose year it has not accepted; 0 when it accepts nothing
 * @param reason      why it was returned; null unless returned
 * @param decidedBy   who decided, by display name; null while pending
 */
public record UnitYear(
        Division unit,
        int year,
        long notApproved,
        boolean anyApproved,
        long notAcceptedBelow,
        AcceptanceStatus status,
        String reason,
        String decidedBy,
        OffsetDateTime decidedAt) {

    /**
     * Whether the level above may accept it now, by the rule {@link ApprovalService#accept} enforces: not
     * yet accepted, every figure below it approved and every unit it accepts accepted. The acceptance list
     * disables its button otherwise and says why.
     */
    public boolean acceptable() {
        return status != AcceptanceStatus.ACCEPTED && notApproved == 0 && notAcceptedBelow == 0;
    }

    /** Acceptable, and nothing of the year reported at all: the list asks before accepting it. */
    public boolean acceptableButEmpty() {
        return acceptable() && !anyApproved;
    }

    UnitYear withNotAcceptedBelow(long count) {
        return new UnitYear(unit, year, notApproved, anyApproved, count, status, reason, decidedBy, decidedAt);
    }
}
