package org.minsheng.base.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * One dataset of a chart: a label, one value per chart label (null for no figure) and how it is drawn.
 *
 * @param notApplicable one flag per label, or null for none: the value was reported as not applicable
 *                      (不适用), which a chart must not show as a missing figure
 */
public record Series(String label, List<BigDecimal> values, Style style, List<Boolean> notApplicable) {

    public Series(String label, List<BigDecimal> values, Style style) {
        this(label, values, style, null);
    }

    /** Whether the (null) value at this label stands for 不适用 rather than for no figure. */
    public boolean notApplicable(int index) {
        return notApplicable != null && notApplicable.get(index);
    }

    public enum Style {
        BAR,
        LINE,
        /** a reference such as the straight-line pace to a target */
        DASHED_LINE,
        /** a short tick across each bar, for per-bar targets */
        MARKER
    }
}
