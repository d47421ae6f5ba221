package org.minsheng.dashboard.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;

/** The first user journeys in a real Chromium against the running application. */
class DashboardBrowserTest extends BrowserTest {

    @Test
    void a_leader_signs_in_and_sees_the_2020_results_with_a_drawn_chart_of_eleven_districts() {
        var page = browser.newPage(1440, 900);
        Browser.signIn(page, base(), "leader");

        Locator tiles = page.locator(".tile");
        // the first page of a fresh server may wait for the dev bundle: give it the page timeout
        assertThat(tiles.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator(".tile[data-indicator=meal_schools] .tile-value"))
                .hasText("156所");
        assertThat(page.locator(".tile[data-indicator=road_widening] .tile-value"))
                .hasText("117公里");
        assertThat(page.locator(".tile[data-indicator=passing_bays] .tile-value"))
                .hasText("267个");
        assertThat(page.locator(".tile[data-indicator=family_doctor] .tile-value"))
                .hasText("11.8万人");
        assertThat(page.locator(".tile[data-indicator=dropouts]")).containsText("已实现清零");

        Browser.waitForChart(page, "#ranking-chart");
        var canvas = page.locator("#ranking-chart campaign-chart canvas");
        var box = canvas.boundingBox();
        assertThat(box.width).isGreaterThan(200);
        assertThat(box.height).isGreaterThan(100);
        Object bars = page.evaluate(
                "() => document.querySelector('#ranking-chart campaign-chart')._chart.getDatasetMeta(0).data.length");
        assertThat(((Number) bars).intValue()).isEqualTo(11);
        assertThat(page.locator("#district-table")).containsText("芗城区");
        Browser.screenshot(page, "dashboard-leader-1440");

        // the chart's figures as a table, behind its disclosure, for screen readers and exact values
        page.locator("#ranking-chart vaadin-details-summary").click();
        var table = page.locator("#ranking-chart table.data-table");
        assertThat(table).isVisible();
        assertThat(table.locator("caption")).containsText("各区县营养改善计划学校排名");
        assertThat(table.locator("tbody tr")).hasCount(11);
        assertThat(table.locator("tbody tr").first()).hasText(Pattern.compile("平和县\\s*28\\s*26"));
        table.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "dashboard-leader-1440-chart-table");
    }

    /**
     * The units' table sorts in a real browser, not only in the server-side tests, which hand the click's
     * data to the listener themselves: in Chromium the data comes from expressions evaluated on every click
     * on the table, and one that threw for a click meant for another button left every header click unsent.
     */
    @Test
    void a_column_header_sorts_the_districts_in_the_browser() {
        var page = browser.newPage(1440, 900);
        Browser.signIn(page, base(), "leader");
        var units = page.locator("#district-table tbody th");
        assertThat(units.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        var asGiven = units.allTextContents();
        page.locator("#district-table button[data-sort=name]").click();
        assertThat(page.locator("#district-table th[aria-sort=ascending] button[data-sort=name]"))
                .hasCount(1);
        assertThat(units.allTextContents())
                .isEqualTo(asGiven.stream().sorted().toList())
                .isNotEqualTo(asGiven);
        // the order is in the address, so the reload the language switch does keeps it (it was lost)
        page.locator("#district-table button[data-sort=name]").click();
        assertThat(page.locator("#district-table th[aria-sort=descending] button[data-sort=name]"))
                .hasCount(1);
        page.waitForURL(url -> url.contains("sort=-name"));
        page.reload();
        assertThat(page.locator("#district-table th[aria-sort=descending] button[data-sort=name]"))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(units.allTextContents())
                .isEqualTo(asGiven.stream().sorted().toList().reversed());
    }

    @Test
    void on_a_phone_the_dashboard_reflows_without_sideways_scrolling() {
        var page = browser.newPage(390, 844);
        Browser.signIn(page, base(), "leader");
        assertThat(page.locator(".tile[data-indicator=family_doctor] .tile-value"))
                .containsText("11.8万");
        Browser.waitForChart(page, "#ranking-chart");
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
        Browser.screenshot(page, "dashboard-leader-390");
        // the layout scrolls inside the app shell, so each part is shown by scrolling to it
        page.locator("#ranking-chart").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "dashboard-leader-390-ranking");
        page.locator("#district-table").scrollIntoViewIfNeeded();
        width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
        Browser.screenshot(page, "dashboard-leader-390-pivot");
    }

    @Test
    void a_leader_changes_the_period_clicks_a_district_bar_and_the_address_brings_the_view_back() {
        var page = browser.newPage(1440, 900);
        Browser.signIn(page, base(), "leader");
        Browser.waitForChart(page, "#ranking-chart");
        page.locator("#ranking-chart").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "dashboard-leader-1440-charts");
        page.locator("#completion-heatmap").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "dashboard-leader-1440-heatmap");

        // the filters are native selects, found by their label as a screen reader names them
        page.getByLabel("统计期").selectOption(new SelectOption().setLabel("季度"));
        page.waitForURL(url -> url.contains("period=quarter"));
        assertThat(page.locator("#dashboard-meta")).containsText("2020年10—12月");
        // by keyboard: an arrow key picks the quarter before, and focus stays on the select it was on
        page.locator("#filter-part").focus();
        page.keyboard().press("ArrowUp");
        page.waitForURL(url -> url.contains("part=3"));
        assertThat(page.locator("#dashboard-meta")).containsText("2020年7—9月");
        assertThat(page.locator("#filter-part")).isFocused();
        page.getByLabel("月份/季度").selectOption("4");
        page.waitForURL(url -> url.contains("part=4"));

        Browser.waitForChart(page, "#ranking-chart");
        // The first (longest) bar is 平和县's; click its middle.
        Object point = page.evaluate("() => { const el = document.querySelector('#ranking-chart campaign-chart');"
                + " el.scrollIntoView({block: 'center'}); const bar = el._chart.getDatasetMeta(0).data[0]; const box = el.querySelector('canvas').getBoundingClientRect();"
                + " return [box.left + (bar.x + bar.base) / 2, box.top + bar.y]; }");
        var xy = (List<?>) point;
        page.mouse().click(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
        page.waitForURL(url -> url.contains("division=350628"));
        assertThat(page.locator(".page h2")).containsText("平和县");
        assertThat(page.locator("#back-to-city")).isVisible();
        Browser.screenshot(page, "dashboard-district-1440");

        page.goBack();
        page.waitForURL(url -> !url.contains("division="));
        assertThat(page.locator(".page h2")).containsText("漳州市");

        page.navigate(base() + "/?year=2020&period=quarter&part=1&division=350623");
        assertThat(page.locator(".page h2")).containsText("漳浦县");
        // 漳浦县's 38 passing bays by the end of March: floor(38 / 4) = 9
        assertThat(page.locator(".tile[data-indicator=passing_bays] .tile-value"))
                .hasText("9个");
        assertThat(page.locator("#dashboard-meta")).containsText("2020年1—3月");
    }

    @Test
    void a_statistician_is_refused_the_reviewers_page() {
        var page = browser.newPage(1440, 900);
        Browser.signIn(page, base(), "stat-xiangcheng");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("审核与发布")))
                .hasCount(0);

        page.navigate(base() + "/review");
        assertThat(page.locator(".page h2")).hasText("页面不存在或无权访问");
        assertThat(page.locator("#period-grid")).hasCount(0);
        Browser.screenshot(page, "review-refused-statistician");
    }

    @Test
    void a_reviewer_opens_the_reviewers_page() {
        var page = browser.newPage(1440, 900);
        Browser.signIn(page, base(), "reviewer");
        page.navigate(base() + "/review");
        assertThat(page.locator("#period-grid")).isVisible();
        assertThat(page.locator(".page h2")).hasText("审核与发布");
    }
}
