package org.minsheng.period.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The administrator prepares 2021 through the screens alone: opens the reporting calendar, copies
 * the targets (龙海市's go to the renamed 龙海区), creates 龙海区's statistician, who then signs in and
 * reports into the new year. It commits real data, so it runs on a database of its own.
 */
@TestPropertySource(properties = "minsheng.test.database=next-year")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NextYearBrowserTest extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions COLD_START =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

    @Test
    void an_administrator_prepares_2021_in_the_browser_and_longhais_statistician_reports_into_it() {
        var admin = signedIn("admin", "/admin/calendar", 1440, 900);
        var year = admin.locator("#calendar-year input");
        year.fill("2021");
        admin.locator("#create-year").click();
        // periods are made only once the question naming them is answered
        admin.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("生成").setExact(true))
                .click();
        assertThat(Browser.notification(admin, "2021 年新增 12 个报送期"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(admin.locator("#calendar-grid")).containsText("2021年3月");
        // a due date typed as the grid shows dates: it took only 2021/4/15 and went red with no word
        admin.locator(".period-due[data-period='2021年3月']").click();
        var dueOn = admin.locator("#due-date-dialog vaadin-date-picker input");
        // Enter saves, from the keyboard (the picker's open calendar lies over the button)
        dueOn.fill("2021-03-15");
        dueOn.press("Enter");
        assertThat(admin.locator("#due-date-dialog vaadin-date-picker")).containsText("截止日期不能早于报送期的最后一天（2021-03-31）");
        dueOn.fill("2021-04-15");
        dueOn.press("Enter");
        assertThat(admin.locator("#due-date-dialog")).hasCount(0);
        assertThat(admin.locator("#calendar-grid")).containsText("2021-04-15");

        admin.navigate(base() + "/admin/targets");
        var targetYear = admin.locator("#target-year input");
        targetYear.fill("2021");
        targetYear.press("Tab");
        assertThat(admin.locator("#copy-targets")).containsText("2020", COLD_START);
        admin.locator("#copy-targets").click();
        assertThat(Browser.notification(admin, "已从 2020 年复制 61 个目标值")).isVisible();
        assertThat(admin.locator("#target-grid")).containsText("龙海区");
        Browser.screenshot(admin, "admin-targets-2021");

        admin.navigate(base() + "/admin/users");
        admin.locator("#new-user").click();
        admin.locator("#user-username input").fill("stat-longhai");
        admin.locator("#user-display-name input").fill("龙海区统计员");
        admin.locator("#user-password input").fill("Longhai-2021-stat");
        admin.locator("#user-roles vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("统计员"))
                .click();
        var scope = admin.locator("#user-scope input");
        scope.fill("龙海区");
        admin.waitForTimeout(500);
        scope.press("ArrowDown");
        scope.press("Enter");
        // Escape would close the whole dialog; leaving the field closes only the list
        scope.press("Tab");
        Browser.screenshot(admin, "admin-user-dialog");
        admin.locator("#user-save").click();
        assertThat(admin.locator("#user-dialog")).hasCount(0);
        assertThat(admin.locator("#user-grid")).containsText("stat-longhai");
        assertThat(admin.locator("#user-grid")).containsText("龙海区");
        Browser.screenshot(admin, "admin-user-created");

        var statistician = browser.newPage(1440, 900);
        Browser.signIn(statistician, base(), "stat-longhai", "Longhai-2021-stat");
        statistician.navigate(base() + "/entry");
        assertThat(statistician.locator("#entry-period")).containsText("2021年1月", COLD_START);
        assertThat(statistician.locator("#entry-period vaadin-select-value-button")) // the month due first
                .containsText("2021年1月");
        assertThat(statistician.locator(".entry-sheet")).containsText("龙海区");
        Browser.screenshot(statistician, "longhai-entry-opened");
        var meals = statistician.locator("vaadin-text-field[data-indicator=meal_schools] input");
        meals.fill("18");
        meals.press("Enter");
        assertThat(statistician.locator(".cell-editor:has(vaadin-text-field[data-indicator=meal_schools])"))
                .hasAttribute("data-state", "draft");
        Browser.screenshot(statistician, "longhai-entry-2021");
    }
}
