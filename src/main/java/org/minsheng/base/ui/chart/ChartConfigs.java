package org.minsheng.base.ui.chart;

import java.math.BigDecimal;
import java.util.List;
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

    /** The chart as its content says, with {@code subtitle} (the data's as-of line) under it. */
    public static ObjectNode chart(ChartContent content, String subtitle) {
        return chart(content, subtitle, null, null);
    }

    /**
     * The chart with a word where a bar has no value, as print writes it: {@code notApplicable} (不适用) where
     * one was reported, else {@code noData}. Chart.js draws nothing there, so a ranking whose only answer was
     * 不适用 showed an empty axis while its table said 不适用; campaign-chart.js writes these labels.
     */
    public static ObjectNode chart(ChartContent content, String subtitle, String noData, String notApplicable) {
        var config = chart(
                content.title(), subtitle, content.unit(), content.labels(), content.series(), content.horizontal());
        if (noData != null) {
            var datasets = config.path("data").path("datasets");
            for (int n = 0; n < content.series().size(); n++) {
                var s = content.series().get(n);
                if (s.style() == Series.Style.BAR) {
                    var gaps = ((ObjectNode) datasets.get(n)).putArray("gapLabels");
                    for (int i = 0; i < s.values().size(); i++) {
                        if (s.values().get(i) == null) {
                            gaps.add(s.gap(i, noData, notApplicable));
                        } else {
                            gaps.addNull();
                        }
                    }
                }
            }
        }
        return config;
    }

    /**
     * Several series over the same labels, coloured from {@link Palette#SERIES} in order. {@code horizontal}
     * lays bars along the x axis, which keeps eleven district names readable on a phone.
     */
    public static ObjectNode chart(
            String title, String subtitle, String unit, List<String> labels, List<Series> series, boolean horizontal) {
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
        var value = options.putObject("scales").putObject(horizontal ? "x" : "y");
        value.put("beginAtZero", true);
        var valueTitle = value.putObject("title");
        valueTitle.put("display", true);
        valueTitle.put("text", unit);
        return config;
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
