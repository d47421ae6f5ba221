package org.minsheng.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.Corrections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The wall display at 1920×1080, signed in as the display account: nothing overflows the screen, the
 * categories take turns, and an approved correction reaches it by itself as the next edition.
 */
@TestPropertySource(properties = {"minsheng.test.database=big-screen", "minsheng.screen.rotate-seconds=3"})
class BigScreenBrowserTest extends BrowserTest {

    /**
     * Narrows the first tile (营养改善计划学校, corrected) until its label does not fit, then tells whether
     * the † lies within every box that clips it: "visible", or what cuts it off.
     */
    private static final String MARK_IN_VIEW_WHEN_NARROW = """
            () => {
              const tile = document.querySelector('.screen-tile');
              tile.style.maxWidth = '140px';
              const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
              let node;
              while ((node = walker.nextNode()) && !node.data.includes('†')) {}
              if (!node) return 'no †';
              const range = document.createRange();
              range.setStart(node, node.data.indexOf('†'));
              range.setEnd(node, node.data.indexOf('†') + 1);
              const mark = range.getBoundingClientRect();
              for (let e = node.parentElement; e !== tile.parentElement; e = e.parentElement) {
                const box = e.getBoundingClientRect();
                const clips = e === tile || getComputedStyle(e).overflowX !== 'visible';
                if (clips && (mark.left < box.left - 0.5 || mark.right > box.right + 0.5)) {
                  return 'cut off by ' + e.className;
                }
              }
              return 'visible';
            }""";

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
        assertThat(page.locator(".screen-tile").first().textContent())
                .contains("157")
                .contains("†");
        assertThat(page.evaluate(MARK_IN_VIEW_WHEN_NARROW))
                .as("a label too long for its tile is cut, its † stays in view")
                .isEqualTo("visible");
        Browser.screenshot(page, "big-screen-corrected-narrow-tile");

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

    /**
     * Every ranking of the wall's categories at 1440×900, as each is shown in turn: its eleven districts
     * as labels, each with at least the height of its type (not run over each other), and every tile's
     * label whole. At 1440 px the tiles took two rows, the rankings drew 11 names in 22 px type into about
     * 190 px, and labels such as 「营养改善计划…」 were cut (a stranger's trial).
     */
    private static final String RANKINGS_READABLE = """
            () => {
              const problems = [];
              // the words' own width against their box, unrounded: at 1440 px 「营养改善计划学校」 lacked 2 px, which
              // scrollWidth and clientWidth, rounded to whole pixels, hardly tell apart
              document.querySelectorAll('.screen-label-text').forEach(l => {
                const words = document.createRange();
                words.selectNodeContents(l);
                if (words.getBoundingClientRect().width > l.getBoundingClientRect().width + 0.5) {
                  problems.push('label cut: ' + l.textContent);
                }
              });
              document.querySelectorAll('.screen-panel.active').forEach(panel => {
                panel.querySelectorAll('campaign-chart').forEach(c => {
                  const chart = c._chart;
                  if (!chart || !chart.scales.y) return;
                  const scale = chart.scales.y;
                  const names = scale.ticks.map(t => chart.data.labels[t.value]);
                  const size = chart.options.scales.y.ticks.font.size;
                  if (names.length !== chart.data.labels.length) problems.push('named ' + names.length);
                  if (scale.height / names.length < size) {
                    problems.push(names.length + ' names of ' + size + ' px in ' + Math.round(scale.height) + ' px');
                  }
                });
              });
              return problems.join('; ');
            }""";

    @Test
    void at_1440_px_every_ranking_names_all_districts_legibly_and_no_tile_label_is_cut() {
        var page = browser.newPage(1440, 900);
        Browser.signIn(page, base(), "display");
        page.waitForURL("**/screen");
        page.navigate(base() + "/screen?year=2020");
        page.waitForFunction("() => { const c = document.querySelector('.screen-panel.active canvas');"
                + " return c && c.width > 0; }");
        int panels = page.locator(".screen-panel").count();
        assertThat(panels).isGreaterThan(1);
        for (int shown = 0; shown < panels; shown++) {
            final int panel = shown;
            page.waitForFunction(
                    "n => document.querySelector('#big-screen').dataset.shown === String(n)"
                            + " && document.querySelector('.screen-panel.active canvas').width > 0",
                    panel,
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
            // the names' type is fitted at the first layout and the chart drawn again in the next frame
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            Browser.screenshot(page, "big-screen-1440-" + panel);
            var labels = page.evaluate("() => [...document.querySelectorAll('.screen-panel.active campaign-chart')]"
                    + ".map(c => c._chart.scales.y.ticks.map(t => c._chart.data.labels[t.value]).join(','))");
            assertThat(labels.toString()).as("panel %d", panel).contains("芗城区", "龙文区", "平和县", "东山县");
            assertThat(page.evaluate(RANKINGS_READABLE)).as("panel %d", panel).isEqualTo("");
        }
    }

    /**
     * A year with only 芗城区's January approved: the wall says its tiles are that one district's, in type
     * a room reads, inside the first screen on the wall and on a phone (where the wall is one column that
     * scrolls). The screenshots of the 2020 rankings are for looking at the charts at both sizes.
     */
    @Test
    void the_wall_says_its_totals_are_of_some_districts_only_on_the_wall_and_on_a_phone() {
        Catalogue.xiangchengFirstOf2021(db);
        for (int width : new int[] {1920, 390}) {
            var page = browser.newPage(width, width == 1920 ? 1080 : 844);
            Browser.signIn(page, base(), "display");
            page.waitForURL("**/screen");
            page.navigate(base() + "/screen?year=2021");
            var note = page.locator("#missing-note");
            assertThat(note.textContent()).startsWith("合计只含已有审核数据的 1 个县区；10 个县区尚无审核数据：");
            Browser.screenshot(page, "big-screen-2021-partial-" + width);
            Object box = page.evaluate("() => { const n = document.querySelector('#missing-note');"
                    + " const b = n.getBoundingClientRect(); const size = e => parseFloat(getComputedStyle(e).fontSize);"
                    + " return [b.left >= 0, b.right <= innerWidth, b.bottom <= innerHeight,"
                    + " size(n) >= size(document.querySelector('#screen-meta'))]; }");
            assertThat(box.toString())
                    .as("the note within the first screen, not smaller than the date line, at %d px", width)
                    .isEqualTo("[true, true, true, true]");
            page.navigate(base() + "/screen?year=2020");
            page.waitForFunction("() => { const c = document.querySelector('.screen-panel.active canvas');"
                    + " return c && c.width > 0; }");
            Browser.screenshot(page, "big-screen-2020-targets-" + width);
            // the screen is its own scroller, which a full-page screenshot does not follow: the chart on its own
            var chart = page.locator(".screen-panel.active .screen-chart").first();
            chart.scrollIntoViewIfNeeded();
            chart.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Browser.SCREENSHOTS.resolve("big-screen-2020-ranking-" + width + ".png")));
            page.context().close();
        }
    }
}
