package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One correction after publication behind a revised figure (the † on a dashboard): which month and
 * district, the value before and after, why, who entered it, and who approved it when. Leaders and
 * communications staff read these to explain a changed number before they repeat it.
 *
 * @param month null for a yearly figure
 * @param enteredBy null where it was not recorded (a correction approved before V151 whose figure changed since)
 */
public record Correction(
        int year,
        Integer month,
        String district,
        Value before,
        Value after,
        String reason,
        String enteredBy,
        String approvedBy,
        OffsetDateTime approvedAt) {

    /** An approved value: a number, or 不适用 when {@code notApplicable}. */
    public record Value(BigDecimal number, boolean notApplicable) {}
}
