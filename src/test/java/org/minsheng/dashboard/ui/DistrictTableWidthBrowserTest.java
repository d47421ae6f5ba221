package org.minsheng.dashboard.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;

/**
 * The district table's six indicators and their subtotals fit a 1440 px screen beside the menu, so
 * a leader compares districts without scrolling sideways (issue 15); on a 390 px phone the table
 * scrolls inside itself, its district column frozen, and the page never does.
 */
class DistrictTableWidthBrowserTest extends BrowserTest {

    @Test
    void at_1440_px_every_indicator_column_is_in_view_without_scrolling() {
        var page = dashboard(1440, 900);
        var table = page.locator("#district-table");
        table.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "district-table-1440");
        var heads = table.locator(".pivot-head[data-indicator]");
        assertThat(heads).hasCount(6);
        var grid = table.boundingBox();
        assertThat(grid.x + grid.width).as("the table ends on the screen").isLessThanOrEqualTo(1440);
        for (int n = 0; n < 6; n++) {
            var head = heads.nth(n).boundingBox();
            assertThat(head.x + head.width)
                    .as("indicator column %d ends inside the table", n + 1)
                    .isLessThanOrEqualTo(grid.x + grid.width);
        }
        var sixth = table.locator(".pivot-head[data-indicator=passing_bays]");
        assertThat(sixth).hasAttribute("title", "增设错车道数量（个）");
        Object scrollable = page.evaluate(
                "() => { const s = document.querySelector('#district-table'); return s.scrollWidth - s.clientWidth; }");
        assertThat(((Number) scrollable).intValue())
                .as("nothing left to scroll to")
                .isLessThanOrEqualTo(1);
    }

    @Test
    void at_390_px_the_sixth_indicator_is_reached_inside_the_table_and_the_page_does_not_scroll_sideways() {
        var page = dashboard(390, 844);
        var sixth = page.locator("#district-table .pivot-head[data-indicator=passing_bays]");
        sixth.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "district-table-390");
        var box = sixth.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(390);
        BoundingBox district = page.locator("#district-table tbody th")
                .filter(new Locator.FilterOptions().setHasText("芗城区"))
                .first()
                .boundingBox();
        assertThat(district.x)
                .as("the district column stays frozen at the left")
                .isGreaterThanOrEqualTo(0);
        assertThat(district.x + district.width).isLessThan(box.x);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
    }

    private Page dashboard(int width, int height) {
        var page = signedIn("leader", "/?year=2020", width, height);
        assertThat(page.locator("#district-table"))
                .containsText(
                        "芗城区",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(60_000));
        return page;
    }
}
