package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.minsheng.division.Division;

/**
 * The districts of a ranking chart, largest first; districts without a figure go last rather than
 * pretending to be zero. A district that reported 不适用 has no bar and no target tick: a tick over
 * an empty row would read as a target missed.
 *
 * <p>Laid out by {@link ChartSeries} from a page ({@link Dashboard#ranking}): a record of its own because
 * it is not a part of the page but what one chart makes of it, the same on screen and in print.
 */
public record RankingSeries(
        List<Division> districts, List<BigDecimal> values, List<BigDecimal> targets, List<Boolean> notApplicable) {

    /**
     * The units the chart gives a band, in its order: all of a city's districts, a band of 暂无数据 for one
     * not yet reported; of more units (a county's towns) only those with an answer; none where no unit has
     * one. The chart, its table, its images and a click on a bar all read this one list.
     */
    public RankingSeries drawn() {
        return banded().drawn();
    }

    /** The series {@link #drawn} and the units it leaves out, laid out once for a chart that names both. */
    public Banded banded() {
        var banded = ChartSeries.banded(answered());
        var drawn = new RankingSeries(
                ChartSeries.at(districts, banded),
                ChartSeries.at(values, banded),
                ChartSeries.at(targets, banded),
                ChartSeries.at(notApplicable, banded));
        return new Banded(drawn, ChartSeries.at(districts, ChartSeries.unbanded(banded, districts.size())));
    }

    /**
     * @param undrawn the units the chart names in one line instead of a band: none have a figure
     */
    public record Banded(RankingSeries drawn, List<Division> undrawn) {}

    private List<Boolean> answered() {
        return IntStream.range(0, districts.size())
                .mapToObj(i -> values.get(i) != null || notApplicable.get(i))
                .toList();
    }
}
