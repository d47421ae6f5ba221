package org.minsheng.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.chart.Series;

/**
 * Eleven districts' lines on the indicator's page, with eight colours: 芗城区 and 南靖县 were the same
 * blue line, in the chart and its legend (a stranger's tour). A line is told apart by its colour and
 * the shape of its points together.
 */
class ManyLinesTest {

    @Test
    void each_of_eleven_lines_has_a_colour_and_point_shape_of_its_own_in_the_legend_too() {
        var series = new ArrayList<Series>();
        for (int n = 0; n < 11; n++) {
            series.add(new Series("区县" + n, List.of(BigDecimal.valueOf(n)), Series.Style.LINE));
        }
        var config = ChartConfigs.chart(
                new ChartContent("逐月走势", "个", List.of("1月"), series, false, 0, null), "2020年", null, null);
        var looks = new HashSet<String>();
        IntStream.range(0, 11).forEach(n -> {
            var set = config.at("/data/datasets/" + n);
            looks.add(set.path("borderColor").asString() + " "
                    + set.path("pointStyle").asString("circle"));
        });
        assertThat(looks).hasSize(11);
        assertThat(config.at("/options/plugins/legend/labels/usePointStyle").asBoolean())
                .as("the legend shows the shapes")
                .isTrue();
    }

    @Test
    void a_few_lines_keep_their_plain_points_and_legend() {
        var series = List.of(
                new Series("完成值", List.of(BigDecimal.ONE), Series.Style.LINE),
                new Series("进度", List.of(BigDecimal.TEN), Series.Style.DASHED_LINE));
        var config = ChartConfigs.chart(
                new ChartContent("逐月走势", "个", List.of("1月"), series, false, 0, null), "2020年", null, null);
        assertThat(config.at("/data/datasets/0/pointStyle").isMissingNode()).isTrue();
        assertThat(config.at("/options/plugins/legend/labels").isMissingNode()).isTrue();
    }
}
