package org.minsheng.publication.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.base.chart.Series;
import org.minsheng.support.SvgTexts;

/**
 * A count (人, 个, 所) has no fractions, and neither has its axis: the printed ranking of 2021's first
 * month, 0 and 1 passing bays, read 0.2个, 0.4个, … along its axis (a stranger's trial).
 */
class WholeNumberTicksTest {

    private static final List<String> DISTRICTS = List.of("芗城区", "漳浦县", "云霄县");

    @Test
    void a_count_of_zero_or_one_has_whole_number_ticks() throws Exception {
        assertThat(ticks(0, "1", "0", "1")).isNotEmpty().allMatch(t -> t.matches("\\d+"));
    }

    @Test
    void a_count_of_a_dozen_has_no_half_ticks() throws Exception {
        assertThat(ticks(0, "12", "7", "3")).isNotEmpty().allMatch(t -> t.matches("\\d+"));
    }

    @Test
    void a_measure_with_decimals_keeps_its_fine_ticks() throws Exception {
        assertThat(ticks(1, "1.0", "0.4", "0.6")).contains("0.2");
    }

    /** The numbers along the value axis of a printed ranking of the values, in the indicator's decimals. */
    private static List<String> ticks(int scale, String... values) throws Exception {
        var series =
                new Series("完成值", List.of(values).stream().map(BigDecimal::new).toList(), Series.Style.BAR);
        var model = new ChartModel(
                new ChartModel.Words("各区县增设错车道排名（2021年1月）", "漳州市各区县完成值", "单位：个", "暂无数据", "不适用"),
                DISTRICTS,
                List.of(series),
                true,
                scale,
                new ChartFrame("来源：漳州市纪委监委", "数据截至 2021年2月5日（第1版）", null, null));
        var svg =
                new SvgCanvas(ChartPainter.WIDTH, ChartPainter.HEIGHT, null, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        ChartPainter.paint(model, svg);
        var texts = SvgTexts.of(svg.finish());
        // the ticks come after the unit line and before the first district's name
        return texts.subList(texts.indexOf("单位：个") + 1, texts.indexOf(DISTRICTS.getFirst()));
    }
}
