package org.minsheng.figure;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One approved value of a cell; a correction after publication carries its reason.
 *
 * @param enteredBy  the display name of who entered the value; null where that was not recorded (values
 *                   approved before V151 whose figure has changed since)
 * @param approvedBy the display name of who approved it; null for values loaded approved
 */
public record Revision(
        int revision,
        BigDecimal value,
        boolean notApplicable,
        String reason,
        boolean correction,
        String enteredBy,
        String approvedBy,
        OffsetDateTime approvedAt) {}
