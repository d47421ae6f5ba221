package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.SignedIn;
import org.minsheng.support.SvgTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The headings speak of the unit shown, never of a city regardless (issue 17 item 1): on a province's
 * page the table's note says 全省合计, the indicator chart's title 各市 and the units columns and the heat
 * map's subtitle 市, on a county's 全县合计, in either language.
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=province-root", "minsheng.city-code=350000"})
@DirtiesContext
class LevelWordsShownTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PublicationImageService images;

    @Autowired
    DSLContext db;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "leader");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    @Transactional
    void the_provinces_table_note_and_indicator_chart_speak_of_the_province_and_its_cities() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        assertThat(pivotNote()).contains("全省合计按各指标的汇总规则").doesNotContain("全市");
        assertThat(StaticHtml.html(_get(
                                _get(CompletionHeatMap.class), Div.class, spec -> spec.withClasses("data-table-wrap")))
                        .select("thead th")
                        .first()
                        .text())
                .as("the heat map's units column")
                .isEqualTo("市");
        var rankingTable = _get(
                _get(ChartCard.class, spec -> spec.withId("ranking-chart")),
                Div.class,
                spec -> spec.withClasses("data-table-wrap"));
        assertThat(StaticHtml.html(rankingTable).select("thead th").first().text())
                .as("the ranking's table")
                .isEqualTo("市");

        // a county's table lists its towns: one without towns has none (ChildlessRootDashboardTest)
        Catalogue.zhangpuTowns(db);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "350623")));
        assertThat(pivotNote()).as("漳浦县's page").contains("全县合计");

        UI.getCurrent().navigate("indicator/meal_schools", QueryParameters.simple(Map.of("year", "2020")));
        assertThat(chartTitle()).startsWith("2020年各市").endsWith("逐月走势");
        assertThat(aboutLines()).as("the rule rolls up the cities").contains("汇总规则：各市相加");
    }

    @Test
    @Transactional
    void a_countys_tracker_names_its_towns_and_not_districts() {
        Catalogue.zhangpuTowns(db);
        int december = ((Number)
                        db.fetchValue("select id from period where kind = 'month' and year = 2020 and month = 12"))
                .intValue();
        UI.getCurrent()
                .navigate(
                        "tracker",
                        QueryParameters.simple(Map.of("period", String.valueOf(december), "division", "350623")));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("page-meta")))
                .extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("各乡镇（街道）本期每项指标"))
                .noneSatisfy(t -> assertThat(t).contains("区县"));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("tracker-grid"));
        assertThat(grid.getColumns().getFirst().getHeaderText()).isEqualTo("乡镇（街道）");
    }

    @Test
    void an_english_session_reads_them_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        assertThat(pivotNote()).contains("Totals of the province are computed").doesNotContain("City");

        UI.getCurrent().navigate("indicator/meal_schools", QueryParameters.simple(Map.of("year", "2020")));
        assertThat(chartTitle()).contains(" by city and month, 2020");
        assertThat(aboutLines()).contains("Sum of each city's value");
    }

    @Test
    void the_provinces_heat_map_image_names_its_cities() throws Exception {
        var file = SignedIn.as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020), null, ChartKind.HEAT_MAP, ImageSize.WEB, ImageFormat.SVG, null)));
        assertThat(SvgTexts.of(file.bytes()))
                .anySatisfy(t -> assertThat(t).startsWith("福建省各市完成值÷本市目标值"))
                .noneSatisfy(t -> assertThat(t).contains("区县"));
    }

    private static String pivotNote() {
        return _find(Paragraph.class, spec -> spec.withClasses("page-meta")).stream()
                .map(Paragraph::getText)
                .filter(t -> t.contains("†"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no note under the table"));
    }

    private static String aboutLines() {
        return String.join(
                "\n", _find(Paragraph.class).stream().map(Paragraph::getText).toList());
    }

    private static String chartTitle() {
        return _get(_get(ChartCard.class, spec -> spec.withId("indicator-chart")), H3.class)
                .getText();
    }
}
