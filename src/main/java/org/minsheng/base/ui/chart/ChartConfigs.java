package org.minsheng.base.ui.chart;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Chart.js configurations in the product's look: the Okabe–Ito colour-blind-safe palette, a title,
 * the unit on the value axis and "data as of" under the chart.
 */
public final class ChartConfigs {

    /** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
    public static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChartConfigs() {
    }

    /**
     * A bar per label. {@code values} may hold nulls (no figure): Chart.js leaves a gap, never a 0.
     * A non-null {@code reference} is drawn as a dashed line across the bars (a target, say).
     */
    public static ObjectNode bars(String title, String subtitle, String unit, List<String> labels,
                                  String seriesLabel, List<BigDecimal> values, String referenceLabel,
                                  BigDecimal reference) {
        var config = NODES.objectNode();
        config.put("type", "bar");
        var data = config.putObject("data");
        strings(data.putArray("labels"), labels);
        var datasets = data.putArray("datasets");
        var bars = datasets.addObject();
        bars.put("label", seriesLabel);
        numbers(bars.putArray("data"), values);
        bars.put("backgroundColor", PALETTE.get(0));
        bars.put("borderRadius", 3);
        if (reference != null) {
            var line = datasets.addObject();
            line.put("type", "line");
            line.put("label", referenceLabel);
            var constant = line.putArray("data");
            labels.forEach(l -> constant.add(reference));
            line.put("borderColor", PALETTE.get(3));
            line.putArray("borderDash").add(6).add(4);
            line.put("pointRadius", 0);
            line.put("fill", false);
        }
        var options = config.putObject("options");
        options.put("responsive", true);
        options.put("animation", false);
        var plugins = options.putObject("plugins");
        var titleNode = plugins.putObject("title");
        titleNode.put("display", true);
        titleNode.put("text", title);
        titleNode.putObject("font").put("size", 16);
        var subtitleNode = plugins.putObject("subtitle");
        subtitleNode.put("display", subtitle != null);
        subtitleNode.put("text", subtitle == null ? "" : subtitle);
        subtitleNode.put("position", "bottom");
        plugins.putObject("legend").put("display", reference != null);
        var y = options.putObject("scales").putObject("y");
        y.put("beginAtZero", true);
        var yTitle = y.putObject("title");
        yTitle.put("display", true);
        yTitle.put("text", unit);
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
