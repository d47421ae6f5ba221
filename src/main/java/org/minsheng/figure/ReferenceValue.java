package org.minsheng.figure;

import java.math.BigDecimal;

/**
 * An approved value of another period a cell is compared with: a number, or 不适用 (then the value is
 * null). Read apart from "no approved value", so the entry form, the review page and the downloads
 * can say 不适用 where the lack of an answer reads "—".
 */
record ReferenceValue(BigDecimal value, boolean notApplicable) {

    static ReferenceValue of(BigDecimal value, Boolean notApplicable) {
        return new ReferenceValue(value, value == null && Boolean.TRUE.equals(notApplicable));
    }
}
