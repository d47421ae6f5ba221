package org.minsheng.base.ui.chart;

import java.math.BigDecimal;
import java.util.List;

/** One dataset of a chart: a label, one value per chart label (null for no figure) and how it is drawn. */
public record Series(String label, List<BigDecimal> values, Style style) {

    public enum Style {
        BAR,
        LINE,
        /** a reference such as the straight-line pace to a target */
        DASHED_LINE,
        /** a short tick across each bar, for per-bar targets */
        MARKER
    }
}
