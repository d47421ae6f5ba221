package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whole-year values of the focus, one per year from its first year with a figure to the chosen year.
 * Laid out by {@link ChartSeries} from a page ({@link Dashboard#yearSeries}): a record of its own because
 * it is not a part of the page but what one chart makes of it, the same on screen and in print.
 */
public record YearSeries(int first, int last, List<Integer> years, List<BigDecimal> values) {}
