package org.minsheng.publication;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.chart.Series;
import org.minsheng.base.ui.chart.ChartJs;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.render.ChartModel;
import org.minsheng.publication.render.HeatGrid;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's charts and their print figures are one model drawn twice: for every chart kind the
 * screen's Chart.js configuration and the printed figure carry the same title, labels, series and
 * numbers, the same targets and pace, and 不适用 in the same places.
 */
@IntegrationTest
@Transactional
class ScreenAndPrintChartsTest {

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);
    /** the chart card of each kind on the dashboard */
    private static final Map<ChartKind, String> CARDS = Map.of(
            ChartKind.RANKING,
            "ranking-chart",
            ChartKind.TREND,
            "trend-chart",
            ChartKind.YEAR_ON_YEAR,
            "yoy-chart",
            ChartKind.YEARS,
            "years-chart");

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ChartImages charts;

    @BeforeEach
    void yunxiaoReportsRoadWideningAsNotApplicable() {
        // so that the not-applicable flags are compared too, not only numbers
        db.execute("""
                update figure set value = null, not_applicable = true,
                                  approved_value = null, approved_not_applicable = true
                where indicator_id = (select id from indicator where code = 'road_widening')
                  and division_id = (select id from division where code = '350622')
                  and period_id in (select id from period where kind = 'month' and year = 2020)""");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void every_chart_of_one_indicator_shows_the_same_numbers_on_screen_and_in_print() {
        var paced = 0;
        for (var code : List.of("meal_schools", "road_widening", "family_doctor", "passing_bays")) {
            openDashboard(code);
            var data = SignedIn.as("leader", () -> dashboards.dashboard(YEAR_2020));
            var indicator = indicator(data, code);
            for (var kind : CARDS.keySet()) {
                var what = code + " " + kind;
                var screen = chart(CARDS.get(kind)).getConfig();
                var print = charts.model(data, indicator, kind, null);
                assertThat(screen.at("/options/plugins/title/text").asString())
                        .as(what)
                        .isEqualTo(print.title());
                assertThat(strings(screen.at("/data/labels"))).as(what).isEqualTo(print.labels());
                var datasets = screen.at("/data/datasets");
                assertThat(datasets.size())
                        .as(what + " series")
                        .isEqualTo(print.series().size());
                for (int n = 0; n < datasets.size(); n++) {
                    var series = print.series().get(n);
                    assertThat(datasets.get(n).get("label").asString()).as(what).isEqualTo(series.label());
                    assertSameNumbers(datasets.get(n).get("data"), series, what + " " + series.label());
                }
                assertThat(notApplicableCells(CARDS.get(kind)))
                        .as(what + ": 不适用 in the screen's table")
                        .isEqualTo(notApplicable(print));
                if (kind == ChartKind.TREND && print.series().size() == 2) {
                    paced++;
                }
            }
            KaribuSpring.tearDown();
        }
        assertThat(paced)
                .as("some trend carries the straight-line pace to its target")
                .isPositive();
    }

    @Test
    void the_completion_heat_map_says_the_same_in_every_cell_on_screen_and_in_print() {
        openDashboard("meal_schools");
        var data = SignedIn.as("leader", () -> dashboards.dashboard(YEAR_2020));
        var grid = charts.model(data, null, ChartKind.HEAT_MAP, null).grid();
        var html = _get(Component.class, spec -> spec.withId("completion-heatmap"))
                .getElement()
                .getOuterHTML()
                .replaceAll(">\\s+<", "><");
        var screen = new ArrayList<List<String>>();
        var row = Pattern.compile("<tr data-district=\"\\d+\"><th>([^<]*)</th>(.*?)</tr>")
                .matcher(html);
        while (row.find()) {
            var cells = new ArrayList<String>();
            cells.add(row.group(1));
            var cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            screen.add(cells);
        }
        var print = new ArrayList<List<String>>();
        for (int n = 0; n < grid.rows().size(); n++) {
            var cells = new ArrayList<String>();
            cells.add(grid.rows().get(n));
            grid.cells().get(n).stream().map(HeatGrid.Cell::text).forEach(cells::add);
            print.add(cells);
        }
        assertThat(screen).hasSize(11).isEqualTo(print);
        assertThat(print.stream().flatMap(List::stream)).contains("不适用");
    }

    private void openDashboard(String chart) {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "chart", chart)));
    }

    private static ChartJs chart(String card) {
        return _find(ChartJs.class).stream()
                .filter(c -> c.getParent()
                        .flatMap(Component::getId)
                        .filter(card::equals)
                        .isPresent())
                .findFirst()
                .orElseThrow();
    }

    private static void assertSameNumbers(JsonNode screen, Series print, String what) {
        assertThat(screen.size()).as(what).isEqualTo(print.values().size());
        for (int i = 0; i < screen.size(); i++) {
            var value = print.values().get(i);
            if (value == null) {
                assertThat(screen.get(i).isNull())
                        .as(what + " #" + i + " has no figure")
                        .isTrue();
            } else {
                assertThat(screen.get(i).decimalValue()).as(what + " #" + i).isEqualByComparingTo(value);
            }
        }
    }

    /** Cells of the chart's table that say 不适用. */
    private static long notApplicableCells(String card) {
        var table = _get(
                        _get(Component.class, spec -> spec.withId(card)),
                        Div.class,
                        spec -> spec.withClasses("data-table-wrap"))
                .getElement()
                .getProperty("innerHTML");
        return Pattern.compile("<td>不适用</td>").matcher(table).results().count();
    }

    private static long notApplicable(ChartModel print) {
        return print.series().stream()
                .mapToLong(s -> IntStream.range(0, s.values().size())
                        .filter(s::notApplicable)
                        .count())
                .sum();
    }

    private static List<String> strings(JsonNode array) {
        var strings = new ArrayList<String>();
        array.forEach(node -> strings.add(node.asString()));
        return strings;
    }

    private static Indicator indicator(Dashboard data, String code) {
        return data.districtIndicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
