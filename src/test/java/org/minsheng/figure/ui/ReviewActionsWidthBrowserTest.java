package org.minsheng.figure.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every action of the review page is on the screen, at 390 px (a phone) as at 1440 px, on the province
 * demo: the province reviewer's 接收 and 退回 for each city (a stranger's trial found them cut off at the
 * right edge on a phone), and a city reviewer's 批准 and 退回 beside each submitted figure. A button
 * counts as reachable when it lies inside the viewport without scrolling the grid sideways, and the page
 * itself never scrolls sideways.
 */
@ProvinceDemo
class ReviewActionsWidthBrowserTest extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions COLD_START =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    @Autowired
    DSLContext db;

    /** Two submitted figures of 漳浦县's January 2021 for 漳州市's reviewer to approve or return. */
    @BeforeEach
    void zhangpuSubmitsJanuary() {
        int january = Catalogue.monthId(db, 2021, 1);
        Catalogue.figureIn(db, "meal_schools", "350623", january, "submitted", "stat-zhangpu");
        Catalogue.figureIn(db, "family_doctor", "350623", january, "submitted", "stat-zhangpu");
    }

    /** The province demo's database is shared with other tests: nothing of January stays. */
    @AfterEach
    void removeThem() {
        db.execute("""
                delete from figure where period_id = ? and status = 'submitted'
                  and division_id = (select id from division where code = '350623')""", Catalogue.monthId(db, 2021, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1440})
    void the_provinces_accept_and_return_buttons_are_on_the_screen(int width) {
        var page = signedIn("reviewer", "/review", width, height(width));
        var buttons = page.locator("#acceptance-grid vaadin-button");
        assertThat(buttons.first()).isVisible(COLD_START);
        assertThat(buttons).hasCount(18);
        Browser.screenshot(page, "review-acceptance-" + width);
        allInside(page, buttons, width);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1440})
    void a_city_reviewers_approve_and_return_buttons_are_on_the_screen(int width) {
        var page = zhangpuQueue(width);
        var card = zhangpuCard(page);
        var buttons = card.locator("vaadin-grid vaadin-button");
        assertThat(buttons).hasCount(4);
        card.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "review-figures-" + width);
        allInside(page, buttons, width);
    }

    /**
     * On a phone the value columns scroll beneath the pinned actions, so each submitted value is written
     * under its indicator's name, where nothing covers it (a stranger's trial saw 批准 beside names only);
     * on a desktop the value has its column and the line is not shown.
     */
    @ParameterizedTest
    @ValueSource(ints = {390, 1440})
    void a_city_reviewer_sees_each_submitted_value_beside_its_buttons(int width) {
        var page = zhangpuQueue(width);
        var card = zhangpuCard(page);
        var values = card.locator(".review-narrow-value");
        assertThat(values).hasCount(2);
        if (width >= 600) {
            for (int i = 0; i < values.count(); i++) {
                assertThat(values.nth(i)).isHidden();
            }
            return;
        }
        for (int i = 0; i < values.count(); i++) {
            var value = values.nth(i);
            assertThat(value).isVisible();
            assertThat(value).containsText("报送值");
            value.scrollIntoViewIfNeeded();
            var box = value.boundingBox();
            assertThat(box.x + box.width)
                    .as("%s ends on the screen", value.textContent())
                    .isLessThanOrEqualTo(width);
            Object hit = page.evaluate(
                    "v => { const r = v.getBoundingClientRect();"
                            + " const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                            + " return at === v || v.contains(at); }",
                    value.elementHandle());
            assertThat((Boolean) hit)
                    .as("%s is not under the actions", value.textContent())
                    .isTrue();
        }
    }

    /**
     * The return dialog's title keeps the padding its reason field has, on both sides, and wraps within it:
     * Lumo pads a title's end only by the header's narrower space, and the title, being the widest line,
     * sets the dialog's width, so it ended nearer the edge than everything under it (a stranger's trial saw
     * it touch the dialog's edge).
     */
    @ParameterizedTest
    @ValueSource(ints = {390, 1440})
    void the_return_dialogs_title_sits_inside_the_dialog_as_its_reason_field_does(int width) {
        var page = zhangpuQueue(width);
        var card = zhangpuCard(page);
        card.locator("vaadin-button[data-indicator='family_doctor']").click();
        var reason = page.locator("#return-reason");
        assertThat(reason).isVisible();
        Browser.screenshot(page, "review-return-dialog-" + width);
        var title = page.locator("vaadin-dialog [part=title]").boundingBox();
        var field = reason.boundingBox();
        // half a pixel for the browser's rounding of sub-pixel boxes; the defect was eight
        assertThat(title.x).as("the title's start").isGreaterThanOrEqualTo(field.x - 0.5);
        assertThat(title.x + title.width).as("the title's end").isLessThanOrEqualTo(field.x + field.width + 0.5);
    }

    /** 漳州市's reviewer's review page at the width, once 漳浦县's card with its two figures is drawn. */
    private Page zhangpuQueue(int width) {
        var page = signedIn("reviewer-zhangzhou", "/review", width, height(width));
        assertThat(zhangpuCard(page)).isVisible(COLD_START);
        return page;
    }

    private static Locator zhangpuCard(Page page) {
        return page.locator(".card[data-district='350623']");
    }

    /** A phone's screen (390 × 844) or a desktop's (1440 × 900). */
    private static int height(int width) {
        return width < 600 ? 844 : 900;
    }

    private static void allInside(Page page, Locator buttons, int width) {
        for (int i = 0; i < buttons.count(); i++) {
            var button = buttons.nth(i);
            var box = button.boundingBox();
            assertThat(box.x).as(button.textContent()).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width)
                    .as("%s ends on the screen", button.textContent())
                    .isLessThanOrEqualTo(width);
            if (!button.isEnabled()) {
                continue; // a disabled button takes no pointer: nothing to hit, but it must be in view above
            }
            // the grid clips what it scrolls away: the button's middle must be what the browser hits there,
            // once the layout's content is scrolled to it (nine rows with hints run below the fold). Scrolling
            // comes after this button's box was checked inside the screen's width above, so a button cut off
            // at the grid's right edge fails there before any scroll could bring it in
            button.scrollIntoViewIfNeeded();
            Object hit = page.evaluate(
                    "b => { const r = b.getBoundingClientRect();"
                            + " const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                            + " return at === b || b.contains(at); }",
                    button.elementHandle());
            assertThat((Boolean) hit)
                    .as("%s can be clicked where it is", button.textContent())
                    .isTrue();
        }
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(width);
    }
}
