package org.minsheng.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A target for one indicator, division and year.
 *
 * @param revised changed with its reason after the year was published ({@link TargetRevision}): the
 *                completion a page shows against it is not the one first published
 */
public record Target(
        int indicatorId, int divisionId, int year, TargetDirection direction, BigDecimal value, boolean revised) {

    public boolean isMetBy(BigDecimal actual) {
        return direction.isMet(actual, value);
    }

    /**
     * Completion in percent for targets that count up (actual / target); empty where a ratio means
     * nothing, as for "reach zero", whose progress is met or not met.
     */
    public Optional<BigDecimal> completionPercent(BigDecimal actual) {
        if (direction != TargetDirection.INCREASE_TO || value.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(actual.multiply(BigDecimal.valueOf(100)).divide(value, 1, RoundingMode.HALF_UP));
    }
}
