package org.minsheng.publication.render;

import java.math.BigDecimal;
import java.util.List;
import org.minsheng.base.chart.Series;

/**
 * A chart as print draws it: the content the dashboard hands to Chart.js (labels, series), with the
 * printed words and the frame. {@code horizontal} lays bars along the x axis (districts ranked). A heat-map has
 * no series but a {@link HeatGrid}.
 *
 * @param scale decimal places of the indicator, for the value labels
 * @param grid  the coloured table of a heat-map, or null for a bar or line chart
 */
public record ChartModel(
        Words words,
        List<String> labels,
        List<Series> series,
        boolean horizontal,
        int scale,
        ChartFrame frame,
        HeatGrid grid) {

    /**
     * The printed words around and inside the plot.
     *
     * @param unitLine      "单位：所"
     * @param noData        what stands where a figure is missing (never a zero bar)
     * @param notApplicable what stands where a figure was reported as not applicable (不适用)
     */
    public record Words(String title, String subtitle, String unitLine, String noData, String notApplicable) {}

    public ChartModel(
            Words words, List<String> labels, List<Series> series, boolean horizontal, int scale, ChartFrame frame) {
        this(words, labels, series, horizontal, scale, frame, null);
    }

    public static ChartModel grid(Words words, HeatGrid grid, ChartFrame frame) {
        return new ChartModel(words, grid.rows(), List.of(), false, 0, frame, grid);
    }

    /** The same chart in another frame. */
    public ChartModel framed(ChartFrame other) {
        return new ChartModel(words, labels, series, horizontal, scale, other, grid);
    }

    public String title() {
        return words.title();
    }

    public String subtitle() {
        return words.subtitle();
    }

    public String unitLine() {
        return words.unitLine();
    }

    public String noData() {
        return words.noData();
    }

    public String notApplicable() {
        return words.notApplicable();
    }

    /** What a bar without a value says: 不适用 must not read as a missing figure. */
    String gap(Series series, int index) {
        return series.gap(index, noData(), notApplicable());
    }

    /** Whether anything is drawn in the plot: a value or a 不适用 of any series (see {@link Series#answered}). */
    boolean answered() {
        return series.stream().anyMatch(Series::answered);
    }

    /** Largest value among all series, for the axis; zero when nothing has a value. */
    BigDecimal max() {
        return series.stream()
                .flatMap(s -> s.values().stream())
                .filter(v -> v != null)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
