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
        return banded().drawn();
    }

    /** The series {@link #drawn} and the units below the focus it leaves out, laid out once. */
    public Banded banded() {
        var banded = ChartSeries.banded(answered());
        var kept = new ArrayList<>(banded);
        kept.add(units.size() - 1);
        var drawn = new YearOnYearSeries(
                ChartSeries.at(units, kept),
                ChartSeries.at(names, kept),
                ChartSeries.at(thisYear, kept),
                ChartSeries.at(lastYear, kept),
                ChartSeries.at(thisYearNotApplicable, kept),
                ChartSeries.at(lastYearNotApplicable, kept));
        return new Banded(drawn, ChartSeries.at(names, ChartSeries.unbanded(banded, units.size() - 1)));
    }

    /**
     * @param undrawn the names of the units below the focus the chart leaves out: neither year has a figure
     */
    public record Banded(YearOnYearSeries drawn, List<String> undrawn) {}

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
