package org.minsheng.figure.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A statistician of all eleven districts sees every district of the entry sheet at once on a
 * 1440 px screen (it showed about four, issue 15); on a 390 px phone the sheet scrolls inside
 * itself with the indicator column frozen, and the page never scrolls sideways.
 */
class EntrySheetWidthBrowserTest extends BrowserTest {

    @Autowired
    DSLContext db;

    @BeforeEach
    void xiangchengsStatisticianReportsForTheWholeCity() {
        db.execute("""
                insert into user_scope (user_id, division_id)
                select u.id, d.id from app_user u, division d
                where u.username = 'stat-xiangcheng' and d.level = 'county' and d.code <> '350602'
                  and d.parent_id = (select id from division where code = '350600')
                  and not exists (select 1 from user_scope s where s.user_id = u.id and s.division_id = d.id)""");
    }

    /** The shared database keeps 芗城区's statistician to 芗城区 for every other test. */
    @AfterEach
    void restoreTheScope() {
        db.execute("""
                delete from user_scope where user_id = (select id from app_user where username = 'stat-xiangcheng')
                  and division_id <> (select id from division where code = '350602')""");
    }

    @Test
    void at_1440_px_the_eleventh_district_is_in_view_without_scrolling() {
        var page = entryPage(1440, 900);
        var headers = page.locator(".entry-sheet .entry-header");
        assertThat(headers).hasCount(12);
        Browser.screenshot(page, "entry-sheet-1440");
        var sheet = page.locator(".entry-sheet").boundingBox();
        var eleventh = headers.nth(11).boundingBox();
        assertThat(sheet.x + sheet.width).as("the sheet ends on the screen").isLessThanOrEqualTo(1440);
        assertThat(eleventh.x + eleventh.width)
                .as("the eleventh district ends inside the sheet")
                .isLessThanOrEqualTo(sheet.x + sheet.width);
        Object scrollable = page.evaluate("() => { const s = document.querySelector('.entry-sheet');"
                + " return s.scrollWidth - s.clientWidth; }");
        assertThat(((Number) scrollable).intValue())
                .as("nothing left to scroll to")
                .isLessThanOrEqualTo(1);
        var field = page.locator("vaadin-text-field[data-col='10'][data-indicator=meal_schools] input");
        var box = field.boundingBox();
        assertThat(box.width).as("room for a five-digit figure").isGreaterThanOrEqualTo(40);
    }

    @Test
    void at_390_px_the_eleventh_district_is_reached_inside_the_sheet_and_the_page_does_not_scroll_sideways() {
        var page = entryPage(390, 844);
        var eleventh = page.locator(".entry-sheet .entry-header").nth(11);
        eleventh.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "entry-sheet-390");
        var box = eleventh.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(390);
        var indicator = page.locator(".entry-sheet .entry-indicator").first().boundingBox();
        assertThat(indicator.x)
                .as("the indicator column stays frozen at the left")
                .isGreaterThanOrEqualTo(0);
        assertThat(indicator.x + indicator.width).isLessThanOrEqualTo(box.x + 1);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
    }

    private Page entryPage(int width, int height) {
        var page = signedIn("stat-xiangcheng", "/entry", width, height);
        assertThat(page.locator(".entry-sheet"))
                .containsText(
                        "诏安县",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(60_000));
        return page;
    }
}
