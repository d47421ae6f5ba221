package org.minsheng.export.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.dashboard.YearCell;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.indicator.Indicator;
import org.minsheng.support.Catalogue;
import org.minsheng.support.FiguresJson;
import org.minsheng.support.YearTotals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API's contract, endpoint by endpoint, as a client that never signed in sees it: JSON of the
 * documented shape, the signed-in dashboard's numbers (a month's too, and only once approved), a 404
 * problem for a year not published or a month that is none, an ETag
 * that answers 304, CORS for the configured origin only, its OpenAPI description, and 429 with
 * Retry-After past the per-address limit (set low here; the last test spends it).
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "minsheng.test.database=public-api",
            "minsheng.api.requests-per-minute=60",
            "minsheng.api.cors-origins=https://www.zzjw.gov.cn"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DashboardService dashboards;

    @Autowired
    FigureService entry;

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    @Order(1)
    void years_lists_the_published_year_and_not_the_open_one() throws Exception {
        var years = json(get("/api/v1/years", Map.of()));
        assertThat(years.isArray()).isTrue();
        assertThat(years.toString())
                .contains("\"year\":2020")
                .contains("\"code\":\"350600\"")
                .doesNotContain("2021");
    }

    @Test
    @Order(2)
    void units_and_indicators_of_a_published_year() throws Exception {
        var units = json(get("/api/v1/years/2020/units", Map.of()));
        var indicators = json(get("/api/v1/years/2020/indicators", Map.of()));
        var year = as("leader", () -> dashboards.cityYear(2020));

        assertThat(units.size())
                .as("the city and its districts")
                .isEqualTo(1 + year.counties().size());
        assertThat(units.get(0).get("code").asString()).isEqualTo("350600");
        assertThat(indicators.size()).isEqualTo(year.indicators().size());
        assertThat(indicators.get(0).has("measure")).isTrue();
    }

    @Test
    @Order(3)
    void figures_and_headlines_are_the_signed_in_dashboards_numbers() throws Exception {
        var figures = json(get("/api/v1/years/2020/units/350600/figures", Map.of()));
        var headlines = json(get("/api/v1/years/2020/units/350600/headlines", Map.of()));
        var year = as("leader", () -> dashboards.cityYear(2020));

        assertThat(figures.get("edition").asInt()).isEqualTo(year.revision());
        for (var indicator : year.indicators()) {
            var total = year.total(indicator).map(YearCell::value).orElseThrow();
            var figure = FiguresJson.find(figures.get("figures"), indicator.code(), "350600");
            assertThat(figure.get("value").decimalValue()).as(indicator.code()).isEqualByComparingTo(total);
            for (var county : year.counties()) {
                year.cell(indicator, county)
                        .map(YearCell::value)
                        .ifPresent(v -> assertThat(
                                        FiguresJson.find(figures.get("figures"), indicator.code(), county.code())
                                                .get("value")
                                                .decimalValue())
                                .isEqualByComparingTo(v));
            }
        }
        var meals = new ArrayList<JsonNode>();
        headlines.get("lines").forEach(l -> {
            if (l.get("indicator").asString().equals("meal_schools")) {
                meals.add(l);
            }
        });
        assertThat(meals).hasSize(1);
        assertThat(meals.getFirst().get("number").decimalValue())
                .isEqualByComparingTo(new java.math.BigDecimal(YearTotals.of(year, "meal_schools")));
        assertThat(headlines.get("lede").asString()).startsWith("全市156所");
    }

    @Test
    @Order(4)
    void a_year_not_published_or_an_unknown_unit_is_a_404_problem() throws Exception {
        for (var path : new String[] {
            "/api/v1/years/2021/units/350600/figures", "/api/v1/years/2020/units/999999/headlines",
            "/api/v1/years/2021/units", "/api/v1/years/2020/units/x'y/figures",
            // the division table holds the root's parents (福建省, 全国): no unit of this installation, so
            // not answered with 漳州市's year under their code
            "/api/v1/years/2020/units/350000/figures", "/api/v1/years/2020/units/000000/headlines",
            "/api/v1/years/2020/units/350000/months/6/figures"
        }) {
            var response = get(path, Map.of());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
        }
        // an address the API does not have: its 404 problem, not the application's page and a session
        var unknown = get("/api/v1/nothing", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(unknown.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    @Order(5)
    void an_etag_answers_304_and_only_the_configured_origin_may_read_from_a_browser() throws Exception {
        var first = get("/api/v1/years/2020/units/350600/figures", Map.of("Origin", "https://www.zzjw.gov.cn"));
        var etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).contains("https://www.zzjw.gov.cn");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(first.headers().firstValue("Cache-Control"))
                .as("kept and revalidated by its ETag, not fetched whole each time")
                .hasValueSatisfying(
                        cache -> assertThat(cache).contains("no-cache").doesNotContain("no-store"));

        assertThat(get("/api/v1/years/2020/units/350600/figures", Map.of("If-None-Match", etag))
                        .statusCode())
                .isEqualTo(304);
        var elsewhere = get("/api/v1/years", Map.of("Origin", "https://evil.example"));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    @Order(6)
    void the_openapi_description_names_every_endpoint_with_examples() throws Exception {
        var doc = json(get("/v3/api-docs", Map.of()));
        var paths = doc.get("paths");
        for (var path : new String[] {
            "/api/v1/years",
            "/api/v1/years/{year}/units",
            "/api/v1/years/{year}/indicators",
            "/api/v1/years/{year}/units/{code}/figures",
            "/api/v1/years/{year}/units/{code}/headlines",
            "/api/v1/years/{year}/units/{code}/months/{month}/figures"
        }) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.toString()).doesNotContain("/public").doesNotContain("/ready");
        assertThat(doc.get("components").get("schemas").get("Figure").toString())
                .contains("example");
        assertThat(doc.get("components").get("schemas").get("MonthFigure").toString())
                .contains("example")
                .contains("per_period");
        // what each answer may be: the figures, unchanged, too many, and a 404 that is a problem, not a figure
        var figures = paths.get("/api/v1/years/{year}/units/{code}/figures").get("get");
        assertThat(figures.get("responses").propertyNames()).contains("200", "304", "404", "429");
        assertThat(figures.get("responses").get("404").get("content").has("application/problem+json"))
                .isTrue();
        for (var parameter : figures.get("parameters")) {
            if (parameter.get("name").asString().equals("code")) {
                assertThat(parameter.get("schema").get("example").isTextual())
                        .as("a division code is text, not a number")
                        .isTrue();
            }
        }
    }

    @Test
    @Order(7)
    void a_months_figures_are_the_signed_in_dashboards_figures_of_that_month() throws Exception {
        for (var code : new String[] {"350600", "350602"}) {
            var june = json(get("/api/v1/years/2020/units/" + code + "/months/6/figures", Map.of()));
            var page = as(
                    "leader", () -> dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.MONTH, 6, null, code)));
            var figures = json(get("/api/v1/years/2020/units/" + code + "/figures", Map.of()));

            assertThat(june.get("year").asInt()).isEqualTo(2020);
            assertThat(june.get("month").asInt()).isEqualTo(6);
            assertThat(june.get("unit").get("code").asString()).isEqualTo(code);
            assertThat(june.get("edition").asInt())
                    .as("a month is at its year's edition")
                    .isEqualTo(figures.get("edition").asInt());
            assertThat(june.get("figures").toString())
                    .as("an indicator reported by year only has no month")
                    .doesNotContain("\"indicator\":\"cross_inspected\"");
            var monthly = page.indicators().stream().filter(Indicator::monthly).toList();
            assertThat(monthly).isNotEmpty();
            for (var indicator : monthly) {
                var figure = FiguresJson.find(june.get("figures"), indicator.code(), code);
                assertThat(figure.get("value").decimalValue())
                        .as(code + " " + indicator.code())
                        .isEqualByComparingTo(
                                page.value(indicator, page.focusId()).orElseThrow());
                assertThat(figure.get("status").asString()).isEqualTo("value");
                assertThat(figure.get("accumulation").asString())
                        .isEqualTo(indicator.cumulative() ? "cumulative" : "per_period");
                if (page.cityWide()) {
                    for (var county : page.counties()) {
                        page.value(indicator, county.id())
                                .ifPresent(v -> assertThat(
                                                FiguresJson.find(june.get("figures"), indicator.code(), county.code())
                                                        .get("value")
                                                        .decimalValue())
                                        .as(county.code() + " " + indicator.code())
                                        .isEqualByComparingTo(v));
                    }
                }
            }
        }
    }

    @Test
    @Order(8)
    void a_cumulative_figure_of_a_month_is_as_at_its_end_and_december_is_the_year() throws Exception {
        var june = json(get("/api/v1/years/2020/units/350600/months/6/figures", Map.of()));
        var december = json(get("/api/v1/years/2020/units/350600/months/12/figures", Map.of()));
        var year = json(get("/api/v1/years/2020/units/350600/figures", Map.of()));

        var ofYear = FiguresJson.find(year.get("figures"), "road_widening", "350600")
                .get("value")
                .decimalValue();
        assertThat(FiguresJson.find(june.get("figures"), "road_widening", "350600")
                        .get("value")
                        .decimalValue())
                .as("half way through the year, less than the year's")
                .isLessThan(ofYear);
        assertThat(FiguresJson.find(december.get("figures"), "road_widening", "350600")
                        .get("accumulation")
                        .asString())
                .isEqualTo("cumulative");
        assertThat(FiguresJson.find(december.get("figures"), "road_widening", "350600")
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo(ofYear);
    }

    @Test
    @Order(9)
    void a_month_of_a_year_not_published_or_a_month_that_is_none_is_a_404_problem() throws Exception {
        for (var path : new String[] {
            "/api/v1/years/2021/units/350600/months/1/figures",
            "/api/v1/years/2021/units/350602/months/1/figures",
            "/api/v1/years/2020/units/350600/months/13/figures",
            "/api/v1/years/2020/units/350600/months/0/figures",
            "/api/v1/years/2020/units/999999/months/6/figures"
        }) {
            var response = get(path, Map.of());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    @Order(10)
    void a_months_etag_answers_304() throws Exception {
        var path = "/api/v1/years/2020/units/350602/months/6/figures";
        var etag = get(path, Map.of()).headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
    }

    @Test
    @Order(11)
    void a_month_shows_a_correction_once_approved_as_a_new_edition_and_not_applicable_is_not_missing()
            throws Exception {
        var path = "/api/v1/years/2020/units/350602/months/12/figures";
        var before = json(get(path, Map.of()));

        // a statistician's correction waiting for review is no published figure
        var doctors = Catalogue.figure(db, "family_doctor", "350602", 2020, 12);
        var draft = as(
                "stat-xiangcheng",
                () -> entry.save(new FigureInput(
                        new CellKey(doctors.getIndicatorId(), doctors.getDivisionId(), doctors.getPeriodId()),
                        "1",
                        false,
                        null,
                        doctors.getVersion(),
                        "复核更正")));
        assertThat(draft.errors()).isEmpty();
        // the reviewer's correction is approved at once: 不适用, with its reason
        var meals = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(meals.getIndicatorId(), meals.getDivisionId(), meals.getPeriodId()),
                        "",
                        true,
                        null,
                        meals.getVersion(),
                        "该校已撤并")));

        var after = json(get(path, Map.of()));
        var year = json(get("/api/v1/years/2020/units/350602/figures", Map.of()));
        var page = as(
                "leader",
                () -> dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.MONTH, 12, null, "350602")));
        assertThat(after.get("edition").asInt())
                .as("the correction makes a new edition of the year, and the month is at it")
                .isEqualTo(before.get("edition").asInt() + 1)
                .isEqualTo(year.get("edition").asInt());
        var corrected = FiguresJson.find(after.get("figures"), "meal_schools", "350602");
        assertThat(corrected.get("status").asString()).isEqualTo("not_applicable");
        assertThat(corrected.get("value").isNull()).isTrue();
        assertThat(corrected.get("corrected").asBoolean()).isTrue();
        var mealSchools = page.indicators().stream()
                .filter(i -> i.code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        assertThat(page.notApplicable(mealSchools, page.focusId())).isTrue();
        assertThat(FiguresJson.find(after.get("figures"), "family_doctor", "350602")
                        .get("value")
                        .decimalValue())
                .as("the published value, not the draft")
                .isEqualByComparingTo(FiguresJson.find(before.get("figures"), "family_doctor", "350602")
                        .get("value")
                        .decimalValue());
        var city = json(get("/api/v1/years/2020/units/350600/months/12/figures", Map.of()));
        assertThat(FiguresJson.find(city.get("figures"), "meal_schools", "350602")
                        .get("status")
                        .asString())
                .isEqualTo("not_applicable");
        // the † is the corrected unit's and its total's, not every unit's of the indicator
        var cityYear = json(get("/api/v1/years/2020/units/350600/figures", Map.of()));
        assertThat(FiguresJson.find(cityYear.get("figures"), "meal_schools", "350602")
                        .get("corrected")
                        .asBoolean())
                .isTrue();
        assertThat(FiguresJson.find(cityYear.get("figures"), "meal_schools", "350600")
                        .get("corrected")
                        .asBoolean())
                .as("the city's total counts the corrected figure")
                .isTrue();
        assertThat(FiguresJson.find(cityYear.get("figures"), "meal_schools", "350603")
                        .get("corrected")
                        .asBoolean())
                .as("龙文区's figure was not corrected")
                .isFalse();
        var november = json(get("/api/v1/years/2020/units/350600/months/11/figures", Map.of()));
        assertThat(november.get("figures"))
                .as("a month nobody corrected")
                .noneMatch(f -> f.get("corrected").asBoolean());
    }

    @Test
    @Order(12)
    void past_the_limit_a_client_gets_429_with_retry_after() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 70 && (last == null || last.statusCode() != 429); i++) {
            last = get("/api/v1/years", Map.of());
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("Too Many Requests");
        assertThat(get("/public/2020", Map.of()).statusCode())
                .as("the public page is not the API's limit")
                .isEqualTo(200);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
