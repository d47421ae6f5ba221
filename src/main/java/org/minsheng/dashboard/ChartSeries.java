package org.minsheng.dashboard;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;

/**
 * The series of a page's charts (ranking, 同比, year by year), laid out from what the page read. Apart
 * from {@link Dashboard}, which says what the page holds and finds one value in it, because these
 * arrange many of those values in a chart's order; screen and print both ask the page, which asks here,
 * so the two cannot differ.
 */
final class ChartSeries {

    /**
     * The most bands a unit chart gives units without a figure beside those with one: a city's eleven
     * districts, each band labelled 暂无数据 until it reports, read well. A county's 25 towns, which report
     * nothing (town-level reporting is not offered), stacked 25 such labels into one unreadable smear on a
     * 340-pixel chart (a stranger's tour).
     */
    static final int LABELLED_GAPS = 12;

    private ChartSeries() {}

    /**
     * The positions of a unit chart's units that get a band, given whether each has an answer (a figure or
     * 不适用): every one on a chart of at most {@link #LABELLED_GAPS} units, else those with an answer; none
     * where no unit has one, which the chart says in one line instead of a band of 暂无数据 per unit.
     */
    static List<Integer> banded(List<Boolean> answered) {
        if (!answered.contains(true)) {
            return List.of();
        }
        return IntStream.range(0, answered.size())
                .filter(i -> answered.size() <= LABELLED_GAPS || answered.get(i))
                .boxed()
                .toList();
    }

    /** The positions below {@code size} that {@code banded} (ascending, as {@link #banded} gives them) leaves out. */
    static List<Integer> unbanded(List<Integer> banded, int size) {
        var taken = new BitSet(size);
        banded.forEach(taken::set);
        return IntStream.range(0, size).filter(i -> !taken.get(i)).boxed().toList();
    }

    /** The elements at {@code positions}, in their order. */
    static <T> List<T> at(List<T> list, List<Integer> positions) {
        return positions.stream().map(list::get).toList();
    }

    static YearSeries yearSeries(Dashboard page, Indicator indicator) {
        var points = page.years(indicator);
        int last = page.filter().year();
        int first = points.stream().mapToInt(YearPoint::year).min().orElse(last);
        var yearList = IntStream.rangeClosed(first, last).boxed().toList();
        // a year approved as 不适用 has no value: a gap, found before its value is taken (findFirst throws on null)
        Function<Integer, Optional<YearPoint>> point =
                y -> points.stream().filter(p -> p.year() == y).findFirst();
        return new YearSeries(
                first,
                last,
                yearList,
                yearList.stream()
                        .map(y -> point.apply(y).map(YearPoint::value).orElse(null))
                        .toList(),
                yearList.stream()
                        .map(y -> point.apply(y).map(YearPoint::notApplicable).orElse(false))
                        .toList());
    }

    static RankingSeries ranking(Dashboard page, Indicator indicator) {
        var ranked = page.counties().stream()
                .sorted(Comparator.comparing(
                        (Division c) -> page.value(indicator, c.id()).orElse(null),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        var notApplicable =
                ranked.stream().map(c -> page.notApplicable(indicator, c.id())).toList();
        return new RankingSeries(
                ranked,
                ranked.stream()
                        .map(c -> page.value(indicator, c.id()).orElse(null))
                        .toList(),
                ranked.stream()
                        .map(c -> page.notApplicable(indicator, c.id())
                                ? null
                                : page.target(indicator, c.id())
                                        .map(Target::value)
                                        .orElse(null))
                        .toList(),
                notApplicable);
    }

    static YearOnYearSeries yearOnYear(Dashboard page, Indicator indicator) {
        var units = new ArrayList<Integer>();
        var names = new ArrayList<String>();
        if (page.cityWide()) {
            page.counties().forEach(c -> {
                units.add(c.id());
                names.add(c.name());
            });
        }
        units.add(page.focusId());
        names.add(page.focus().name());
        // last year's total beside this year's, where the two count different units, is no comparison:
        // that bar is left out and the chart's note says why
        Function<Integer, Optional<YearCell>> lastYear = u ->
                u == null && !page.totalsComparable(indicator) ? Optional.empty() : page.lastYearCell(indicator, u);
        return new YearOnYearSeries(
                Collections.unmodifiableList(units),
                List.copyOf(names),
                units.stream().map(u -> page.value(indicator, u).orElse(null)).toList(),
                units.stream()
                        .map(u -> lastYear.apply(u).map(YearCell::value).orElse(null))
                        .toList(),
                units.stream().map(u -> page.notApplicable(indicator, u)).toList(),
                units.stream()
                        .map(u -> lastYear.apply(u).map(YearCell::notApplicable).orElse(false))
                        .toList());
    }
}
