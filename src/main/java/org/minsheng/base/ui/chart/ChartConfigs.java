package org.minsheng.base.ui.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.chart.Palette;
import org.minsheng.base.chart.Series;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Chart.js configurations in the product's look: the {@link Palette}, a title,
 * the unit on the value axis and "data as of" under the chart.
 */
public final class ChartConfigs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A target's tick, in pixels across: a hairline is lost in a bar as soon as the chart is small. */
    private static final int MARKER_WIDTH = 4;

    /** The shapes that tell apart lines sharing a colour, one per round of the palette after the first. */
    private static final List<String> POINT_STYLES = List.of("rectRot", "triangle", "rect");

    private ChartConfigs() {}

    /**
     * The chart with its gap words in the caller's language, {@code translate} reading the bundle's keys:
     * every screen that draws a chart (dashboard, wall, public page, embeds) names a bar without a value as
     * print does, in the same words.
     */
    public static ObjectNode chart(ChartContent content, String subtitle, Function<String, String> translate) {
        return chart(content, subtitle, translate.apply("publication.noData"), translate.apply("figure.notApplicable"));
    }

    /**
     * The chart with a word where a bar has no value, as print writes it: {@code notApplicable} (不适用) where
     * one was reported, else {@code noData}. Chart.js draws nothing there, so a ranking whose only answer was
     * 不适用 showed an empty axis while its table said 不适用; campaign-chart.js writes these labels. A bar
     * of 0 is labelled 0 for the same reason.
     *
     * <p>The series are coloured from {@link Palette#SERIES} in order; a horizontal chart lays bars along the
     * x axis, which keeps eleven district names readable on a phone.
     */
    public static ObjectNode chart(ChartContent content, String subtitle, String noData, String notApplicable) {
        var title = content.title();
        var unit = content.unit();
        var labels = content.labels();
        var series = content.series();
        var horizontal = content.horizontal();
        var config = NODES.objectNode();
        boolean anyBar = series.stream().anyMatch(s -> s.style() == Series.Style.BAR);
        boolean anyMarker = series.stream().anyMatch(s -> s.style() == Series.Style.MARKER);
        config.put("type", anyBar ? "bar" : "line");
        var data = config.putObject("data");
        strings(data.putArray("labels"), labels);
        var datasets = data.putArray("datasets");
        for (int n = 0; n < series.size(); n++) {
            var s = series.get(n);
            var colour = Palette.of(series, n);
            var set = datasets.addObject();
            set.put("label", s.label());
            numbers(set.putArray("data"), s.values());
            if (noData != null && s.style() == Series.Style.BAR) {
                gaps(set.putArray("gapLabels"), s, noData, notApplicable);
            }
            set.put("backgroundColor", colour);
            set.put("borderColor", colour);
            if (anyMarker) {
                // Chart.js draws the first dataset on top: a target's tick, listed after its bar, would lie
                // under it and show only where it sticks out. Each series is drawn over the one before
                // instead; the legend, which follows this order too, is reversed back below.
                set.put("order", -n);
            }
            switch (s.style()) {
                case BAR -> set.put("type", "bar").put("borderRadius", 3);
                case LINE -> {
                    set.put("type", "line")
                            .put("fill", false)
                            .put("tension", 0.2)
                            .put("spanGaps", false);
                    // more lines than colours (a city's eleven districts on the indicator's page): each round of
                    // the palette after the first marks its points with a shape of its own, in the legend too,
                    // where 芗城区 and 南靖县 were the same blue line
                    int round = n / Palette.SERIES.size();
                    if (round > 0) {
                        set.put("pointStyle", POINT_STYLES.get((round - 1) % POINT_STYLES.size()))
                                .put("pointRadius", 4);
                    }
                }
                case DASHED_LINE -> {
                    set.put("type", "line").put("fill", false).put("pointRadius", 0);
                    set.putArray("borderDash").add(6).add(4);
                }
                case MARKER -> {
                    set.put("type", "line")
                            .put("showLine", false)
                            .put("pointStyle", "line")
                            .put("pointRadius", 12)
                            .put("pointBorderWidth", MARKER_WIDTH)
                            .put("pointRotation", horizontal ? 90 : 0);
                }
            }
        }
        var options = config.putObject("options");
        options.put("responsive", true);
        options.put("animation", false);
        if (horizontal) {
            options.put("indexAxis", "y");
        }
        var plugins = options.putObject("plugins");
        var titleNode = plugins.putObject("title");
        titleNode.put("display", true);
        titleNode.put("text", title);
        titleNode.putObject("font").put("size", 15);
        var subtitleNode = plugins.putObject("subtitle");
        subtitleNode.put("display", subtitle != null);
        subtitleNode.put("text", subtitle == null ? "" : subtitle);
        subtitleNode.put("position", "bottom");
        var legend = plugins.putObject("legend").put("display", series.size() > 1);
        if (series.size() > Palette.SERIES.size() && !anyBar) {
            legend.putObject("labels").put("usePointStyle", true);
        }
        if (anyMarker) {
            legend.put("reverse", true);
        }
        var scales = options.putObject("scales");
        if (horizontal) {
            // a horizontal chart compares units, and each bar is read by its name: Chart.js hides every
            // other name once the labels crowd the axis, which left half of a city's districts unnamed on
            // the 同比 chart (and the largest bar, the total, without one)
            scales.putObject("y").putObject("ticks").put("autoSkip", false);
        }
        var value = scales.putObject(horizontal ? "x" : "y");
        value.put("beginAtZero", true);
        if (content.scale() == 0) {
            // a count (人, 个, 所) has no fractions: Chart.js steps a small range (0 to 1) by 0.1, which read
            // as 0.5个 of a school
            value.putObject("ticks").put("precision", 0);
        }
        var valueTitle = value.putObject("title");
        valueTitle.put("display", true);
        valueTitle.put("text", unit);
        return config;
    }

    /** Per label, the word where the series has no value (see {@link Series#gap}), else null. */
    private static void gaps(ArrayNode array, Series series, String noData, String notApplicable) {
        for (int i = 0; i < series.values().size(); i++) {
            var value = series.values().get(i);
            if (value == null) {
                array.add(series.gap(i, noData, notApplicable));
            } else if (value.signum() == 0) {
                // a reported 0 is a bar of no length, the same empty band as no data: a wall's ranking of
                // dropouts cleared to zero was blank (a tester's tour). The 0 is written where the bar would be.
                array.add("0");
            } else {
                array.addNull();
            }
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void numbers(ArrayNode array, List<BigDecimal> values) {
        values.forEach(v -> {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        });
    }
}
