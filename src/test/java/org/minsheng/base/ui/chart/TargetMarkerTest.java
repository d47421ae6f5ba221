package org.minsheng.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.chart.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A district's target is a tick across its bar. It must be seen where it falls inside the bar as where
 * it falls beyond it (a stranger's trial found the ticks inside bars all but invisible on the wall
 * display and in embeds): drawn over the bar, in a colour that stands out from the bar and from the
 * white card, wide enough to read; and the legend still lists the actual value first.
 */
class TargetMarkerTest {

    private static final List<String> DISTRICTS = List.of("平和县", "芗城区", "龙文区");

    private static ObjectNode ranking() {
        var actual = new Series("完成值", numbers("28", "4", "3"), Series.Style.BAR);
        var target = new Series("目标值", numbers("26", "3", "4"), Series.Style.MARKER);
        return ChartConfigs.chart(
                new ChartContent("各区县营养改善计划学校排名", "所", DISTRICTS, List.of(actual, target), true, 0, null),
                "2020年1—12月",
                null,
                null);
    }

    @Test
    void the_target_tick_stands_out_from_its_bar_and_from_the_white_card() {
        var datasets = ranking().path("data").path("datasets");
        var bar = Color.decode(datasets.get(0).path("backgroundColor").asString());
        var tick = Color.decode(datasets.get(1).path("borderColor").asString());
        assertThat(contrast(tick, bar)).as("tick against the bar it crosses").isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(tick, Color.WHITE)).as("tick against the card").isGreaterThanOrEqualTo(3.0);
        assertThat(datasets.get(1).path("pointBorderWidth").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void the_target_tick_is_drawn_over_its_bar_and_the_legend_keeps_the_series_order() {
        var config = ranking();
        var datasets = config.path("data").path("datasets");
        // Chart.js draws a lower order later, on top; the legend lists datasets by the same order
        assertThat(order(datasets.get(1))).as("the tick is drawn after the bar").isLessThan(order(datasets.get(0)));
        assertThat(config.path("options")
                        .path("plugins")
                        .path("legend")
                        .path("reverse")
                        .asBoolean())
                .as("legend reversed back: 完成值 before 目标值, as the print has it")
                .isTrue();
    }

    @Test
    void a_chart_without_targets_keeps_chart_js_order() {
        var actual = new Series("完成值", numbers("28", "4", "3"), Series.Style.BAR);
        var config = ChartConfigs.chart(
                new ChartContent("排名", "所", DISTRICTS, List.of(actual), true, 0, null), null, null, null);
        assertThat(config.path("data").path("datasets").get(0).has("order")).isFalse();
        assertThat(config.path("options").path("plugins").path("legend").has("reverse"))
                .isFalse();
    }

    private static int order(JsonNode dataset) {
        return dataset.path("order").asInt(0);
    }

    private static List<BigDecimal> numbers(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** WCAG's contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
