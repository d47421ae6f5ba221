package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whole-year values of the focus, one per year from its first year with a figure to the chosen year.
 * Laid out by {@link ChartSeries} from a page ({@link Dashboard#yearSeries}): a record of its own because
 * it is not a part of the page but what one chart makes of it, the same on screen and in print.
 *
 * @param notApplicable per year, whether it was approved as 不适用: an answer, which the chart and its table
 *                      say, where a year without a figure has none
 */
public record YearSeries(
        int first, int last, List<Integer> years, List<BigDecimal> values, List<Boolean> notApplicable) {}
