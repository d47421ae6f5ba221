package org.minsheng.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.FiguresJson;
import org.minsheng.support.OtherSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 19's whole journey through the screens: 2020 waits for its December, so nothing of it is public;
 * the reviewer publishes December and the year appears signed out; communications staff take a live and
 * a pinned embed code from the year-in-review page and paste them into a page of another origin; the API
 * and the CSV give the public page's number; the wall display shows the year. Then 芗城区's statistician
 * corrects December's schools value-first with a reason, the reviewer approves it, and the live embed,
 * the public page, the API, the CSV and the wall display (by itself) move to 第2版 while the pinned
 * embed stays on 第1版 and says a newer one exists. It commits real data, so it runs on a database of its
 * own.
 */
@TestPropertySource(
        properties = {
            "minsheng.test.database=disclosure-journey",
            "minsheng.embed.origins=http://127.0.0.1:*",
            "minsheng.screen.rotate-seconds=5"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublicDisclosureJourneyBrowserTest extends BrowserTest {

    private static final String DECEMBER = "2020年12月";
    private static final String REASON = "补报一所寄宿制学校";
    private static final String EXPLANATION = "新增一所寄宿制学校，已核实";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DSLContext db;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_year_published_embedded_and_corrected_moves_everywhere_but_the_pinned_embed() throws Exception {
        // 2020 with its December not yet published: the year is not public
        Catalogue.unpublishMonth(db, 2020, 12);
        var visitor = browser.newPage(1440, 900);
        assertThat(visitor.navigate(base() + "/public/2020").status()).isEqualTo(404);
        assertThat(get("/api/v1/years/2020/units/350600/figures").statusCode()).isEqualTo(404);

        // 1. the reviewer publishes December, and with it the year
        var reviewer = signedIn("reviewer", "/review", 1440, 900);
        reviewer.locator("#period-grid").getByText(DECEMBER).first().click();
        assertThat(reviewer.locator("#review-queue h3")).containsText(DECEMBER);
        reviewer.locator("#publish-period").click();
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(仍然)?发布$")))
                .click();
        assertThat(reviewer.locator("#publish-period")).hasCount(0);

        // 2. signed out, the year-in-review as a public page at its first edition
        visitor.navigate(base() + "/public/2020");
        assertThat(visitor.locator("header .meta")).containsText("第1版");
        assertThat(schoolsLine(visitor)).containsText("156");
        assertThat(visitor.context().cookies()).isEmpty();
        Browser.screenshot(visitor, "disclosure-journey-public-edition-1");

        // 3. communications staff take both embed codes of the schools' ranking from the year-in-review
        var comms = signedIn("comms", "/publication", 1440, 900);
        comms.locator("#publication-year").click();
        comms.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("2020"))
                .first()
                .click();
        comms.locator("#embed-meal_schools").click();
        var live = comms.locator("#embed-live textarea").inputValue();
        var pinned = comms.locator("#embed-pinned textarea").inputValue();
        assertThat(live).contains("/public/embed/2020/350600/meal_schools\"");
        assertThat(pinned).contains("/public/embed/2020/350600/meal_schools/1\"");
        Browser.screenshot(comms, "disclosure-journey-embed-dialog");
        closeEmbedCodes(comms);
        // the dashboard's ranking offers the same codes for the indicator it shows
        comms.navigate(base() + "/?year=2020&chart=meal_schools");
        comms.locator("#ranking-embed").click();
        assertThat(comms.locator("#embed-live textarea")).hasValue(live);
        closeEmbedCodes(comms);
        // ... and for its other charts of the indicator: the trend, live
        comms.locator("#trend-embed").click();
        // the dialog's text is read once it shows the trend's code: a read straight after the click could
        // find the ranking's code still there (CI saw it once)
        assertThat(comms.locator("#embed-live textarea"))
                .hasValue(Pattern.compile("[\\s\\S]*/public/embed/2020/350600/meal_schools/trend\"[\\s\\S]*"));
        var trend = comms.locator("#embed-live textarea").inputValue();
        closeEmbedCodes(comms);
        // a month's dashboard offers the same year's codes, and says so before them
        comms.navigate(base() + "/?year=2020&period=month&part=6&chart=meal_schools");
        comms.locator("#ranking-embed").click();
        assertThat(comms.locator("#embed-note")).containsText("2020年全年");
        assertThat(comms.locator("#embed-live textarea")).hasValue(live);
        Browser.screenshot(comms, "disclosure-journey-embed-dialog-month");
        closeEmbedCodes(comms);

        // ... and paste them into a page of another origin
        try (var site = OtherSite.pasting(live, pinned, trend)) {
            var elsewhere = browser.newPage(1280, 1600);
            elsewhere.navigate(site.url());
            assertThat(OtherSite.drawn(elsewhere, "/meal_schools")
                            .locator("footer")
                            .textContent())
                    .contains("第1版");
            assertThat(OtherSite.drawn(elsewhere, "/meal_schools/1")
                            .locator("footer")
                            .textContent())
                    .contains("第1版");
            assertThat(OtherSite.row(OtherSite.drawn(elsewhere, "/meal_schools"), "芗城区"))
                    .contains("4");
            assertThat(OtherSite.drawn(elsewhere, "/meal_schools/trend")
                            .locator("footer")
                            .textContent())
                    .contains("第1版");

            // 4. the API and the CSV give the public page's numbers
            assertThat(apiSchools("350600")).isEqualTo("156");
            assertThat(apiSchools("350602")).isEqualTo("4");
            assertThat(csvSchools()).contains(",156,");

            // 5. the wall display shows the year
            var screen = browser.newPage(1920, 1080);
            Browser.signIn(screen, base(), "display");
            screen.navigate(base() + "/screen?year=2020");
            assertThat(screen.locator("#screen-meta")).containsText("第1版");

            // 6. 芗城区 corrects December's schools, value first, then the reason; the reviewer approves
            var statistician = signedIn("stat-xiangcheng", "/entry", 1440, 900);
            statistician.locator("#entry-period").click();
            statistician
                    .locator("vaadin-select-item")
                    .filter(new Locator.FilterOptions().setHasText(DECEMBER))
                    .click();
            assertThat(statistician.locator(".entry-correction-note")).isVisible();
            var editor = statistician.locator(".cell-editor:has(vaadin-text-field[data-indicator=meal_schools])");
            editor.locator("vaadin-text-field.cell-value input").fill("5");
            editor.locator("vaadin-text-field.cell-value input").press("Tab");
            editor.locator("vaadin-text-field.cell-correction input").fill(REASON);
            editor.locator("vaadin-text-field.cell-correction input").press("Tab");
            assertThat(editor).hasAttribute("data-state", "draft");
            // 5 against last December's 3 warns: the statistician explains before submitting
            assertThat(editor.locator(".cell-messages")).containsText("超过50%");
            editor.locator("vaadin-text-field.cell-explanation input").fill(EXPLANATION);
            editor.locator("vaadin-text-field.cell-explanation input").press("Tab");
            statistician.waitForCondition(() -> EXPLANATION.equals(
                    Catalogue.figure(db, "meal_schools", "350602", 2020, 12).getExplanation()));
            statistician.locator("#submit-350602").click();
            assertThat(Browser.notification(statistician, "已提交 1 项数据")).isVisible();

            reviewer.navigate(base() + "/review");
            reviewer.locator("#period-grid").getByText(DECEMBER).first().click();
            var card = reviewer.locator(".card[data-district='350602']");
            assertThat(card).containsText(REASON);
            card.locator(".approve-district").click();
            assertThat(Browser.notification(reviewer, "已批准 1 项数据")).isVisible();

            // 7. the wall display redraws itself at the new edition
            assertThat(screen.locator("#screen-meta")).containsText("第2版");
            assertThat(screen.locator(".screen-tile").first()).containsText("157");
            Browser.screenshot(screen, "disclosure-journey-screen-edition-2");

            // the public page, the API and the CSV are at the new edition
            visitor.reload();
            assertThat(visitor.locator("header .meta")).containsText("第2版");
            assertThat(schoolsLine(visitor)).containsText("157");
            assertThat(visitor.locator("section.revisions")).containsText(REASON);
            assertThat(visitor.content()).as("never an explanation").doesNotContain(EXPLANATION);
            Browser.screenshot(visitor, "disclosure-journey-public-edition-2");
            assertThat(apiSchools("350600")).isEqualTo("157");
            assertThat(JSON.readTree(get("/api/v1/years/2020/units/350600/figures")
                                    .body())
                            .get("edition")
                            .asInt())
                    .isEqualTo(2);
            assertThat(csvSchools()).contains(",157,");
            assertThat(get("/api/v1/years/2020/units/350600/figures").body()).doesNotContain(EXPLANATION);

            // the live embed follows; the pinned one stays and says a newer edition exists
            elsewhere.reload();
            var liveFrame = OtherSite.drawn(elsewhere, "/meal_schools");
            var pinnedFrame = OtherSite.drawn(elsewhere, "/meal_schools/1");
            Browser.screenshot(elsewhere, "disclosure-journey-embeds-after-correction");
            assertThat(liveFrame.locator("footer").textContent()).contains("第2版");
            assertThat(OtherSite.row(liveFrame, "芗城区")).contains("5");
            assertThat(liveFrame.locator(".outdated").count()).isZero();
            assertThat(pinnedFrame.locator("footer").textContent()).contains("第1版");
            assertThat(OtherSite.row(pinnedFrame, "芗城区")).contains("4").doesNotContain("5");
            assertThat(pinnedFrame.locator(".outdated").textContent()).contains("现已发布第2版");
            var trendFrame = OtherSite.drawn(elsewhere, "/meal_schools/trend");
            assertThat(trendFrame.locator("footer").textContent()).contains("第2版");
            assertThat(OtherSite.row(trendFrame, "12月")).contains("157");
        }
    }

    /** The public page's line of schools with meals among the headline numbers. */
    /**
     * Closes the embed-code dialog and waits until it has left the page: the next dialog's codes have the
     * same ids, so a closing one still on the page would be read in their place.
     */
    private static void closeEmbedCodes(Page page) {
        page.locator("#embed-close").click();
        assertThat(page.locator("#embed-live")).hasCount(0);
    }

    private static Locator schoolsLine(Page page) {
        return page.locator("table.lines tr")
                .filter(new Locator.FilterOptions().setHasText("营养改善计划"))
                .first();
    }

    private String apiSchools(String unit) throws Exception {
        var figures = JSON.readTree(
                        get("/api/v1/years/2020/units/350600/figures").body())
                .get("figures");
        return FiguresJson.find(figures, "meal_schools", unit).get("value").asString();
    }

    /** The open data's row of the city's schools with meals. */
    private String csvSchools() throws Exception {
        var csv = get("/public/2020/data.csv").body();
        List<String> rows =
                csv.lines().filter(l -> l.contains(",350600,漳州市,meal_schools,")).toList();
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
