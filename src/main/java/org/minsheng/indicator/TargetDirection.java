package org.minsheng.indicator;

import java.math.BigDecimal;

/** Which way a figure should go; progress and colour follow it. */
public enum TargetDirection {
    /** reach at least the target value */
    INCREASE_TO,
    /** come down to the target value or below */
    DECREASE_TO,
    /** come down to zero: a reported, approved 0, not an empty cell */
    REACH_ZERO,
    /** stay at or below the target value all along */
    AT_MOST;

    public boolean isMet(BigDecimal actual, BigDecimal target) {
        return switch (this) {
            case INCREASE_TO -> actual.compareTo(target) >= 0;
            case DECREASE_TO, AT_MOST -> actual.compareTo(target) <= 0;
            case REACH_ZERO -> actual.signum() == 0;
        };
    }
}
