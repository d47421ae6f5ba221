package org.minsheng.indicator;

import java.math.BigDecimal;
import org.minsheng.base.RefusedException;
import org.minsheng.base.format.Numbers;

/** What a target's value may be, when it is set and when it is changed. */
final class TargetValues {

    /**
     * The largest target of any indicator: the entry sheet takes no figure with more than 15 whole digits,
     * so a larger target can never be reached, and one saved by a slip of the finger (99,999,999,999,999,
     * 999,999,999) overflowed the dashboard's tile and stayed printed in a published revision note.
     */
    static final BigDecimal LARGEST = new BigDecimal("999999999999999");

    private TargetValues() {}

    /**
     * The value as kept, in the indicator's scale; refused with the reason when no target can be it: none
     * given, a 清零 target other than 0, below zero, beyond what a figure can reach, or finer than the scale.
     */
    static BigDecimal checked(CatalogueEntry indicator, TargetDirection direction, BigDecimal value) {
        if (direction == null || value == null) {
            throw new RefusedException("catalogue.target.error.value");
        }
        if (direction == TargetDirection.REACH_ZERO && value.signum() != 0) {
            throw new RefusedException("catalogue.target.error.reachZero");
        }
        if (value.signum() < 0) {
            throw new RefusedException("catalogue.target.error.negative");
        }
        var measure = indicator.draft().measure();
        checkRange(measure, value);
        var stripped = value.stripTrailingZeros();
        if (Math.max(stripped.scale(), 0) > measure.scale()) {
            throw new RefusedException("catalogue.target.error.scale", measure.scale());
        }
        return value.setScale(measure.scale());
    }

    /**
     * Refuses a target no figure of the indicator can reach: outside its plausible range, as the entry
     * sheet refuses such a figure, and in any case beyond {@link #LARGEST}. Checked before the value is
     * rescaled, which for an absurd magnitude would build a number of millions of digits.
     */
    private static void checkRange(IndicatorDraft.Measure measure, BigDecimal value) {
        var min = measure.minValue() != null && measure.minValue().signum() > 0 ? measure.minValue() : BigDecimal.ZERO;
        var max =
                measure.maxValue() != null && measure.maxValue().compareTo(LARGEST) < 0 ? measure.maxValue() : LARGEST;
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new RefusedException("catalogue.target.error.range", Numbers.exact(min), Numbers.exact(max));
        }
    }
}
