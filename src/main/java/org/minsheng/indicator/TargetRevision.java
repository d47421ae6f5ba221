package org.minsheng.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A change to a target made after its year's figures were published, with its reason: what it was (no
 * direction or value when the target was added then), what it became (none when it was removed), who
 * changed it and when.
 */
public record TargetRevision(
        TargetDirection oldDirection,
        BigDecimal oldValue,
        TargetDirection newDirection,
        BigDecimal newValue,
        String reason,
        String changedBy,
        OffsetDateTime changedAt) {}
