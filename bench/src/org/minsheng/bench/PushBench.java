package org.minsheng.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Browser;
import org.minsheng.support.SignedIn;

/**
 * From a reviewer's click to the new edition painted on a dashboard open in another browser: the
 * application in this JVM on the size's data, Chromium (Playwright) with two signed-in pages, the
 * leader's dashboard on the last published year and the reviewer's queue. Each round 芗城区's
 * statistician submits a correction of December's 农村公路单改双 through {@code FigureService} (not
 * timed), the reviewer clicks 「批准本区县全部」 on the review page, and the leader's page records the
 * frame after the meta line first names the next edition ("第n+1版") and the road tile changed. Both
 * times are the pages' own clocks ({@code performance.timeOrigin + performance.now()}, one Chromium,
 * one machine), so neither Playwright's polling nor this JVM's waits are in the figure.
 *
 * <p>{@code bench/run.sh push S [rounds]} (default 60, after 3 warm-up rounds);
 * {@code -Dbench.idleDashboards=N} opens N more dashboard sessions first (Vaadin's protocol over HTTP,
 * {@link SessionHeapBench#openDashboard}), each subscribed and redrawn on every approval like the
 * measured one, so the fan-out is paid in the same run.
 */
public final class PushBench {

    private static final String ROAD = "road_widening";
    private static final String DISTRICT = "350602";
    private static final int WARMUP = 3;
    /** Every wait in a round has this deadline; a round that misses it fails the run. */
    private static final double DEADLINE_MS = 30_000;

    private PushBench() {}

    public static void main(String[] args) throws Exception {
        var size = BenchSize.valueOf(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int idle = Integer.getInteger("bench.idleDashboards", 0);
        try (var context = BenchContext.start(size);
                var browser = Browser.start()) {
            var base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            var data = context.getBean(DataSource.class);
            var figures = context.getBean(FigureService.class);
            var reviews = context.getBean(ReviewService.class);
            int year = lastPublishedYear(data);
            var others = new ArrayList<VaadinClient>();
            for (int i = 0; i < idle; i++) {
                others.add(SessionHeapBench.openDashboard(base));
            }
            var leader = browser.newPage(1440, 900);
            // when each push message arrives, by the page's clock: splits the figure into server and browser
            leader.addInitScript(
                    "(() => { const Native = window.WebSocket; window.WebSocket = function (...args) {"
                            + " const socket = new Native(...args); socket.addEventListener('message',"
                            + " () => { window.lastPushAt = performance.timeOrigin + performance.now(); }); return socket; };"
                            + " window.WebSocket.prototype = Native.prototype;"
                            + " ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(k => { window.WebSocket[k] = Native[k]; }); })()");
            Browser.signIn(leader, base, "leader");
            leader.navigate(base + "/?year=" + year + "&chart=" + ROAD);
            leader.locator(".tile[data-indicator=" + ROAD + "] .tile-value").waitFor();
            leader.locator("#years-chart").scrollIntoViewIfNeeded();
            var reviewer = browser.newPage(1440, 900);
            Browser.signIn(reviewer, base, "reviewer");
            System.out.printf(
                    "%s: dashboard %d, %d more dashboard sessions open, %d rounds after %d warm-up%n",
                    size, year, idle, rounds, WARMUP);
            var total = new Timings(rounds);
            var server = new Timings(rounds);
            var client = new Timings(rounds);
            var all = new ArrayList<String>();
            for (int round = 0; round < WARMUP + rounds; round++) {
                double[] ms = round(leader, reviewer, figures, reviews, data, year, base);
                all.add(String.format("%.0f(%.0f+%.0f)", ms[0], ms[1], ms[2]));
                if (round >= WARMUP) {
                    total.add((long) (ms[0] * 1e6));
                    server.add((long) (ms[1] * 1e6));
                    client.add((long) (ms[2] * 1e6));
                }
            }
            System.out.println("each round, ms click → painted (click → push message + message → painted);"
                    + " the first " + WARMUP + " are warm-up:\n" + String.join(" ", all));
            System.out.printf(
                    "%n| size | dashboards open | rounds | part | median (ms) | p95 (ms) | max (ms) |%n"
                            + "|---|---:|---:|---|---:|---:|---:|%n",
                    "");
            row(size, idle + 1, rounds, "click → new edition painted", total);
            row(size, idle + 1, rounds, "click → push message arrives", server);
            row(size, idle + 1, rounds, "push message → painted", client);
            for (var other : others) {
                other.heartbeat();
            }
        }
    }

    private static double[] round(
            Page leader,
            Page reviewer,
            FigureService figures,
            ReviewService reviews,
            DataSource data,
            int year,
            String base)
            throws Exception {
        var meta = leader.locator("#dashboard-meta").textContent();
        var edition = Pattern.compile("第(\\d+)版").matcher(meta);
        if (!edition.find()) {
            throw new IllegalStateException("no edition in the dashboard's meta line: " + meta);
        }
        int next = Integer.parseInt(edition.group(1)) + 1;
        var tileBefore =
                leader.locator(".tile[data-indicator=" + ROAD + "] .tile-value").textContent();
        // the leader's page notes the frame after the new edition and the new figure are in its DOM
        leader.evaluate(
                "([next, before]) => { window.paintedAt = null; const done = () => {"
                        + " const meta = document.querySelector('#dashboard-meta');"
                        + " const tile = document.querySelector('.tile[data-indicator=" + ROAD + "] .tile-value');"
                        + " return meta && meta.textContent.includes('第' + next + '版') && tile && tile.textContent !== before; };"
                        + " const observer = new MutationObserver(() => { if (done()) { observer.disconnect();"
                        + " window.pushedAt = window.lastPushAt;"
                        + " requestAnimationFrame(() => { window.paintedAt = performance.timeOrigin + performance.now(); }); } });"
                        + " observer.observe(document.body, {subtree: true, childList: true, characterData: true}); }",
                List.of(next, tileBefore));
        submitCorrection(figures, reviews, data, year);
        reviewer.navigate(base + "/review");
        reviewer.evaluate("() => document.addEventListener('click',"
                + " () => { window.clickedAt = performance.timeOrigin + performance.now(); }, true)");
        // the period list is a scrolling grid (newest first, each year before its months): bring December in
        reviewer.locator("#period-grid")
                .evaluate("(grid, index) => grid.scrollToIndex(index)", decemberRow(data, year));
        reviewer.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(year + "年12月"))
                .first()
                .click();
        var approve = reviewer.locator(".card[data-district='" + DISTRICT + "'] .approve-district");
        try {
            approve.click();
            reviewer.locator(".card[data-district='" + DISTRICT + "']")
                    .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        } catch (RuntimeException stuck) {
            // the reviewer's side, not the dashboard's: say so, or a missed round reads as a lost push
            throw new IllegalStateException("the reviewer's approval did not finish on the review page", stuck);
        }
        try {
            leader.waitForFunction(
                    "() => window.paintedAt !== null", null, new Page.WaitForFunctionOptions().setTimeout(DEADLINE_MS));
        } catch (RuntimeException missed) {
            try {
                Browser.screenshot(leader, "push-bench-missed");
            } catch (RuntimeException noScreenshot) {
                // a hung page cannot be photographed either; the report below must still say what missed
                missed.addSuppressed(noScreenshot);
            }
            throw new IllegalStateException(
                    "the dashboard did not show edition " + next + " in time; it shows: "
                            + leader.locator("#dashboard-meta").textContent() + " | "
                            + leader.locator(".tile[data-indicator=" + ROAD + "] .tile-value")
                                    .textContent() + " | note: "
                            + leader.locator("#dashboard-updated").textContent() + " | last push message "
                            + leader.evaluate("() => window.lastPushAt") + ", click "
                            + reviewer.evaluate("() => window.clickedAt"),
                    missed);
        }
        double painted = ((Number) leader.evaluate("() => window.paintedAt")).doubleValue();
        var pushedAt = (Number) leader.evaluate("() => window.pushedAt");
        double clicked = ((Number) reviewer.evaluate("() => window.clickedAt")).doubleValue();
        double pushed = pushedAt == null ? Double.NaN : pushedAt.doubleValue();
        return new double[] {painted - clicked, pushed - clicked, painted - pushed};
    }

