package org.minsheng.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    /**
     * A bar without a value says why on the public page and in embeds, as on the dashboard and in print: the
     * server sends each dataset's gapLabels (不适用 or 暂无数据), which Chart.js leaves undrawn, so a unit that
     * answered 不适用 was an empty band. Checked on a chart drawn on the page with its own scripts.
     */
    @Test
    void a_bar_without_a_value_is_labelled_with_its_gap_word() {
        var page = browser.newPage(1440, 900);
        page.navigate(base() + "/public/2020");
        page.waitForFunction("() => typeof Chart !== 'undefined'"
                + " && [...document.querySelectorAll('figure.chart canvas')].every(c => Chart.getChart(c))");
        Object drawn = page.evaluate("""
                () => {
                  const written = [];
                  const fillText = CanvasRenderingContext2D.prototype.fillText;
                  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
                    written.push(String(text));
                    return fillText.call(this, text, ...rest);
                  };
                  const canvas = document.createElement('canvas');
                  canvas.width = 600;
                  canvas.height = 300;
                  document.body.appendChild(canvas);
                  new Chart(canvas, {
                    type: 'bar',
                    data: {
                      labels: ['漳浦县', '芗城区', '龙文区'],
                      datasets: [{ data: [null, 4, null], gapLabels: ['不适用', null, '暂无数据'] }]
                    },
                    options: { indexAxis: 'y', animation: false, responsive: false }
                  });
                  CanvasRenderingContext2D.prototype.fillText = fillText;
                  return written;
                }""");
        assertThat(((List<?>) drawn).stream().map(String::valueOf).toList()).contains("不适用", "暂无数据");
        Object sent = page.evaluate("() => [...document.querySelectorAll('script.chart-config')].every(s =>"
                + " JSON.parse(s.textContent).data.datasets.some(d => Array.isArray(d.gapLabels)))");
        assertThat(sent).as("the page's rankings carry their gap words").isEqualTo(true);
    }
}
