package org.minsheng.dashboard.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The province demo's 2020 in English with 厦门市's year taken back to the province: the ranking chart's
 * axis marks it with the short 「(pending)」, which a 390 px phone shows whole, where 「(awaiting acceptance by
 * the province)」 was cut to 「…g acceptance by the province)」 (a stranger's trial); the table under the
 * chart keeps the long mark.
 */
@TestPropertySource(
        properties = {
            "minsheng.test.database=province-ranking-labels",
            "minsheng.city-code=350000",
            "minsheng.demo-province=true"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProvinceRankingLabelsBrowserTest extends BrowserTest {

    @Autowired
    DSLContext db;

    @ParameterizedTest
    @ValueSource(ints = {390, 1440})
    void the_ranking_axis_marks_a_pending_city_briefly_in_english(int width) {
        db.execute("""
                delete from unit_acceptance where year = 2020
                and division_id = (select id from division where code = '350200')""");
        var page = browser.newPage(width, 900);
        page.navigate(base() + "/login");
        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English"))
                .click();
        // the language is changed by a reload, which must end before signing in navigates
        assertThat(page.locator("h1")).hasText("Livelihood Campaign Results");
        Browser.signIn(page, base(), "leader");
        page.navigate(base() + "/?year=2020");
        Browser.waitForChart(page, "#ranking-chart");
        var card = page.locator("#ranking-chart");
        card.scrollIntoViewIfNeeded();
        // the card alone: a whole page at 390 px is too tall to read its axis in
        card.screenshot(new Locator.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve("province-ranking-en-" + width + ".png")));

        var labels = (List<?>)
                page.evaluate("() => document.querySelector('#ranking-chart campaign-chart')._chart.data.labels");
        assertThat(labels).isNotEmpty();
        assertThat(labels.stream().map(Object::toString))
                .anyMatch(l -> l.endsWith(" (pending)"))
                .noneMatch(l -> l.contains("awaiting acceptance"));
        card.locator("details, vaadin-details").first().click();
        assertThat(card).containsText("(awaiting acceptance by the province)");
    }
}
