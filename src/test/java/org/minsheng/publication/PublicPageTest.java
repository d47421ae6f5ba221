package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.figure.Cell;
import org.minsheng.figure.CellState;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The public disclosure page (/public/{year}) as a visitor gets it, nobody signed in: a published year
 * only, as plain HTML with no session, tagged by an ETag that answers 304 until the data changes; and
 * nothing of the workflow before publication (drafts, submissions, returns, a correction under way, an
 * explanation, a user's name) ever changes what it shows, until a correction is approved.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"minsheng.test.database=public-page", "minsheng.embed.origins=https://www.example.gov.cn"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicPageTest {

    private static final String SECRET_EXPLANATION = "情况说明不公开";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    FigureService figures;

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    @Order(1)
    void a_published_year_is_a_plain_page_for_anyone_without_a_session_with_its_numbers_and_its_edition()
            throws Exception {
        var page = get("/public/2020", Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().allValues("Set-Cookie"))
                .as("no session for a visitor")
                .isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self';")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(page.body())
                .contains("回眸2020｜漳州市")
                .contains("（第1版）")
                .contains("营养改善计划学校")
                .contains("芗城区")
                .contains("class=\"chart-config\"")
                .doesNotContain("<script>")
                .doesNotContain("vaadin");
        assertThat(page.headers().firstValue("ETag")).isPresent();
        assertThat(between(page.body(), "<table class=\"lines\">", "</table>"))
                .as("the 目标 column's cells give the target without repeating the heading")
                .anyMatch(row -> row.contains("<td>156所</td>"))
                .noneMatch(row -> row.contains("<td>目标"));
    }

    @Test
    @Order(2)
    void a_browser_holding_the_page_gets_304_until_the_data_changes() throws Exception {
        var first = get("/public/2020", Map.of());
        var etag = first.headers().firstValue("ETag").orElseThrow();

        var again = get("/public/2020", Map.of("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    @Order(3)
    void every_chart_of_an_indicator_embeds_live_and_pinned_and_nothing_else_does() throws Exception {
        for (var kind : List.of("trend", "year_on_year", "years")) {
            var live = get("/public/embed/2020/350600/meal_schools/" + kind, Map.of());
            var pinned = get("/public/embed/2020/350600/meal_schools/" + kind + "/1", Map.of());
            assertThat(live.statusCode()).as(kind).isEqualTo(200);
            assertThat(live.body()).as(kind).contains("第1版").contains("<th scope=\"col\">时间</th>");
            assertThat(pinned.statusCode()).as(kind + ", pinned").isEqualTo(200);
            assertThat(pinned.body()).as(kind + ", pinned").doesNotContain("class=\"outdated\"");
        }
        assertThat(get("/public/embed/2020/350600/meal_schools/trend", Map.of()).body())
                .as("the dashboard's trend: the months, cumulative")
                .contains("<th scope=\"row\">12月</th>");
        assertThat(get("/public/embed/2020/350600/meal_schools/heat_map", Map.of())
                        .statusCode())
                .as("the heat-map is of every indicator")
                .isEqualTo(404);
        assertThat(get("/public/embed/2020/350600/meal_schools/sideways", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/public/embed/2021/350600/meal_schools/trend", Map.of()).statusCode())
                .as("a year not published")
                .isEqualTo(404);
        assertThat(get("/public/embed/2020/350600/meal_schools/trend/7", Map.of())
                        .statusCode())
                .as("an edition never offered")
                .isEqualTo(404);
    }

    @Test
    @Order(3)
    void an_embed_that_does_not_exist_is_a_bare_404_for_the_frame_without_the_sites_navigation() throws Exception {
        for (var path : List.of(
                "/public/embed/2020/350600/meal_schools/heat_map",
                "/public/embed/2020/999999/meal_schools",
                "/public/embed/2021/350600/meal_schools/trend",
                "/public/embed/2020/350600/meal_schools/7",
                "/public/embed/nothing-here",
                "/public/embed/2020/350600/Meal_Schools")) {
            var answer = get(path, Map.of());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body())
                    .as(path + ": a small message for the frame")
                    .contains("<body class=\"embed\">")
                    .contains("此图表不存在或尚未公开")
                    .doesNotContain("<nav")
                    .doesNotContain("<h1");
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path + ": framed under the embeds' rules, so the message shows in the frame")
                    .contains("frame-ancestors https://www.example.gov.cn");
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    @Order(3)
    void a_year_not_published_and_a_unit_that_does_not_exist_get_the_same_404() throws Exception {
        var open = get("/public/2021", Map.of());
        var unknown = get("/public/2020/999999", Map.of());

        assertThat(open.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(open.body()).contains("该年度成果尚未公开").doesNotContain("Exception");
        // an address the public side does not have: its own 404, not the application's sign-in and a session
        var nowhere = get("/public/abc", Map.of());
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("公开页面中没有这个地址");
        assertThat(nowhere.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(unknown.body())
                .as("the same words: an unknown unit tells nothing more")
                .contains("该年度成果尚未公开");
        assertThat(get("/public", Map.of()).body())
                .contains("href=\"/public/2020/350600\"")
                .doesNotContain("2021");
        assertThat(get("/public/2020?lang=en", Map.of()).body())
                .contains("<html lang=\"en\"")
                .contains("Indicator")
                .contains("Source: 漳州市")
                .doesNotContain("public.");
    }

    @Test
    @Order(3)
    void a_unit_above_the_root_is_no_unit_of_the_installation_and_gets_the_same_404() throws Exception {
        // the division table holds 漳州市's parents (福建省 350000, 全国 000000); their codes opened
        // 漳州市's page and data labelled with the code asked, as if the city's year were theirs
        for (var path : List.of(
                "/public/2020/350000",
                "/public/2020/000000",
                "/public/2020/350000?lang=en",
                "/public/2020/000000/data.json")) {
            var answer = get(path, Map.of());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("漳州市2020").doesNotContain("\"code\":\"000000\"");
        }
        var embed = get("/public/embed/2020/350000/meal_schools", Map.of());
        assertThat(embed.statusCode()).isEqualTo(404);
        assertThat(embed.body()).contains("此图表不存在或尚未公开");
        assertThat(get("/public/2020/350600", Map.of()).statusCode())
                .as("the root's own code")
                .isEqualTo(200);
        assertThat(get("/public/2020/350602", Map.of()).statusCode())
                .as("a unit below it")
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void the_english_page_and_its_embeds_name_the_indicators_in_english() throws Exception {
        var page = get("/public/2020?lang=en", Map.of()).body();
        var captions = between(page, "<figcaption", "</figcaption>");
        assertThat(captions).as("the ranking charts' titles").isNotEmpty();
        assertThat(String.join("\n", captions))
                .contains("Schools in meal programme")
                .doesNotContain("营养改善计划学校");
        assertThat(String.join("\n", between(page, "<table class=\"lines\">", "</table>")))
                .as("the headline lines: names, measures, targets and status")
                .contains("Schools in meal programme")
                .contains("156 schools")
                .contains("<td>156 schools</td>")
                .doesNotContain("Target:")
                .doesNotContain("营养改善计划学校")
                .doesNotContain("所")
                .doesNotContain("已完成");
        assertThat(between(page, "<table class=\"units\">", "</thead>"))
                .as("the units' table")
                .first()
                .asString()
                .contains("Schools in meal programme (schools)")
                .doesNotContain("营养改善计划学校");
        assertThat(page)
                .as("the editors' Chinese lede stays, and the page says so")
                .contains("<p class=\"lede\" lang=\"zh-CN\">")
                .contains("in Chinese only")
                .contains("/public/embed/2020/350600/meal_schools?lang=en");

        for (var path : List.of(
                "/public/embed/2020/350600/meal_schools?lang=en",
                "/public/embed/2020/350600/meal_schools/1?lang=en",
                "/public/embed/2020/350600/meal_schools/trend?lang=en")) {
            var embed = get(path, Map.of());
            assertThat(embed.statusCode()).as(path).isEqualTo(200);
            assertThat(embed.body())
                    .as(path)
                    .contains("<html lang=\"en\"")
                    .contains("Schools in meal programme")
                    .contains("Measure: schools")
                    .contains("(revision 1)")
                    .doesNotContain("营养改善计划学校")
                    .doesNotContain("第1版");
        }
        assertThat(get("/public/embed/2020/350600/meal_schools/1", Map.of()).body())
                .as("the same pinned embed without ?lang=en is Chinese, as published")
                .contains("营养改善计划学校")
                .contains("第1版");
    }

    private static List<String> between(String html, String from, String to) {
        var found = new java.util.ArrayList<String>();
        for (int at = html.indexOf(from); at >= 0; at = html.indexOf(from, at + 1)) {
            found.add(html.substring(at, html.indexOf(to, at)));
        }
        return found;
    }

    /**
     * A city-level indicator without a target (牵头市直部门: none was set for 2020) says so under 目标 in the
     * dashboard's words: the cell was blank, which read as a target missing from the page (a tester's tour).
     */
    @Test
    @Order(3)
    void a_line_without_a_target_says_none_was_set_in_both_languages() throws Exception {
        assertThat(between(get("/public/2020", Map.of()).body(), "<tr><th scope=\"row\">牵头市直部门", "</tr>"))
                .singleElement()
                .asString()
                .contains("<td>未设目标</td>");
        assertThat(between(
                        get("/public/2020?lang=en", Map.of()).body(),
                        "<tr><th scope=\"row\">Lead departments",
                        "</tr>"))
                .singleElement()
                .asString()
                .contains("<td>No target</td>");
    }

    /**
     * 2019's published lede printed 【交叉指导检查学校：暂无数据】 and two more such markers to the public, on the
     * page and through the API (a stranger's tour): a clause without its figure is left out of what is
     * published, and what is left still reads as one sentence.
     */
    @Test
    @Order(3)
    void the_published_lede_leaves_out_the_clauses_without_a_figure_on_the_page_and_in_the_api() throws Exception {
        // the clauses 2019 has figures for, one after the other: no marker, no doubled or dangling stop
        var lede = "全市136所农村公办义务教育寄宿制学校实施营养改善计划；全市建档立卡贫困家庭适龄儿童辍学人数为25人，尚未清零；"
                + "全市建档立卡贫困户家庭医生签约服务已覆盖10.03万人；完成农村公路单改双64.3公里；完成错车道增设131个。";
        var opening = "<p class=\"lede\" lang=\"zh-CN\">";
        assertThat(between(get("/public/2019", Map.of()).body(), opening, "</p>"))
                .singleElement()
                .isEqualTo(opening + lede);
        assertThat(get("/api/v1/years/2019/units/350600/headlines", Map.of()).body())
                .contains("\"lede\":\"" + lede + "\"")
                .doesNotContain("【");
    }

    /**
     * An embed is a chart passed on to other sites: it said nothing of the demo's illustrative split that
     * the page it comes from says (a stranger's tour). It says it in the page's words, in either language,
     * live or pinned, of every kind.
     */
    @Test
    @Order(3)
    void an_embed_of_the_demos_figures_carries_the_demos_note_as_its_page_does() throws Exception {
        var chinese = "说明：公开发布的是全市合计数；各区县数据为演示用的示意拆分，其合计与全市数一致。";
        assertThat(get("/public/2020", Map.of()).body()).contains(chinese);
        for (var path : List.of(
                "/public/embed/2020/350600/meal_schools",
                "/public/embed/2020/350600/meal_schools/1",
                "/public/embed/2020/350600/meal_schools/trend",
                "/public/embed/2020/350600/meal_schools/years")) {
            assertThat(get(path, Map.of()).body()).as(path).contains("<p class=\"note\">" + chinese + "</p>");
            assertThat(get(path + "?lang=en", Map.of()).body())
                    .as(path + "?lang=en")
                    .contains("<p class=\"note\">Note: only the city totals are published;")
                    .doesNotContain("示意拆分");
        }
    }

    @Test
    @Order(4)
    void no_draft_submission_return_or_correction_under_way_changes_the_public_page_until_it_is_approved()
            throws Exception {
        long seed = System.nanoTime();
        var random = new Random(seed);
        var before = get("/public/2020", Map.of()).body();
        int january = periodId(2021, 1);
        int december = periodId(2020, 12);
        int xiangcheng =
                db.fetchSingle("select id from division where code = '350602'").get(0, Integer.class);
        for (int step = 0; step < 30; step++) {
            int action = random.nextInt(7);
            try {
                switch (action) {
                    case 0 -> saveDraft(january, random);
                    case 1 -> as("stat-xiangcheng", () -> figures.submit(january, xiangcheng));
                    case 2 -> returnOne(january, random);
                    case 3 -> approveOne(january, random);
                    case 4 -> saveCorrection(december, random);
                    case 5 -> as("stat-xiangcheng", () -> figures.submit(december, xiangcheng));
                    default -> returnOne(december, random);
                }
            } catch (RefusedException notNow) {
                // a step the workflow does not allow in this state (nothing to submit, say): nothing happened
            } catch (RuntimeException broken) {
                throw new AssertionError("step " + step + " (action " + action + ") of seed " + seed, broken);
            }
            assertThat(get("/public/2020", Map.of()).body())
                    .as("after step %d (action %d) of seed %d", step, action, seed)
                    .isEqualTo(before);
            assertThat(get("/public/2021", Map.of()).statusCode())
                    .as("2021 is not published, whatever was approved (seed %d)", seed)
                    .isEqualTo(404);
        }

        // now a correction of 2020 approved: the page changes, with the reason, and still no explanation or name
        // (when every correctable figure is already submitted, those are the ones approved)
        saveCorrection(december, random);
        try {
            as("stat-xiangcheng", () -> figures.submit(december, xiangcheng));
        } catch (RefusedException nothingNew) {
            // everything was submitted already
        }
        var pending = as("reviewer", () -> reviews.queue(december));
        assertThat(pending).as("seed %d", seed).isNotEmpty();
        pending.forEach(c -> as("reviewer", () -> reviews.approve(c.key(), c.version())));
        var after = get("/public/2020", Map.of());

        assertThat(after.body()).isNotEqualTo(before).contains("†").contains("公开页测试更正");
        assertThat(after.body()).doesNotContain(SECRET_EXPLANATION);
        for (String name : db.fetch("select display_name from app_user").getValues(0, String.class)) {
            assertThat(after.body()).as("no user's name").doesNotContain(name);
        }
    }

    private void saveDraft(int period, Random random) {
        var cells = as("stat-xiangcheng", () -> figures.sheet(period)).cells();
        var cell = cells.get(random.nextInt(cells.size()));
        as(
                "stat-xiangcheng",
                () -> figures.save(new FigureInput(
                        cell.key(),
                        String.valueOf(random.nextInt(50)),
                        false,
                        SECRET_EXPLANATION,
                        cell.version(),
                        null)));
    }

    private void saveCorrection(int period, Random random) {
        var cells = as("stat-xiangcheng", () -> figures.sheet(period)).cells().stream()
                .filter(c -> c.approved() != null && c.approved().value() != null)
                .filter(c -> c.state() != CellState.SUBMITTED)
                .toList();
        if (cells.isEmpty()) {
            return; // every published figure of the district has a correction under review
        }
        var cell = cells.get(random.nextInt(cells.size()));
        var value = cell.approved().value().add(java.math.BigDecimal.ONE).toPlainString();
        as(
                "stat-xiangcheng",
                () -> figures.save(
                        new FigureInput(cell.key(), value, false, SECRET_EXPLANATION, cell.version(), "公开页测试更正")));
    }

    private void returnOne(int period, Random random) {
        var queue = as("reviewer", () -> reviews.queue(period));
        if (!queue.isEmpty()) {
            var cell = queue.get(random.nextInt(queue.size()));
            as("reviewer", () -> reviews.returnCell(cell.key(), cell.version(), "请核实"));
        }
    }

    private void approveOne(int period, Random random) {
        List<Cell> queue = as("reviewer", () -> reviews.queue(period));
        if (!queue.isEmpty()) {
            var cell = queue.get(random.nextInt(queue.size()));
            as("reviewer", () -> reviews.approve(cell.key(), cell.version()));
        }
    }

    private int periodId(int year, int month) {
        return db.fetchSingle("select id from period where year = ? and month = ?", year, month)
                .get(0, Integer.class);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
