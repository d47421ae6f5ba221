package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.export.TableExportService;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.publication.PublicationService;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.SignedIn;
import org.minsheng.support.SvgTexts;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * 不适用 is an answer, "—" is the lack of one. With 云霄县's 2020 road widening approved as not
 * applicable, every output that shows the district's figure must say 不适用: the dashboard's chart
 * tables and heat-map, the print images, the PDF's table and the XLSX/CSV exports.
 */
@IntegrationTest
@Transactional
class NotApplicableEverywhereTest {

    private static final String YUNXIAO = "云霄县";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    DashboardService dashboards;

    @Autowired
    PublicationService publications;

    @Autowired
    PublicationImageService images;

    @Autowired
    TableExportService exports;

    @BeforeEach
    void yunxiaoReportsRoadWideningAsNotApplicable() {
        assertThat(roadWideningNotApplicable("350622", "month between 1 and 12"))
                .as("云霄县 reported road widening every month of 2020")
                .isEqualTo(12);
    }

    /** Approves the district's 2020 road widening of the months matching {@code months} as 不适用. */
    private int roadWideningNotApplicable(String district, String months) {
        return db.execute("""
                update figure set value = null, not_applicable = true,
                                  approved_value = null, approved_not_applicable = true
                where indicator_id = (select id from indicator where code = 'road_widening')
                  and division_id = (select id from division where code = ?)
                  and period_id in (select id from period where kind = 'month' and year = 2020 and %s)""".formatted(months), district);
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_ranking_has_no_bar_and_no_target_tick_for_it_and_its_table_says_not_applicable() {
        var ranking = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)))
                .ranking(roads());
        int yunxiao = ranking.districts().stream().map(d -> d.name()).toList().indexOf(YUNXIAO);
        assertThat(ranking.notApplicable().get(yunxiao)).isTrue();
        assertThat(ranking.values().get(yunxiao)).isNull();
        assertThat(ranking.targets().get(yunxiao))
                .as("a tick over an empty row reads as a missed target")
                .isNull();

        openDashboard();
        var card = _get(ChartCard.class, spec -> spec.withId("ranking-chart"));
        assertThat(card.chart()
                        .getConfig()
                        .at("/data/datasets/1/data/" + yunxiao)
                        .isNull())
                .isTrue();
        assertThat(tableOf(card)).contains("<tr><th>云霄县</th><td>不适用</td><td>—</td></tr>");
    }

    @Test
    void the_year_on_year_table_and_the_heat_map_say_not_applicable() {
        openDashboard();
        assertThat(tableOf(_get(ChartCard.class, spec -> spec.withId("yoy-chart"))))
                .containsPattern("<tr><th>云霄县</th><td>[0-9.]+</td><td>不适用</td><td>—</td></tr>");
        var heat = _get(CompletionHeatMap.class).getElement().getOuterHTML().replaceAll(">\\s+<", "><");
        assertThat(heat)
                .containsPattern("<th>云霄县</th>(<td[^>]*>[^<]*</td>)*<td data-indicator=\"road_widening\">不适用</td>");
    }

    @Test
    void the_print_images_write_not_applicable_where_the_bar_would_be() throws Exception {
        var filter = DashboardFilter.year(2020);
        var ranking = svgTexts(SignedIn.as(
                "comms",
                () -> images.chart(new ChartRequest(
                        filter, "road_widening", ChartKind.RANKING, ImageSize.WEB, ImageFormat.SVG, null))));
        assertThat(ranking).contains(YUNXIAO, "不适用");
        var yoy = svgTexts(SignedIn.as(
                "comms",
                () -> images.chart(new ChartRequest(
                        filter, "road_widening", ChartKind.YEAR_ON_YEAR, ImageSize.WEB, ImageFormat.SVG, null))));
        assertThat(yoy).contains("不适用");
        var heat = svgTexts(SignedIn.as(
                "comms",
                () -> images.chart(new ChartRequest(
                        filter, "road_widening", ChartKind.HEAT_MAP, ImageSize.WEB, ImageFormat.SVG, null))));
        assertThat(heat).contains("不适用");
    }

    @Test
    void the_year_in_review_pdf_table_says_not_applicable_in_yunxiaos_row() throws Exception {
        var reader = new PdfReader(
                SignedIn.as("comms", () -> publications.yearInReviewPdf(2020)).bytes());
        var lines = new ArrayList<String>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            lines.addAll(Arrays.asList(
                    new PdfTextExtractor(reader).getTextFromPage(page).split("\n")));
        }
        // one table per category: 云霄县's row of the infrastructure table carries the not-applicable road widening
        assertThat(lines)
                .filteredOn(l -> l.strip().startsWith(YUNXIAO))
                .hasSizeGreaterThan(1)
                .anySatisfy(l -> assertThat(l).contains("不适用"));
    }

    @Test
    void the_xlsx_and_csv_exports_write_not_applicable_not_an_empty_cell() throws Exception {
        var csv = SignedIn.as(
                "leader", () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.CSV, Locale.CHINESE));
        var row = new String(csv.bytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith(YUNXIAO) || l.contains("," + YUNXIAO + ","))
                .findFirst()
                .orElseThrow();
        assertThat(row).contains("不适用");
        var xlsx = SignedIn.as(
                "leader",
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.XLSX, Locale.CHINESE));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var formatter = new DataFormatter();
            var texts = new ArrayList<String>();
            for (var sheetRow : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                sheetRow.forEach(c -> cells.add(formatter.formatCellValue(c)));
                if (cells.contains(YUNXIAO)) {
                    texts.addAll(cells);
                }
            }
            assertThat(texts).contains("不适用");
        }
    }

    /**
     * The entry form's and the review queue's downloads list last period's and last year's values:
     * 云霄县's January 2021 road widening had both approved as 不适用, and the trial's file left them empty.
     */
    @Test
    void the_review_queue_download_writes_not_applicable_for_last_periods_and_last_years_value() throws Exception {
        int january = db.fetchSingle("select id from period where kind = 'month' and year = 2021 and month = 1")
                .get(0, Integer.class);
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status)
                select i.id, d.id, ?, 1, 'submitted' from indicator i, division d
                where i.code = 'road_widening' and d.code = '350622'""", january);
        var csv = SignedIn.as("reviewer", () -> exports.reviewQueue(january, Download.Format.CSV, Locale.CHINESE));
        var row = new String(csv.bytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith(YUNXIAO + ","))
                .findFirst()
                .orElseThrow();
        // district, indicator, unit, value, approved value, 上期, 去年同期, state, explanation
        assertThat(Arrays.asList(row.split(",", -1)).subList(5, 7)).containsExactly("不适用", "不适用");
        var xlsx = SignedIn.as("reviewer", () -> exports.reviewQueue(january, Download.Format.XLSX, Locale.CHINESE));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var formatter = new DataFormatter();
            var cells = new ArrayList<String>();
            for (var sheetRow : workbook.getSheetAt(0)) {
                if (YUNXIAO.equals(formatter.formatCellValue(sheetRow.getCell(0)))) {
                    for (int column = 5; column <= 6; column++) {
                        cells.add(formatter.formatCellValue(sheetRow.getCell(column)));
                    }
                }
            }
            assertThat(cells).containsExactly("不适用", "不适用");
        }
    }

    /**
     * A month approved as 不适用 among months with values (a stranger's tour: 芗城区's July corrected to
     * 不适用) is a gap in the trends, not a page that fails: the district's dashboard, with its tiles'
     * sparklines and its trend chart, and the indicator's page with every district's line, all failed.
     */
    @Test
    void a_month_not_applicable_among_values_is_a_gap_in_the_trends() {
        assertThat(roadWideningNotApplicable("350602", "month = 7")).isOne();
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        QueryParameters.simple(Map.of("year", "2020", "division", "350602", "chart", "road_widening")));
        var tile = _get(HeadlineTile.class, spec -> spec.withAttribute("data-indicator", "road_widening"));
        assertThat(StaticHtml.html(tile).select("svg").size())
                .as("the sparkline drawn, July left out")
                .isOne();
        var trend = _get(ChartCard.class, spec -> spec.withId("trend-chart"));
        assertThat(trend.chart().getConfig().at("/data/datasets/0/data/6").isNull())
                .as("July a gap in the trend chart")
                .isTrue();
        assertThat(tableOf(trend)).as("and 不适用 in its table").containsPattern("<th>7月</th><td>不适用</td>");

        UI.getCurrent().navigate("indicator/road_widening", QueryParameters.of("year", "2020"));
        assertThat(tableOf(_get(ChartCard.class, spec -> spec.withId("indicator-chart"))))
                .as("its table says 不适用 for 芗城区's July, 「—」 being the lack of an answer")
                .containsPattern("<tr><th>芗城区</th>(<td>[0-9.]+</td>){6}<td>不适用</td>");

        // 云霄县, whose whole 2020 is 不适用: its year-by-year chart has a gap for 2020
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        QueryParameters.simple(Map.of("year", "2020", "division", "350622", "chart", "road_widening")));
        assertThat(_get(HeadlineTile.class, spec -> spec.withAttribute("data-indicator", "road_widening"))
                        .getElement()
                        .getProperty("innerHTML"))
                .contains("不适用");
    }

    private Indicator roads() {
        return SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020))).indicators().stream()
                .filter(i -> i.code().equals("road_widening"))
                .findFirst()
                .orElseThrow();
    }

    private void openDashboard() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent()
                .navigate(
                        DashboardView.class, QueryParameters.simple(Map.of("year", "2020", "chart", "road_widening")));
    }

    private static String tableOf(ChartCard card) {
        return _get(card, Div.class, spec -> spec.withClasses("data-table-wrap"))
                .getElement()
                .getProperty("innerHTML");
    }

    private static List<String> svgTexts(Download file) throws Exception {
        return SvgTexts.of(file.bytes());
    }
}
