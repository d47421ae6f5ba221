package org.minsheng.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.base.ui.chart.ChartJs;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two sessions showing the same view hold one copy of its texts (docs/benchmarks.md 5: a national
 * dashboard's session fell from 318 to 247 KB with it). Built twice from equal inputs, as two sessions
 * build them, the components' texts must be the same object, not merely equal.
 */
class SharedTextTest {

    @Test
    void two_charts_of_the_same_configuration_hold_one_copy_of_it() {
        var json = JsonMapper.builder().build();
        var first = new ChartJs();
        var second = new ChartJs();
        first.setConfig(json.createObjectNode().put("type", "bar").put("title", "各省排名 " + System.nanoTime()));
        second.setConfig((ObjectNode) json.readTree(first.getElement().getProperty("config")));

        assertThat(second.getElement().getProperty("config"))
                .isSameAs(first.getElement().getProperty("config"));
    }

    @Test
    void two_choice_bars_of_the_same_choices_hold_one_copy_of_them() {
        var choices = List.of(new ChoiceBar.Choice(
                "year", "年度 " + System.nanoTime(), List.of(new ChoiceBar.Option("2025", "2025年")), "2025"));
        var first = new ChoiceBar();
        var second = new ChoiceBar();
        first.show(choices);
        second.show(List.copyOf(choices));

        assertThat(second.getElement().getProperty("choices"))
                .isSameAs(first.getElement().getProperty("choices"));
    }

    @Test
    void no_text_stays_no_text() {
        assertThat(SharedText.of(null)).isNull();
    }
}
