package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.indicator.Indicator;
import org.minsheng.base.ui.chart.ChartJs;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class DashboardViewTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_leader_sees_the_2020_headline_figures_written_the_chinese_way() {
        _get(DashboardView.class);
        Map<String, String> tiles = _find(HeadlineTile.class).stream().collect(Collectors.toMap(
                t -> t.getElement().getAttribute("data-indicator"), t -> t.getElement().getTextRecursively()));
        assertThat(tiles.get("meal_schools")).contains("156所").contains("已完成");
        assertThat(tiles.get("road_widening")).contains("117公里");
        assertThat(tiles.get("passing_bays")).contains("267个");
        assertThat(tiles.get("family_doctor")).contains("11.8万人");
        assertThat(tiles.get("dropouts")).contains("0人").contains("目标 清零").contains("已实现清零");
    }

    @Test
    void the_district_chart_has_a_bar_per_district_and_follows_the_chosen_indicator() {
        var chart = _get(ChartJs.class);
        var data = chart.getConfig().get("data");
        assertThat(data.get("labels")).hasSize(11);
        assertThat(data.get("labels").get(0).asString()).isEqualTo("芗城区");
        assertThat(data.get("datasets").get(0).get("data").get(0).asInt()).isEqualTo(4);

        @SuppressWarnings("unchecked")
        Select<Indicator> indicator = _get(Select.class, spec -> spec.withId("chart-indicator"));
        var roads = indicator.getListDataView().getItems().filter(i -> i.code().equals("road_widening"))
                .findFirst().orElseThrow();
        indicator.setValue(roads);
        var title = chart.getConfig().at("/options/plugins/title/text").asString();
        assertThat(title).contains("农村公路单改双");
        assertThat(chart.getConfig().at("/options/scales/y/title/text").asString()).isEqualTo("公里");
        assertThat(chart.getConfig().at("/data/datasets/0/data/4").decimalValue()).isEqualByComparingTo("18.4");
    }

    @Test
    void the_table_has_the_eleven_districts_and_the_city_total_row() {
        var table = _get(DistrictTable.class);
        assertThat(table.getListDataView().getItemCount()).isEqualTo(11);
        var footer = table.getFooterRows().getFirst();
        assertThat(footer.getCell(table.getColumnByKey("passing_bays")).getText()).isEqualTo("267");
        assertThat(footer.getCell(table.getColumnByKey("road_widening")).getText()).isEqualTo("117.0");
        assertThat(footer.getCell(table.getColumnByKey("family_doctor")).getText()).isEqualTo("118,000");
    }
}
