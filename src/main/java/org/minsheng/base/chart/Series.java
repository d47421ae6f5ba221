package org.minsheng.base.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * One dataset of a chart: a label, one value per chart label (null for no figure) and how it is drawn.
 *
 * @param gaps what a printed chart writes where a value is null, one per label (null: the chart's own
 *             "no data" word); 不适用 must not read as a missing figure
 */
public record Series(String label, List<BigDecimal> values, Style style, List<String> gaps) {

    public Series(String label, List<BigDecimal> values, Style style) {
        this(label, values, style, null);
    }

    /** The word for a null value at this label, or the given default. */
    public String gap(int index, String noData) {
        return gaps == null || gaps.get(index) == null ? noData : gaps.get(index);
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
