package org.minsheng.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.minsheng.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A second year, end to end, as a real office would run it, through the screens only: the
 * administrator opens 2021 and declares it annual reporting only; the city statistician imports the
 * city-level indicators with the template's columns, and 漳浦县's statistician (also for 云霄县)
 * imports both districts' year totals from the office's own long list; one period-wide submit, one
 * period-wide approval, publication; a correction typed value first, approved; then the leader's
 * dashboard, the year-in-review PDF and the district table's XLSX are read back for the numbers.
 * It commits real data, so it runs on a database of its own.
 */
@TestPropertySource(properties = "minsheng.test.database=second-year")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SecondYearJourneyBrowserTest extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions COLD_START =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);
    private static final String YEAR = "2021年（年报）";

    /** The city's own figures, in the template's columns. */
    private static final String CITY_FILE = """
            报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明
            2021,350600,漳州市,lead_departments,,,,21,新增4个牵头部门
            2021,350600,漳州市,problem_categories,,,,9,新增整治类别
            """;

    /** An office's own long list: names, short names and codes mixed, one figure a line. */
    private static final String LONG_LIST = """
            区县,指标,期间,数值,情况说明
            漳浦县,营养改善计划学校,2021年,41,全年合计，已与教育局台账核对
            350623,dropouts,2021,0,全年保持清零
            漳浦县,交叉指导检查学校,2021年,12,全年合计
            漳浦县,家庭医生签约覆盖,2021,15000,全年合计，卫健局提供
            漳浦县,农村公路单改双,2021,14.2,全年合计，交通局提供
            漳浦县,增设错车道,2021,30,全年合计，交通局提供
            云霄县,实施营养改善计划的农村公办义务教育寄宿制学校,2021年,30,全年合计，已与教育局台账核对
            云霄县,贫困家庭儿童辍学,2021年,0,全年保持清零
            350622,cross_inspected,2021,8,全年合计
            云霄县,家庭医生签约覆盖,2021年,9000,全年合计，卫健局提供
            云霄县,road_widening,2021,6.5,全年合计，交通局提供
            云霄县,增设错车道,2021,11,全年合计，交通局提供
            """;

    @Autowired
    DSLContext db;

    @Test
    void a_second_year_goes_from_the_calendar_through_annual_imports_and_a_correction_to_the_published_outputs()
            throws Exception {
        // 漳浦县's statistician also reports for 云霄县 this year (the only set-up not done on screen)
        db.execute("insert into user_scope (user_id, division_id) select u.id, d.id from app_user u, division d "
                + "where u.username = 'stat-zhangpu' and d.code = '350622'");

        // 1. the administrator opens 2021 and declares it annual reporting only
        var admin = signedIn("admin", "/admin/calendar", 1440, 900);
        admin.locator("#calendar-year input").fill("2021");
        admin.locator("#create-year").click();
        // periods are made only once the question naming them is answered
        admin.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("生成").setExact(true))
                .click();
        assertThat(Browser.notification(admin, "2021 年新增 12 个报送期"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(admin.locator("#calendar-grid")).containsText("2021年3月");
        declareAnnualOnly(admin);
        Browser.screenshot(admin, "journey-2021-calendar");

        // 2. the city statistician imports the city-level indicators and submits them
        var city = signedIn("stat-city", "/import", 1440, 900);
        importFile(city, "市本级2021.csv", CITY_FILE, "新增 2");
        city.navigate(base() + "/entry");
        choose(city, "#entry-period", YEAR);
        // its sheet holds the city's own year figures only: the districts' year-totals hint is not shown
        assertThat(city.locator("#year-totals-hint")).hasCount(0);
        city.locator("#submit-350600").click();
        assertThat(Browser.notification(city, "已提交 2 项数据")).isVisible();

        // 3. 漳浦县's statistician imports both districts' year totals from the office's long list
        var district = signedIn("stat-zhangpu", "/import", 1440, 900);
        importFile(district, "漳浦云霄2021年度合计.csv", LONG_LIST, "新增 12");
        district.navigate(base() + "/entry");
        choose(district, "#entry-period", YEAR);
        assertThat(district.locator(".entry-indicator").first()).containsText("全年合计");
        Browser.screenshot(district, "journey-2021-year-totals");
        // one period-wide submit after the summary of what is ready
        district.locator("#submit-all").click();
        assertThat(district.locator("#submit-all-summary")).containsText("漳浦县：可提交 6 项");
        assertThat(district.locator("#submit-all-summary")).containsText("云霄县：可提交 6 项");
        district.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交 2 个区县"))
                .click();
        assertThat(district.locator(".cell-editor[data-state=submitted]")).hasCount(12);

        // 4. one period-wide approval, then publication
        var reviewer = signedIn("reviewer", "/review", 1440, 900);
        reviewer.locator("#period-grid").getByText(YEAR).first().click();
        assertThat(reviewer.locator("#approve-period")).containsText("14 项", COLD_START);
        reviewer.locator("#approve-period").click();
        assertThat(reviewer.locator("#approve-period-summary")).containsText("漳州市：2 项");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("全部批准"))
                .click();
        assertThat(Browser.notification(reviewer, "已批准 14 项数据")).isVisible();
        // the approval re-renders the queue: its button goes once the new one is in place, so the
        // publish click below cannot land on a button being replaced
        assertThat(reviewer.locator("#approve-period")).hasCount(0);
        Browser.publishPeriod(reviewer);

        // 5. a correction typed value first: 漳浦县 found two more schools
        district.navigate(base() + "/entry");
        choose(district, "#entry-period", YEAR);
        assertThat(district.locator(".entry-correction-note")).isVisible();
        var meals = district.locator("vaadin-text-field[data-indicator=meal_schools][data-division='350623'] input");
        meals.fill("43");
        meals.press("Tab");
        var editor = district.locator(
                ".cell-editor:has(vaadin-text-field[data-indicator=meal_schools][data-division='350623'])");
        assertThat(editor.locator(".cell-messages")).containsText("修订原因");
        var reason = editor.locator("vaadin-text-field.cell-correction input");
        reason.fill("补报两所寄宿制学校");
        reason.press("Tab");
        assertThat(editor).hasAttribute("data-state", "draft");
        district.locator("#submit-350623").click();
        assertThat(Browser.notification(district, "已提交 1 项数据")).isVisible();
        reviewer.navigate(base() + "/review");
        reviewer.locator("#period-grid").getByText(YEAR).first().click();
        var correctionCard = reviewer.locator(".card[data-district='350623']");
        // the card of the chosen period, with the correction's reason, before its button is clicked
        assertThat(correctionCard).containsText("补报两所寄宿制学校");
        correctionCard.locator(".approve-district").click();
        assertThat(Browser.notification(reviewer, "已批准 1 项数据")).isVisible();

        // 6. the leader's dashboard: the year totals, once, with the correction and the annual note
        var leader = signedIn("leader", "/?year=2021", 1440, 900);
        // 漳浦县's corrected 43 and 云霄县's 30, marked as revised
        assertThat(leader.locator(".tile[data-indicator=meal_schools] .tile-value"))
                .hasText("73所已修订", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(leader.locator(".tile[data-indicator=road_widening] .tile-value"))
                .containsText("20.7");
        assertThat(leader.locator(".tile[data-indicator=lead_departments] .tile-value"))
                .hasText("21个");
        assertThat(leader.locator("#annual-only-note")).containsText("按年度合计填报");
        assertThat(leader.locator("#illustrative-note")).isHidden();
        Browser.screenshot(leader, "journey-2021-dashboard");

        // 7. re-exports: the year-in-review PDF and the district table, second edition
        var comms = signedIn("comms", "/publication", 1440, 900);
        choose(comms, "#publication-year", "2021");
        var pdf = comms.waitForDownload(() -> comms.locator("#download-pdf").click());
        assertThat(pdf.suggestedFilename()).contains("2021").contains("第2版");
        var text = PdfText.withoutSpaces(Files.readAllBytes(pdf.path()));
        assertThat(text).contains("回眸2021", "73所", "21个", "第2版").doesNotContain("演示", "示意拆分");

        comms.navigate(base() + "/exports");
        choose(comms, "#export-year", "2021");
        var xlsx = comms.waitForDownload(
                () -> comms.locator("#export-district-xlsx").click());
        var rows = sheet(Files.readAllBytes(xlsx.path()));
        // the corrected figure and the total it changed carry the † the screen and the PDF give them
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("漳浦县", "43†"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("云霄县", "30"));
        assertThat(String.join("\n", rows.stream().map(r -> String.join(",", r)).toList()))
                .contains("73†");
    }

    /**
     * The grid re-renders its buttons after the year is created; a click that lands on one being
     * replaced is lost, so the switch is clicked again only while the grid still offers it.
     */
    private static void declareAnnualOnly(Page admin) {
        var label = admin.locator("#calendar-grid").getByText(YEAR + " · 仅按年度填报");
        var annual = admin.locator(".period-annual-only[data-period='" + YEAR + "']");
        for (int attempt = 0; attempt < 3 && label.count() == 0; attempt++) {
            if (annual.textContent().contains("设为仅按年度填报")) {
                annual.click();
            }
            try {
                label.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            } catch (TimeoutError lost) {
                // the click went to a replaced button: look at the grid again
            }
        }
        assertThat(label).isVisible();
    }

    private void importFile(Page page, String name, String csv, String expectedNew) {
        assertThat(page.locator("#import-period"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        page.locator("#import-upload input[type=file]")
                .setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-summary")).containsText(expectedNew, COLD_START);
        Browser.screenshot(page, "journey-2021-import-" + name.replace(".csv", ""));
        // explained warnings may be listed; nothing that stops the import
        assertThat(page.locator("#import-summary")).containsText("0 行需要修改");
        assertThat(page.locator("#import-commit")).isEnabled();
        page.locator("#import-commit").click();
        assertThat(Browser.notification(page, "已导入"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    }

    private static void choose(Page page, String select, String text) {
        page.locator(select).first().click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    private static List<List<String>> sheet(byte[] bytes) throws Exception {
        var rows = new ArrayList<List<String>>();
        var format = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
