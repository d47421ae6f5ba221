package org.minsheng.indicator.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;

/**
 * The indicator dialog's refusal of a 最大值 below a stored figure stands where the administrator sees it. At
 * 390 px the save focused the field, which scrolled only its input into view: the message under it stayed
 * hidden beneath the dialog's buttons, and 保存 seemed to do nothing but turn the field red. Nothing is
 * saved, so the shared demo database is left as it was.
 */
class RangeRefusalBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {390, 1440})
    void the_message_naming_the_stored_figure_is_on_the_screen(int width) {
        var page = signedIn("admin", "/admin/indicators", width, width < 800 ? 844 : 900);
        var edit = page.locator("vaadin-button.indicator-edit").first();
        // At 390 px the button is off to the right: a phone user swipes the grid, then taps. A click that
        // scrolls the grid in the same gesture reaches it while it is scrolling and is not taken, so the
        // swipe comes first and the tap waits until the grid has stopped.
        edit.scrollIntoViewIfNeeded();
        page.waitForFunction("() => !document.querySelector('#indicator-grid').hasAttribute('scrolling')");
        edit.click();
        page.locator("#indicator-max input").fill("1");
        page.locator("#indicator-save").click();
        var message = page.locator("#indicator-max [slot=error-message]");
        assertThat(message).containsText("大于最大值 1", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        // the dialog scrolls once the message is painted: wait for the state, not for a time
        try {
            page.waitForFunction(UNCOVERED, message.elementHandle());
        } catch (TimeoutError e) {
            Browser.screenshot(page, "indicator-max-refused-" + width);
            throw new AssertionError("the message under 最大值 stays out of sight at " + width + " px", e);
        }
        Browser.screenshot(page, "indicator-max-refused-" + width);
    }

    /**
     * Whether the element is what the page shows at each corner of its box: not under the dialog's footer,
     * not scrolled out of the dialog's content, not outside the window.
     */
    private static final String UNCOVERED = """
            e => {
              const r = e.getBoundingClientRect();
              const at = (x, y) => { const hit = document.elementFromPoint(x, y); return hit === e || e.contains(hit); };
              return r.height > 0 && at(r.left + 2, r.top + 2) && at(r.right - 2, r.top + 2)
                && at(r.left + 2, r.bottom - 2) && at(r.right - 2, r.bottom - 2);
            }""";
}
