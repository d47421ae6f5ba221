package org.minsheng.dashboard.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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
        assertThat(tiles.first()).isVisible();
        assertThat(page.locator(".tile[data-indicator=meal_schools] .tile-value")).hasText("156所");
        assertThat(page.locator(".tile[data-indicator=road_widening] .tile-value")).hasText("117公里");
        assertThat(page.locator(".tile[data-indicator=passing_bays] .tile-value")).hasText("267个");
        assertThat(page.locator(".tile[data-indicator=family_doctor] .tile-value")).hasText("11.8万人");
        assertThat(page.locator(".tile[data-indicator=dropouts]")).containsText("已实现清零");

        var canvas = page.locator("campaign-chart canvas");
        page.waitForFunction("() => { const c = document.querySelector('campaign-chart canvas');"
                + " return c && c.width > 0 && c.height > 0 && document.querySelector('campaign-chart')._chart; }");
        var box = canvas.boundingBox();
        assertThat(box.width).isGreaterThan(200);
        assertThat(box.height).isGreaterThan(100);
        Object bars = page.evaluate("() => document.querySelector('campaign-chart')._chart.getDatasetMeta(0).data.length");
        assertThat(((Number) bars).intValue()).isEqualTo(11);
        assertThat(page.locator("#district-table")).containsText("芗城区");
        Browser.screenshot(page, "dashboard-leader-1440");
    }

    @Test
    void a_statistician_is_refused_the_reviewers_page() {
        var page = browser.newPage(1440, 900);
        Browser.signIn(page, base(), "stat-xiangcheng");
        assertThat(page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("审核与发布"))).hasCount(0);

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
