package org.minsheng.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.YearCell;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.FiguresJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data files beside the public page, as a harvester downloads them, nobody signed in: the
 * same numbers as the signed-in dashboard for every indicator, 不适用 told apart from a missing figure,
 * UTF-8 with a BOM and GB18030 saying the same, an XLSX a spreadsheet opens, and nothing for a year
 * not published.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=open-data")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    @Order(1)
    void the_json_has_the_dashboards_total_of_every_indicator() throws Exception {
        var json = JSON.readTree(get("/public/2020/data.json").body());
        var year = as("leader", () -> dashboards.cityYear(2020));

        assertThat(json.get("edition").asInt()).isEqualTo(year.revision());
        int compared = 0;
        for (var indicator : year.indicators()) {
            var figure = FiguresJson.find(json.get("figures"), indicator.code(), "350600");
            var total = year.total(indicator).filter(c -> !c.isMissing() && !c.notApplicable());
            if (total.isPresent()) {
                assertThat(figure.get("value").decimalValue())
                        .as(indicator.code())
                        .isEqualByComparingTo(total.get().value());
                assertThat(figure.get("status").asString()).isEqualTo("value");
                compared++;
            }
        }
        assertThat(compared)
                .as("every indicator of 2020 has its total")
                .isEqualTo(year.indicators().size());
        for (var county : year.counties()) {
            var cell = year.cell(year.indicators().getFirst(), county)
                    .map(YearCell::value)
                    .orElseThrow();
            assertThat(FiguresJson.find(
                                    json.get("figures"),
                                    year.indicators().getFirst().code(),
                                    county.code())
                            .get("value")
                            .decimalValue())
                    .isEqualByComparingTo(cell);
        }
    }

    @Test
    @Order(1)
    void a_districts_file_never_lists_what_only_the_city_reports_as_missing() throws Exception {
        var json = JSON.readTree(get("/public/2020/350602/data.json").body());
        var codes = new java.util.ArrayList<String>();
        json.get("figures").forEach(f -> codes.add(f.get("indicator").asString()));
        assertThat(codes)
                .as("芗城区's own figures: never 牵头市直部门, which only the city reports")
                .contains("meal_schools")
                .doesNotContain("lead_departments");
        var city = JSON.readTree(get("/public/2020/data.json").body());
        assertThat(FiguresJson.find(city.get("figures"), "lead_departments", "350600")
                        .get("status")
                        .asString())
                .isEqualTo("value");
    }

    @Test
    @Order(2)
    void the_csv_in_utf8_with_a_bom_and_in_gb18030_say_the_same_and_the_xlsx_opens() throws Exception {
        var utf8 = getBytes("/public/2020/data.csv");
        var gb = getBytes("/public/2020/data-gb18030.csv");
        var xlsx = getBytes("/public/2020/data.xlsx");

        assertThat(utf8.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(Arrays.copyOf(utf8.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var text = new String(utf8.body(), 3, utf8.body().length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("350600,漳州市,meal_schools,").contains(",156,有数值,");
        assertThat(text.lines().findFirst())
                .as("a file for machines starts with its header row, no title line above it")
                .hasValue("年份,单位代码,单位,指标代码,指标,计量单位,数值,数据状态,发布后更正,版次");
        assertThat(new String(gb.body(), Charset.forName("GB18030"))).isEqualTo(text);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .as("the spreadsheet, read by people, keeps its title row")
                    .contains("民生领域集中整治成果");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("指标代码");
            assertThat(sheet.getLastRowNum())
                    .as("title and header, then the CSV's rows")
                    .isEqualTo(text.lines().count());
        }
    }

    @Test
    @Order(3)
    void a_figure_corrected_to_not_applicable_is_not_applicable_not_missing_and_carries_its_mark() throws Exception {
        var key = db.fetchSingle("""
                        select f.indicator_id, f.division_id, f.period_id, f.version from figure f
                          join indicator i on i.id = f.indicator_id join division d on d.id = f.division_id
                          join period p on p.id = f.period_id
                         where i.code = 'lead_departments' and d.code = '350600' and p.year = 2020 and p.month is null""");
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(key.get(0, Integer.class), key.get(1, Integer.class), key.get(2, Integer.class)),
                        "",
                        true,
                        null,
                        key.get(3, Integer.class),
                        "该项不适用于本年度")));

        var json = JSON.readTree(get("/public/2020/data.json").body());
        var figure = FiguresJson.find(json.get("figures"), "lead_departments", "350600");
        assertThat(figure.get("status").asString()).isEqualTo("not_applicable");
        assertThat(figure.get("value").isNull()).isTrue();
        assertThat(figure.get("corrected").asBoolean()).isTrue();
        assertThat(json.get("revisions").toString()).contains("该项不适用于本年度");
        var csv = new String(getBytes("/public/2020/data.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("350600,漳州市,lead_departments,").contains(",,不适用,†,");
    }

    @Test
    @Order(4)
    void a_year_not_published_has_no_file_and_a_second_download_is_a_304() throws Exception {
        assertThat(get("/public/2021/data.json").statusCode()).isEqualTo(404);
        assertThat(get("/public/2020/999999/data.csv").statusCode()).isEqualTo(404);
        var first = get("/public/2020/data.json");
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var again = http.send(
                HttpRequest.newBuilder(uri("/public/2020/data.json"))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
