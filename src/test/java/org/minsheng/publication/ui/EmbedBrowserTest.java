package org.minsheng.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.EmbedCode;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.minsheng.support.Corrections;
import org.minsheng.support.OtherSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The embed codes of the public page, pasted into a page of another origin (a server of this test's own
 * on 127.0.0.1, the application on localhost): both charts render in Chromium and take their height;
 * after a correction the live one shows the new edition and the new figure, the pinned one stays on
 * its edition and says a newer one exists.
 */
@TestPropertySource(properties = {"minsheng.test.database=embeds", "minsheng.embed.origins=http://127.0.0.1:*"})
class EmbedBrowserTest extends BrowserTest {

    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea readonly rows=\"4\">(.*?)</textarea>", Pattern.DOTALL);

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    void a_live_and_a_pinned_embed_on_another_site_follow_a_correction_as_they_should() throws Exception {
        var http = HttpClient.newHttpClient();
        var publicPage = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/public/2020")).build(),
                HttpResponse.BodyHandlers.ofString());
        var codes = new ArrayList<String>();
        var m = TEXTAREA.matcher(publicPage.body());
        while (m.find()) {
            var code = unescape(m.group(1));
            if (code.contains("/meal_schools\"") || code.contains("/meal_schools/1\"")) {
                codes.add(code);
            }
        }
        assertThat(codes)
                .as("the live and the pinned code of the schools' ranking")
                .hasSize(2);

        try (var site = OtherSite.pasting(codes.toArray(String[]::new))) {
            var browserPage = browser.newPage(1280, 1600);
            // the embeds' scripts, in their frames, report here: one chart per canvas, nothing refused
            var problems = new ArrayList<String>();
            browserPage.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    problems.add(message.text());
                }
            });
            browserPage.onPageError(problems::add);
            browserPage.navigate(site.url());
            var live = OtherSite.drawn(browserPage, "/meal_schools");
            var pinned = OtherSite.drawn(browserPage, "/meal_schools/1");
            assertThat(live.locator("footer").textContent()).contains("第1版");
            assertThat(pinned.locator("footer").textContent()).contains("第1版");
            browserPage.waitForFunction(
                    "() => [...document.querySelectorAll('iframe')].every(f => f.height !== '520')");
            Browser.screenshot(browserPage, "embeds-before-correction");

            Corrections.reviseXiangchengDecember(db, reviews, "5", "补报一所学校");

            browserPage.reload();
            live = OtherSite.drawn(browserPage, "/meal_schools");
            pinned = OtherSite.drawn(browserPage, "/meal_schools/1");
            Browser.screenshot(browserPage, "embeds-after-correction");
            assertThat(live.locator("footer").textContent()).contains("第2版");
            assertThat(OtherSite.row(live, "芗城区"))
                    .as("the live chart's numbers")
                    .contains("5");
            assertThat(live.locator(".outdated").count()).isZero();
            assertThat(pinned.locator("footer").textContent()).contains("第1版");
            assertThat(OtherSite.row(pinned, "芗城区"))
                    .as("the pinned chart's numbers")
                    .contains("4")
                    .doesNotContain("5");
            assertThat(pinned.locator(".outdated").textContent()).contains("现已发布第2版");
            assertThat(problems).as("errors in the embeds' consoles").isEmpty();
        }
    }

    /** An address with no chart behind it (the heat-map is not embedded): its frame says so, in one line. */
    @Test
    void an_embed_with_nothing_behind_it_says_so_in_its_frame_and_takes_its_height() {
        var missing = new EmbedCode(2020, "350600", "meal_schools", ChartKind.HEAT_MAP, 1, "热力图");
        try (var site = OtherSite.pasting(missing.live(base()))) {
            var browserPage = browser.newPage(1280, 800);
            browserPage.navigate(site.url());
            browserPage.waitForCondition(
                    () -> browserPage.frames().stream().anyMatch(f -> f.url().endsWith("/heat_map")));
            var frame = browserPage.frames().stream()
                    .filter(f -> f.url().endsWith("/heat_map"))
                    .findFirst()
                    .orElseThrow();
            assertThat(frame.locator(".embed-missing").textContent()).isEqualTo("此图表不存在或尚未公开");
            assertThat(frame.locator("nav").count())
                    .as("none of the public site's navigation")
                    .isZero();
            browserPage.waitForFunction("() => document.querySelector('iframe').height !== '520'");
            assertThat(Integer.parseInt(browserPage.locator("iframe").getAttribute("height")))
                    .as("a small frame for one line")
                    .isLessThan(200);
            Browser.screenshot(browserPage, "embed-not-found");
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
