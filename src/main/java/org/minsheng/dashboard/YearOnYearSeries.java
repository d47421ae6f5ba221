package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The units a 同比 chart compares, with the window's value this year and last; missing values are
 * null, and the flags tell a not-applicable null from a missing one.
 *
 * <p>Laid out by {@link ChartSeries} from a page ({@link Dashboard#yearOnYear}): a record of its own because
 * it is not a part of the page but what one chart makes of it, the same on screen and in print.
 */
public record YearOnYearSeries(
        List<Integer> units,
        List<String> names,
        List<BigDecimal> thisYear,
        List<BigDecimal> lastYear,
        List<Boolean> thisYearNotApplicable,
        List<Boolean> lastYearNotApplicable) {}
