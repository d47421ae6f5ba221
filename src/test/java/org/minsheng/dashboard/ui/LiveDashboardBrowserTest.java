package org.minsheng.dashboard.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.db.tables.records.FigureRecord;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A leader keeps the dashboard open on a chart while a reviewer, in another browser, approves a
 * correction of a published month: the leader's page shows the new total and says which edition it
 * now shows, without a reload, with the chart they were looking at still in its place. It commits a
 * correction, so it runs on a database of its own.
 */
@TestPropertySource(properties = "minsheng.test.database=push")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LiveDashboardBrowserTest extends BrowserTest {

    @Autowired
    DSLContext db;

    @Autowired
    FigureService figures;

    @Test
    void an_approved_correction_reaches_an_open_dashboard_in_place_without_a_reload() {
        var leader = signedIn("leader", "/?year=2020&chart=road_widening", 1440, 900);
        var tile = leader.locator(".tile[data-indicator=road_widening] .tile-value");
        // the first page of a cold test server can take longer than the default wait
        assertThat(tile).hasText("117公里", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        Browser.waitForChart(leader, "#years-chart");
        var edition = Pattern.compile("第(\\d+)版")
                .matcher(leader.locator("#dashboard-meta").textContent());
        assertThat(edition.find()).as("the meta line names the edition").isTrue();
        int next = Integer.parseInt(edition.group(1)) + 1;
        assertThat(leader.locator("#dashboard-updated")).isHidden();
        // the reader sorted the units' table, which the update draws anew: the order stays (it was lost)
        var byName = leader.locator("#district-table th[aria-sort=ascending] button[data-sort=name]");
        leader.locator("#district-table button[data-sort=name]").click();
        assertThat(byName).hasCount(1);
        leader.waitForURL(url -> url.contains("sort=name"));
        // the reader looks at the last chart; the page marks what a reload or a re-created chart would lose
        leader.locator("#years-chart").scrollIntoViewIfNeeded();
        leader.evaluate("() => { window.stillTheSamePage = true;"
                + " window.chartLookedAt = document.querySelector('#trend-chart campaign-chart')._chart;"
                + " window.chartTopBefore = document.querySelector('#years-chart').getBoundingClientRect().top; }");
        var address = leader.url();

        submitCorrectionOfXiangchengDecember2020(1);

        var reviewer = signedIn("reviewer", "/review", 1440, 900);
        reviewer.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("2020年12月"))
                .first()
                .click();
        var card = reviewer.locator(".card[data-district='350602']");
        assertThat(card).containsText("区交通局复核后更正里程");
        card.locator(".approve-district").click();
        assertThat(reviewer.locator(".card[data-district='350602']")).hasCount(0);

        // the tile now also says the figure was revised after publication
        assertThat(tile).hasText(Pattern.compile("^118公里"));
        assertThat(leader.locator("#dashboard-updated")).hasText("数据已更新至第" + next + "版");
        assertThat(leader.locator("#dashboard-meta")).containsText("第" + next + "版");
        Browser.screenshot(leader, "dashboard-live-update");
        assertThat(leader.evaluate("() => window.stillTheSamePage === true"))
                .as("the page was not reloaded")
                .isEqualTo(true);
        assertThat(leader.evaluate(
                        "() => window.chartLookedAt === document.querySelector('#trend-chart campaign-chart')._chart"))
                .as("the chart was updated in place, not re-created")
                .isEqualTo(true);
        assertThat(leader.evaluate("() => document.querySelector('#years-chart').getBoundingClientRect().top"
                        + " === window.chartTopBefore"))
                .as("the chart being looked at did not move")
                .isEqualTo(true);
        assertThat(leader.url()).as("the filters stay").isEqualTo(address);
        assertThat(byName).hasCount(1);
    }

    /** What 芗城区's statistician does on the entry page for a published month, through the same service. */
    private void submitCorrectionOfXiangchengDecember2020(int kilometres) {
        var stored = roadWidening();
        var key = new CellKey(stored.getIndicatorId(), stored.getDivisionId(), stored.getPeriodId());
        SignedIn.as("stat-xiangcheng", () -> {
            var saved = figures.save(new FigureInput(
                    key,
                    stored.getApprovedValue()
                            .add(BigDecimal.valueOf(kilometres))
                            .toPlainString(),
                    false,
                    "新建道路配套，已现场核实",
                    stored.getVersion(),
                    "区交通局复核后更正里程"));
            assertThat(saved.errors()).isEmpty();
            assertThat(figures.submit(key.periodId(), key.divisionId()).problems())
                    .isEmpty();
        });
    }

    private FigureRecord roadWidening() {
        return Catalogue.figure(db, "road_widening", "350602", 2020, 12);
    }
}
