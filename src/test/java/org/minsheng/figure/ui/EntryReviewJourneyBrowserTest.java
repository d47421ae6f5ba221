package org.minsheng.figure.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole maker-checker journey in Chromium: 芗城区's statistician enters January 2021 with one
 * warning explained, the reviewer returns a cell, the statistician fixes and resubmits, the reviewer
 * approves and publishes, and the leader sees the new totals. It commits real data, so it runs on
 * a database of its own.
 */
@TestPropertySource(properties = "minsheng.test.database=journey")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EntryReviewJourneyBrowserTest extends BrowserTest {

    @Test
    void a_month_goes_from_entry_through_return_and_approval_to_the_leaders_dashboard() {
        var statistician = signedIn("stat-xiangcheng", "/entry", 1440, 900);
        // the first page of a cold test server (class scanning, dev bundle check) can take longer than 5 s
        assertThat(statistician.locator("#entry-period"))
                .containsText("2021年1月", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        enter(statistician, "meal_schools", "4");
        enter(statistician, "dropouts", "0");
        enter(statistician, "family_doctor", "5000");
        enter(statistician, "road_widening", "0.3");
        enter(statistician, "passing_bays", "1");
        assertThat(statistician.locator(".cell-editor[data-state=draft]")).hasCount(5);

        var doctors = editor(statistician, "family_doctor");
        assertThat(doctors.locator(".cell-messages")).containsText("超过50%");
        statistician.locator("#submit-350602").click();
        assertThat(statistician.locator("#submit-problems")).containsText("情况说明");
        Browser.screenshot(statistician, "entry-submit-refused");
        statistician.keyboard().press("Escape");

        doctors.locator(".cell-explanation input").fill("新增家庭医生签约团队，覆盖面扩大");
        doctors.locator(".cell-explanation input").press("Tab");
        assertThat(doctors.locator(".cell-messages")).containsText("超过50%");
        statistician.waitForTimeout(500);
        statistician.locator("#submit-350602").click();
        assertThat(statistician.locator(".cell-editor[data-state=submitted]")).hasCount(5);

        var reviewer = signedIn("reviewer", "/review", 1440, 900);
        var card = reviewer.locator(".card[data-district='350602']");
        assertThat(card).containsText("新增家庭医生签约团队");
        card.locator("vaadin-button[data-indicator=passing_bays]").click();
        reviewer.locator("#return-reason textarea").fill("错车道数量与交通局台账不符，请核实");
        reviewer.locator("#confirm-return").click();
        assertThat(card.locator("vaadin-button[data-indicator=passing_bays]")).hasCount(0);

        statistician.navigate(base() + "/entry");
        var bays = editor(statistician, "passing_bays");
        assertThat(bays).hasAttribute("data-state", "returned");
        assertThat(bays.locator(".cell-messages")).containsText("错车道数量与交通局台账不符");
        enter(statistician, "passing_bays", "2");
        statistician.locator("#submit-350602").click();
        assertThat(statistician.locator(".cell-editor[data-state=submitted]")).hasCount(5);

        reviewer.navigate(base() + "/review");
        reviewer.locator(".card[data-district='350602'] .approve-district").click();
        assertThat(reviewer.locator(".card[data-district='350602']")).hasCount(0);
        Browser.publishPeriod(reviewer);
        assertThat(reviewer.locator("#review-queue h3")).containsText("2021年1月");
        Browser.screenshot(reviewer, "review-published");

        var leader = signedIn("leader", "/", 1440, 900);
        assertThat(leader.locator(".page h2")).containsText("2021");
        assertThat(leader.locator(".tile[data-indicator=meal_schools] .tile-value"))
                .hasText("4所");
        assertThat(leader.locator(".tile[data-indicator=passing_bays] .tile-value"))
                .hasText("2个");
        assertThat(leader.locator(".tile[data-indicator=family_doctor] .tile-value"))
                .hasText("5,000人");
        Browser.screenshot(leader, "dashboard-after-journey");
    }

    private static Locator editor(Page page, String indicator) {
        return page.locator(".cell-editor:has(vaadin-text-field[data-indicator=" + indicator + "])");
    }

    private static void enter(Page page, String indicator, String value) {
        var input = page.locator("vaadin-text-field[data-indicator=" + indicator + "] input");
        input.fill(value);
        input.press("Enter");
        assertThat(editor(page, indicator)).hasAttribute("data-state", "draft");
    }
}
