package org.minsheng.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.math.BigDecimal;
import java.net.http.WebSocket;
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
import org.springframework.context.ConfigurableApplicationContext;

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
 * {@link SessionHeapBench#openDashboard}) with their push WebSockets, each subscribed and redrawn on every
 * approval like the measured one, so the fan-out is paid in the same run.
 *
 * <p>{@code bench/run.sh push URL S [rounds]} measures a server already running at URL instead, the
 * production jar of {@code bench/run.sh prod-app S}, so the figure is the production build's and the
 * load driver can run beside it in a third process. This JVM then starts no web server and no database
 * of its own: its services (for the untimed correction) use the server's database as an external one.
 *
 * <p>Across nodes ({@code bench/cluster.sh up}): {@code -Dbench.reviewerUrl=http://127.0.0.1:18201
 * -Dbench.database=jdbc:postgresql://127.0.0.1:55501/minsheng bench/run.sh push http://127.0.0.1:18202 S}
 * signs the reviewer in on node 1 and the leader on node 2, so the approval reaches the leader's page
 * through the primary's NOTIFY, and node 2 reads the new edition from the replica when it has replayed it.
 */
public final class PushBench {

    private static final String ROAD = "road_widening";
    private static final String DISTRICT = "350602";
    private static final int WARMUP = 3;
    /** Every wait in a round has this deadline; a round that misses it fails the run. */
    private static final double DEADLINE_MS = 30_000;

    private PushBench() {}

    public static void main(String[] args) throws Exception {
        boolean external = args[0].startsWith("http");
        var size = BenchSize.valueOf(args[external ? 1 : 0]);
        int rounds = args.length > (external ? 2 : 1) ? Integer.parseInt(args[external ? 2 : 1]) : 60;
        int idle = Integer.getInteger("bench.idleDashboards", 0);
        try (var context = external ? servicesOn(size) : BenchContext.start(size);
                var browser = Browser.start()) {
            var base = external
                    ? args[0].replaceAll("/+$", "")
                    : "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            var reviewerBase = System.getProperty("bench.reviewerUrl", base).replaceAll("/+$", "");
            var data = context.getBean(DataSource.class);
            var figures = context.getBean(FigureService.class);
            var reviews = context.getBean(ReviewService.class);
            int year = lastPublishedYear(data);
            settle(figures, reviews, data, year);
            var others = new ArrayList<VaadinClient>();
            var sockets = new ArrayList<WebSocket>();
            for (int i = 0; i < idle; i++) {
                others.add(SessionHeapBench.openDashboard(base));
                // connected like a browser's page, so each is redrawn on every approval: a page without a
                // push connection is redrawn only when it is back (NewEditionNote.newEditionOnNextResponse)
                sockets.add(others.getLast().openPush());
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
            Browser.signIn(reviewer, reviewerBase, "reviewer");
            System.out.printf(
                    "%s: dashboard %d, %d more dashboard sessions open, %d rounds after %d warm-up, server %s%s%n",
                    size,
                    year,
                    idle,
                    rounds,
                    WARMUP,
                    external ? base + " (its own JVM)" : "in this JVM",
                    reviewerBase.equals(base) ? "" : ", the reviewer on " + reviewerBase);
            var total = new Timings(rounds);
            var server = new Timings(rounds);
            var client = new Timings(rounds);
            var all = new ArrayList<String>();
            for (int round = 0; round < WARMUP + rounds; round++) {
                double[] ms = round(leader, reviewer, figures, reviews, data, year, reviewerBase);
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
            long open = sockets.stream().filter(w -> !w.isInputClosed()).count();
            if (open < idle) {
                throw new IllegalStateException(
                        (idle - open) + " of the " + idle + " other dashboards lost their push connection");
            }
        }
    }

    /**
     * The services on the database of a running {@code prod-app}: its embedded PostgreSQL is an external
     * server to this JVM, so this one starts none (two processes cannot own one data directory). Its own
     * web server, on a free port, serves nobody; Vaadin's configuration needs one to start.
     */
    private static ConfigurableApplicationContext servicesOn(BenchSize size) {
        return BenchContext.start(
                size,
                "--spring.datasource.url="
                        + System.getProperty(
                                "bench.database", "jdbc:postgresql://localhost:" + size.port() + "/postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.maximum-pool-size=2");
    }

    private static double[] round(
            Page leader,
            Page reviewer,
            FigureService figures,
            ReviewService reviews,
            DataSource data,
            int year,
            String reviewerBase)
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
        reviewer.navigate(reviewerBase + "/review");
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
        correct(figures, reviews, data, year, false);
    }

    /** Approves a correction an interrupted run left submitted, so every round starts from a settled cell. */
    private static void settle(FigureService figures, ReviewService reviews, DataSource data, int year)
            throws Exception {
        correct(figures, reviews, data, year, true);
    }

    private static String key(int period) {
        return ROAD + " of " + DISTRICT + ", period " + period;
    }

    private static void correct(
            FigureService figures, ReviewService reviews, DataSource data, int year, boolean settleOnly)
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
            // left waiting by an interrupted run, and approved before the dashboard opens (settle); here
            // the approval would come from this JVM, whose pushes a dashboard served by another never gets
            if (settleOnly) {
                SignedIn.as("reviewer", () -> reviews.approveDivision(period, division));
            } else {
                throw new IllegalStateException("a correction is still waiting for the reviewer: " + key(period));
            }
        }
        if (settleOnly) {
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
