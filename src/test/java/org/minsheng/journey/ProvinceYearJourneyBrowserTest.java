package org.minsheng.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.minsheng.support.PdfText;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17's province year through the screens only, on the province demo (approval levels city and
 * province) in 2021: 漳浦县's and 思明区's statisticians type January and submit; 漳州市's and 厦门市's
 * reviewers approve and publish their city's year; the province accepts 漳州市 and returns 厦门市 with a
 * reason; the leader's page counts 漳州市 only and says why; 厦门市 reads the reason and offers its year
 * again; the province accepts every city, publishes its own year and downloads the PDF.
 * {@link ProvinceYearJourneyTest} walks the same year through the services. It commits real data, so it
 * runs on a database of its own.
 */
@TestPropertySource(
        properties = {
            "minsheng.test.database=province-browser",
            "minsheng.city-code=350000",
            "minsheng.demo-province=true"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProvinceYearJourneyBrowserTest extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions COLD_START =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);
    private static final String JANUARY = "2021年1月";
    private static final String YEAR = "2021年";
    private static final String REASON = "思明区家庭医生签约人数与卫健部门口径不一致，请核实";
    /** Fujian's cities but 漳州市 and 厦门市, which the province accepts once 厦门市 has answered. */
    private static final List<String> OTHER_CITIES =
            List.of("350100", "350300", "350400", "350500", "350700", "350800", "350900");

    @Test
    void a_province_year_goes_from_the_counties_screens_to_the_provinces_pdf() throws Exception {
        // 1. two counties of two cities type January and submit
        enterAndSubmit("stat-zhangpu", "350623", ProvinceYearJourneyTest.ZHANGPU);
        enterAndSubmit("stat-siming", "350203", ProvinceYearJourneyTest.SIMING);

        // 2. each city's reviewer approves its county and publishes the city's year
        approveAndPublish("reviewer-zhangzhou", "350623", "350600", "漳州市");
        approveAndPublish("reviewer-xiamen", "350203", "350200", "厦门市");

        // 2b. 漳州市's year is published: 漳浦县's January now changes only as a correction with its reason,
        // and a value typed before the reason waits in its field, written nowhere
        var locked = signedIn("stat-zhangpu", "/entry", 1440, 900);
        choose(locked, "#entry-period", JANUARY);
        assertThat(locked.locator(".entry-correction-note")).containsText("本年度数据已发布并锁定");
        var schools = locked.locator(".cell-editor:has(vaadin-text-field.cell-value[data-indicator=meal_schools])");
        schools.locator("vaadin-text-field.cell-value input").fill("41");
        schools.locator("vaadin-text-field.cell-value input").press("Tab");
        assertThat(schools.locator(".cell-messages")).hasText("本单位本年度数据已发布：更正需填写修订原因");
        assertThat(schools.locator("vaadin-text-field.cell-correction")).hasAttribute("invalid", "");
        Browser.screenshot(locked, "province-2021-entry-locked-after-publication");

        // 3. the province accepts 漳州市 and returns 厦门市 with a reason
        var province = signedIn("reviewer", "/review", 1440, 900);
        assertThat(province.locator("#acceptance"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        choose(province, "#acceptance-year", YEAR);
        var grid = province.locator("#acceptance-grid");
        province.locator("#accept-350600").click();
        assertThat(Browser.notification(province, "已接收漳州市2021年数据")).isVisible();
        assertThat(province.locator("#accept-350600")).isDisabled();
        province.locator("#return-350200").click();
        province.locator("#acceptance-return-reason textarea").fill(REASON);
        province.locator("#acceptance-confirm-return").click();
        assertThat(Browser.notification(province, "已将厦门市2021年数据退回")).isVisible();
        assertThat(grid).containsText("口径不一致");
        assertThat(province.locator("#return-350200")).isDisabled();
        Browser.screenshot(province, "province-2021-acceptance-returned");

        // 4. the leader's page counts 漳州市 only, and says 厦门市 is left out and why
        var leader = signedIn("leader", "/?year=2021", 1440, 900);
        assertThat(leader.locator("#acceptance-note")).containsText("合计只计入已确认", COLD_START);
        // the province's leader, not the city demo's 「市纪委监委领导」 the province demo is built on
        assertThat(leader.locator(".app-user")).hasText("省纪委监委领导");
        assertThat(leader.locator("#acceptance-note")).containsText("厦门市");
        assertThat(leader.locator(".tile[data-indicator=road_widening] .tile-value"))
                .containsText("1.5");
        Browser.screenshot(leader, "province-2021-dashboard-zhangzhou-only");

        // 5. 厦门市 reads the reason and offers its year again
        var xiamen = signedIn("reviewer-xiamen", "/review", 1440, 900);
        choose(xiamen, "#acceptance-year", YEAR);
        assertThat(xiamen.locator("#acceptance-own-status")).containsText("口径不一致", COLD_START);
        Browser.screenshot(xiamen, "province-2021-xiamen-returned");
        xiamen.locator("#acceptance-reoffer").click();
        assertThat(Browser.notification(xiamen, "厦门市2021年数据已重新报送上级")).isVisible();
        assertThat(xiamen.locator("#acceptance-own-status")).containsText("等待上级接收");

        // the province accepts 厦门市 and the cities that reported nothing in 2021
        province.navigate(base() + "/review");
        choose(province, "#acceptance-year", YEAR);
        accept(province, "350200");
        Browser.screenshot(province, "province-2021-acceptance-nothing-reported");
        for (var city : OTHER_CITIES) {
            // nothing of 2021 reported: the row says so, and 接收 asks first
            assertThat(province.locator("#accept-empty-" + city)).containsText("尚无报送的数据");
            province.locator("#accept-" + city).click();
            province.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("仍然接收").setExact(true))
                    .click();
            assertThat(province.locator("#accept-" + city)).isDisabled();
        }
        Browser.screenshot(province, "province-2021-acceptance-all");

        // every city counted: 1.5 + 2.5 km, the note gone; on a phone too
        leader.navigate(base() + "/?year=2021");
        assertThat(leader.locator(".tile[data-indicator=road_widening] .tile-value"))
                .containsText("4");
        assertThat(leader.locator("#acceptance-note")).isHidden();
        var phone = signedIn("leader", "/?year=2021", 390, 844);
        assertThat(phone.locator(".tile[data-indicator=road_widening] .tile-value"))
                .containsText("4", COLD_START);
        Browser.screenshot(phone, "province-2021-dashboard-phone");

        // the province publishes its own year and downloads the PDF
        province.navigate(base() + "/publication");
        choose(province, "#publication-year", "2021");
        publish(province, "福建省");
        Browser.screenshot(province, "province-2021-published-350000");
        var pdf =
                province.waitForDownload(() -> province.locator("#download-pdf").click());
        assertThat(pdf.suggestedFilename()).contains("2021");
        var text = PdfText.withoutSpaces(Files.readAllBytes(pdf.path()));
        assertThat(text).contains("福建省纪委监委", "第1版", "漳州市", "厦门市");
    }

    /** The statistician types the five values, explains any that warns, and submits the county. */
    private void enterAndSubmit(String user, String county, Map<String, String> values) {
        var page = signedIn(user, "/entry", 1440, 900);
        choose(page, "#entry-period", JANUARY);
        for (var entry : values.entrySet()) {
            var editor = page.locator(".cell-editor:has(vaadin-text-field.cell-value[data-indicator=" + entry.getKey()
                    + "][data-division='" + county + "'])");
            var field = editor.locator("vaadin-text-field.cell-value input");
            field.fill(entry.getValue());
            field.press("Tab");
            // saved: the server answered, and with it whether a warning asks for an explanation
            assertThat(editor).hasAttribute("data-state", "draft");
            var explanation = editor.locator("vaadin-text-field.cell-explanation");
            if (explanation.isVisible()) {
                explanation.locator("input").fill("县级统计员按月报送");
                explanation.locator("input").press("Tab");
            }
        }
        Browser.screenshot(page, "province-2021-entry-" + user);
        page.locator("#submit-" + county).click();
        assertThat(Browser.notification(page, "已提交 5 项数据")).isVisible();
        assertThat(page.locator(".cell-editor[data-state=submitted]")).hasCount(5);
    }

    /** A city's reviewer approves its county's January, then publishes the city's year. */
    private void approveAndPublish(String user, String county, String city, String cityName) {
        var page = signedIn(user, "/review", 1440, 900);
        page.locator("#period-grid").getByText(JANUARY).first().click();
        var card = page.locator(".card[data-district='" + county + "']");
        assertThat(card).containsText("家庭医生", COLD_START);
        card.locator(".approve-district").click();
        assertThat(Browser.notification(page, "已批准 5 项数据")).isVisible();
        assertThat(card).hasCount(0);
        page.navigate(base() + "/publication?division=" + city);
        choose(page, "#publication-year", "2021");
        publish(page, cityName);
        Browser.screenshot(page, "province-2021-published-" + city);
    }

    /** The publish button and its confirmation; published is a state the page then shows. */
    private static void publish(Page page, String unit) {
        assertThat(page.locator("#unit-publication-status")).containsText(unit + "2021年度数据尚未发布", COLD_START);
        page.locator("#publish-unit").click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("确认发布").setExact(true))
                .click();
        assertThat(page.locator("#unit-publication-status")).containsText(unit + "2021年度数据已于");
        assertThat(page.locator("#unit-publication-status")).containsText("第1版");
    }

    private static void accept(Page province, String city) {
        var button = province.locator("#accept-" + city);
        assertThat(button).isEnabled();
        button.click();
        // accepted: the row's button is disabled after the grid is redrawn
        assertThat(button).isDisabled();
    }

    private static void choose(Page page, String select, String text) {
        page.locator(select).first().click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }
}
