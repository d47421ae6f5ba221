package org.minsheng.figure;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One approved value of a cell; a correction after publication carries its reason. */
public record Revision(
        int revision,
        BigDecimal value,
        boolean notApplicable,
        String reason,
        boolean correction,
        Integer approvedBy,
        OffsetDateTime approvedAt) {}
