package org.minsheng.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minsheng.support.Accessibility;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;

/**
 * The public disclosure page in Chromium, nobody signed in, on a 1440 px screen and a 390 px phone: every
 * ranking drawn by Chart.js under the page's strict CSP (no inline script, nothing refused in the
 * console), the page never scrolling sideways (the units' tables scroll inside themselves), and axe-core
 * finding no serious or critical WCAG 2 A/AA violation.
 */
class PublicPageBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {1440, 390})
    void every_chart_is_drawn_nothing_overflows_and_axe_finds_no_serious_violation(int width) throws Exception {
        var page = browser.newPage(width, 900);
        var problems = new ArrayList<String>();
        page.onConsoleMessage((ConsoleMessage m) -> {
            if (m.type().equals("error") || m.type().equals("warning")) {
                problems.add(m.text());
            }
        });
        page.onPageError(problems::add);

        page.navigate(base() + "/public/2020");
        page.waitForFunction("() => document.querySelectorAll('figure.chart canvas').length > 0"
                + " && [...document.querySelectorAll('figure.chart canvas')].every(c => Chart.getChart(c))");
        Browser.screenshot(page, "public-2020-" + width);
        // what a visitor sees first, at the size they see it
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve("public-2020-" + width + "-first-screen.png")));

        int charts = page.locator("figure.chart canvas").count();
        assertThat(charts).as("a ranking per charted indicator").isEqualTo(5);
        Object drawnHeights =
                page.evaluate("() => [...document.querySelectorAll('figure.chart canvas')].every(c => c.height > 100)");
        assertThat(drawnHeights).isEqualTo(true);
        Object sideways =
                page.evaluate("() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth");
        assertThat(((Number) sideways).intValue())
                .as("the page does not scroll sideways")
                .isLessThanOrEqualTo(0);
        assertThat(problems).as("nothing refused or broken in the console").isEmpty();
        assertThat(Accessibility.seriousViolations(page))
                .as("axe-core, WCAG 2 A and AA")
                .isEmpty();
        assertThat(page.context().cookies()).as("no cookie for a visitor").isEmpty();
    }
}
