package org.minsheng.approval;

import java.time.OffsetDateTime;
import org.minsheng.division.Division;

/**
 * A unit's year as the level above sees it.
 *
 * @param notApproved the year's figures of the unit and every unit below it that exist but are not
 *     approved (draft, submitted or returned); cells nobody entered are the tracker's, not counted here
 * @param reason      why it was returned; null unless returned
 * @param decidedBy   who decided, by display name; null while pending
 */
public record UnitYear(
        Division unit,
        int year,
        long notApproved,
        AcceptanceStatus status,
        String reason,
        String decidedBy,
        OffsetDateTime decidedAt) {}