    /** 芗城区's statistician corrects December by 0.1 km more, as on the entry page. */
    private static void submitCorrection(FigureService figures, ReviewService reviews, DataSource data, int year)
            throws Exception {
        int indicator;
        int division;
        int period;
        int version;
        BigDecimal value;
        String status;
        try (var c = data.getConnection();
                var s = c.prepareStatement("""
                        select f.indicator_id, f.division_id, f.period_id, f.version, f.approved_value, f.status::text
                          from figure f join indicator i on i.id = f.indicator_id
                          join division d on d.id = f.division_id join period p on p.id = f.period_id
                         where i.code = ? and d.code = ? and p.year = ? and p.month = 12
                        """)) {
            s.setString(1, ROAD);
            s.setString(2, DISTRICT);
            s.setInt(3, year);
            try (var r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no " + ROAD + " figure of " + DISTRICT + " in December " + year);
                }
                indicator = r.getInt(1);
                division = r.getInt(2);
                period = r.getInt(3);
                version = r.getInt(4);
                value = r.getBigDecimal(5);
                status = r.getString(6);
            }
        }
        if ("submitted".equals(status)) {
            // left waiting by an interrupted run: approved first, untimed
            SignedIn.as("reviewer", () -> reviews.approveDivision(period, division));
            submitCorrection(figures, reviews, data, year);
            return;
        }
        var key = new CellKey(indicator, division, period);
        SignedIn.as("stat-xiangcheng", () -> {
            var saved = figures.save(new FigureInput(
                    key, value.add(new BigDecimal("0.1")).toPlainString(), false, "基准测试：复核更正", version, "基准测试：复核更正"));
            if (!saved.saved()) {
                throw new IllegalStateException("correction refused: " + saved.errors());
            }
            var submitted = figures.submit(period, division);
            if (!submitted.ok()) {
                throw new IllegalStateException("submission refused: " + submitted.problems());
            }
        });
    }

    private static void row(BenchSize size, int open, int rounds, String part, Timings t) {
        System.out.printf(
                "| %s | %d | %d | %s | %.0f | %.0f | %.0f |%n",
                size, open, rounds, part, t.median(), t.p95(), t.quantile(1.0));
    }

    private static int decemberRow(DataSource data, int year) throws Exception {
        try (var c = data.getConnection();
                var s = c.prepareStatement(
                        "select count(*) from period where year > ? or (year = ? and month is null)")) {
            s.setInt(1, year);
            s.setInt(2, year);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static int lastPublishedYear(DataSource data) throws Exception {
        try (var c = data.getConnection();
                var s = c.createStatement();
                var r = s.executeQuery("select max(year) from period where month = 12 and status = 'published'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
