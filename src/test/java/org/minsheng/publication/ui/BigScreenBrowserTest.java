package org.minsheng.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.minsheng.support.Corrections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The wall display at 1920×1080, signed in as the display account: nothing overflows the screen, the
 * categories take turns, and an approved correction reaches it by itself as the next edition.
 */
@TestPropertySource(properties = {"minsheng.test.database=big-screen", "minsheng.screen.rotate-seconds=3"})
class BigScreenBrowserTest extends BrowserTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    void the_screen_fits_rotates_and_takes_a_correction_by_itself() {
        var page = browser.newPage(1920, 1080);
        Browser.signIn(page, base(), "display");
        page.waitForURL("**/screen");
        page.navigate(base() + "/screen?year=2020");
        page.waitForFunction("() => { const c = document.querySelector('.screen-panel.active canvas');"
                + " return c && c.width > 0; }");
        Browser.screenshot(page, "big-screen-1920");

        Object overflow = page.evaluate("() => { const s = document.querySelector('#big-screen');"
                + " return [document.scrollingElement.scrollWidth - innerWidth,"
                + " document.scrollingElement.scrollHeight - innerHeight,"
                + " s.scrollWidth - s.clientWidth, s.scrollHeight - s.clientHeight]; }");
        assertThat(overflow.toString()).as("no overflow: page and screen").isEqualTo("[0, 0, 0, 0]");
        assertThat(page.locator("#screen-meta").textContent()).contains("第1版");
        assertThat(page.locator("#screen-clock").textContent()).matches("\\d{1,2}:\\d{2}:\\d{2}");

        page.waitForFunction(
                "() => document.querySelector('#big-screen').dataset.shown === '1'",
                null,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        assertThat(page.locator(".screen-panel.active").count()).isEqualTo(1);

        Corrections.reviseXiangchengDecember(db, reviews, "5", "补报一所学校");
        page.waitForFunction(
                "() => document.querySelector('#screen-meta').textContent.includes('第2版')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        assertThat(page.locator(".screen-tile").first().textContent()).contains("157");

        // the display account runs the screen and takes no files away
        page.navigate(base() + "/exports");
        page.getByText("页面不存在或无权访问").waitFor();
        assertThat(page.locator("#export-year").count()).isZero();
        assertThat(page.getByText("表格下载").count()).isZero();

        // an address typed by hand: the screen says what is wrong instead of an empty year or an error
        page.navigate(base() + "/screen?year=1999");
        assertThat(page.locator("#screen-message").textContent()).isEqualTo("1999年没有统计数据");
        page.navigate(base() + "/screen?year=2020&unit=999999");
        assertThat(page.locator("#screen-message").textContent()).contains("999999");
    }
}
