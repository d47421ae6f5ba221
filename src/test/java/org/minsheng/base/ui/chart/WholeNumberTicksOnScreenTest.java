package org.minsheng.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.chart.Series;
import tools.jackson.databind.node.ObjectNode;

/**
 * A count (人, 个, 所) has no fractions: Chart.js steps a range of 0 to 1 by 0.1, so the dashboard's ranking
 * of 2021's first month read 0.1个, 0.2个, … along its axis (a stranger's trial).
 */
class WholeNumberTicksOnScreenTest {

    @Test
    void the_axis_of_a_count_has_whole_number_ticks_only() {
        var config = ranking(0, "1", "0");
        assertThat(config.at("/options/scales/x/ticks/precision").isIntegralNumber())
                .isTrue();
        assertThat(config.at("/options/scales/x/ticks/precision").asInt()).isZero();
    }

    @Test
    void the_axis_of_a_measure_with_decimals_keeps_them() {
        assertThat(ranking(1, "1.2", "0.4")
                        .at("/options/scales/x/ticks/precision")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void a_vertical_chart_of_a_count_has_whole_number_ticks_too() {
        var years = new ChartContent(
                "漳州市增设错车道历年变化（2019—2021年）",
                "个",
                List.of("2019年", "2020年", "2021年"),
                List.of(new Series("完成值", numbers("1", "0", "1"), Series.Style.BAR)),
                false,
                0,
                null);
        assertThat(ChartConfigs.chart(years, null, null, null)
                        .at("/options/scales/y/ticks/precision")
                        .asInt(-1))
                .isZero();
    }

    private static ObjectNode ranking(int scale, String... values) {
        var actual = new Series("完成值", numbers(values), Series.Style.BAR);
        return ChartConfigs.chart(
                new ChartContent("各区县增设错车道排名", "个", List.of("芗城区", "漳浦县"), List.of(actual), true, scale, null),
                "2021年1月",
                null,
                null);
    }

    private static List<BigDecimal> numbers(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
