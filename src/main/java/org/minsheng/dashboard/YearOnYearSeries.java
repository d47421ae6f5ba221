package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The units a 同比 chart compares, with the window's value this year and last; missing values are
 * null, and the flags tell a not-applicable null from a missing one. The focus comes last, after the
 * units below it.
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
        List<Boolean> lastYearNotApplicable) {

    /**
     * The units the chart and its table list, the focus always last: of the units below it, as {@link
     * RankingSeries#drawn}, those with an answer in either year where there are more than a city's
     * districts, and none where no unit has one.
     */
    public YearOnYearSeries drawn() {
        var kept = new ArrayList<>(ChartSeries.banded(answered()));
        kept.add(units.size() - 1);
        return new YearOnYearSeries(
                ChartSeries.at(units, kept),
                ChartSeries.at(names, kept),
                ChartSeries.at(thisYear, kept),
                ChartSeries.at(lastYear, kept),
                ChartSeries.at(thisYearNotApplicable, kept),
                ChartSeries.at(lastYearNotApplicable, kept));
    }

    /** The names of the units below the focus that {@link #drawn} leaves out: neither year has a figure. */
    public List<String> undrawn() {
        var drawn = drawn().units();
        return IntStream.range(0, units.size() - 1)
                .filter(i -> !drawn.contains(units.get(i)))
                .mapToObj(names::get)
                .toList();
    }

    /** Per unit below the focus, whether either year has a figure or 不适用. */
    private List<Boolean> answered() {
        return IntStream.range(0, units.size() - 1)
                .mapToObj(i -> thisYear.get(i) != null
                        || lastYear.get(i) != null
                        || thisYearNotApplicable.get(i)
                        || lastYearNotApplicable.get(i))
                .toList();
    }
}
