package org.minsheng.base.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One dataset of a chart: a label, one value per chart label (null for no figure) and how it is drawn.
 *
 * @param notApplicable one flag per label, or null for none: the value was reported as not applicable
 *                      (不适用), which a chart must not show as a missing figure
 * @param gaps          one word per label, or null for none: why the label has no value where it is neither
 *                      missing nor 不适用 (「2020年未纳入统计」 of a town the installation dates from a later year), else null
 */
public record Series(
        String label, List<BigDecimal> values, Style style, List<Boolean> notApplicable, List<String> gaps) {

    public Series(String label, List<BigDecimal> values, Style style) {
        this(label, values, style, null);
    }

    public Series(String label, List<BigDecimal> values, Style style, List<Boolean> notApplicable) {
        this(label, values, style, notApplicable, null);
    }

    /** Whether the (null) value at this label stands for 不适用 rather than for no figure. */
    public boolean notApplicable(int index) {
        return notApplicable != null && notApplicable.get(index);
    }

    /** What stands where this series has no value at the label: 不适用 is an answer, not a missing figure. */
    public String gap(int index, String noData, String notApplicable) {
        if (notApplicable(index)) {
            return notApplicable;
        }
        return gaps != null && gaps.get(index) != null ? gaps.get(index) : noData;
    }

    /**
     * Whether any label has an answer, a value or 不适用. A chart is "no data" only when none of its series
     * has one: one district's 不适用 beside ten unreported ones printed 「暂无数据」 for the whole ranking.
     */
    public boolean answered() {
        return IntStream.range(0, values.size()).anyMatch(i -> values.get(i) != null || notApplicable(i));
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
