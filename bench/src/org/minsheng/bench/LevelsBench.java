package org.minsheng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.support.SignedIn;

/**
 * Issue 17, item 6: a national installation's dashboard pages at every level, on L's data with 全国
 * (000000, V141) as the root: the country over 31 provinces, a province, a city and a county over its
 * towns. Each round approves one figure below each page's unit (a new value and revision in its own
 * transaction, as the approval writes it: the data version moves, so the next page is computed afresh),
 * times that page as a leader opens it, then times it again as the cache serves it. The units' order
 * rotates each round, so no level always comes first after the machine's other work. {@code bench/run.sh
 * levels L}; {@code -Dbench.rounds=200 -Dbench.warmup=10 -Dbench.units=000000,350000,350600,350623
 * -Dbench.year=2025} (the newest year with approved figures unless given); {@code -Dbench.period=MONTH
 * -Dbench.part=6} times June's pages (QUARTER and part 2 the second quarter's).
 */
public final class LevelsBench {

    private LevelsBench() {}

    private record Page(
            String code, String name, DashboardFilter filter, List<Long> figures, Timings cold, Timings cached) {}

    public static void main(String[] args) throws Exception {
        var size = BenchSize.valueOf(args[0]);
        int rounds = Integer.getInteger("bench.rounds", 200);
        var codes =
                System.getProperty("bench.units", "000000,350000,350600,350623").split(",");
        var out = new StringBuilder();
        long started = System.nanoTime();
        // -Dbench.explain=true records the statements of one page instead of timing them, and explains them
        boolean explain = Boolean.getBoolean("bench.explain");
        var clock = new StatementClock();
        var recorder = new StatementRecorder("org.minsheng.dashboard.DashboardRepository");
        try (var context = BenchContext.start(size, explain ? recorder : clock, "--minsheng.city-code=" + codes[0])) {
            var dataSource = context.getBean(DataSource.class);
            var dashboards = context.getBean(DashboardService.class);
            var random = new Random(Long.getLong("bench.seed", 17L));
            try (var c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                // -Dbench.year=2024: at L the year before is published, so its pages name an edition
                int year = Integer.getInteger("bench.year", (int) count(
                        c,
                        "select max(p.year) from period p where exists "
                                + "(select 1 from figure f where f.period_id = p.id and f.revision > 0)"));
                out.append(String.format(
                        "## %s (%s): root %s, year %d%s; context started in %.1f s%n"
                                + "figure rows %,d; rollup_total_month rows %,d; %d rounds%n%n",
                        size,
                        size.label,
                        codes[0],
                        year,
                        System.getProperty("bench.period") == null
                                ? ""
                                : ", " + System.getProperty("bench.period") + " " + Integer.getInteger("bench.part", 1),
                        (System.nanoTime() - started) / 1e9,
                        count(c, "select count(*) from figure"),
                        count(c, "select count(*) from rollup_total_month"),
                        rounds));
                var pages = new ArrayList<Page>();
                for (int i = 0; i < codes.length; i++) {
                    var filter = i == 0
                            ? DashboardFilter.year(year)
                            : DashboardFilter.year(year).withDivision(codes[i]);
                    // -Dbench.period=MONTH -Dbench.part=6: June's page instead of the year's (QUARTER, part 2)
                    var period = System.getProperty("bench.period");
                    if (period != null) {
                        filter = filter.withPeriod(PeriodChoice.valueOf(period), Integer.getInteger("bench.part", 1));
                    }
                    pages.add(new Page(
                            codes[i],
                            name(c, codes[i]),
                            filter,
                            figuresBelow(c, codes[i], year, random),
                            new Timings(rounds),
                            new Timings(rounds)));
                }
                for (var page : pages) {
                    out.append(String.format(
                            "%s %s: %,d approved monthly figures sampled below it%n",
                            page.code, page.name, page.figures.size()));
                }
                System.out.print(out);
                for (int round = -Integer.getInteger("bench.warmup", 10); round < rounds; round++) {
                    for (int k = 0; k < pages.size(); k++) {
                        var page = pages.get(Math.floorMod(round + k, pages.size()));
                        PreaggBench.approve(c, page.figures.get(random.nextInt(page.figures.size())));
                        long t0 = System.nanoTime();
                        SignedIn.as("leader", () -> dashboards.dashboard(page.filter));
                        long t1 = System.nanoTime();
                        SignedIn.as("leader", () -> dashboards.dashboard(page.filter));
                        long t2 = System.nanoTime();
                        if (round >= 0) {
                            page.cold.add(t1 - t0);
                            page.cached.add(t2 - t1);
                        }
                    }
                }
                out.append("\n| page (leader, year) | samples | after an approval: median ms | p95 ms | max ms"
                        + " | as cached: median ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
                for (var page : pages) {
                    out.append(String.format(
                            "| %s %s | %d | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |%n",
                            page.code,
                            page.name,
                            page.cold.count(),
                            page.cold.median(),
                            page.cold.p95(),
                            page.cold.quantile(1.0),
                            page.cached.median(),
                            page.cached.p95(),
                            page.cached.quantile(1.0)));
                }
                out.append(String.format(
                        "%nload average at the end: %s%n",
                        Files.readString(Path.of("/proc/loadavg")).strip()));
                if (explain) {
                    for (var page : pages) {
                        PreaggBench.approve(c, page.figures.get(random.nextInt(page.figures.size())));
                        var caught =
                                recorder.record(() -> SignedIn.as("leader", () -> dashboards.dashboard(page.filter)));
                        for (var statement : caught) {
                            out.append(String.format("%n### %s %s: %s%n%n", page.code, page.name, statement.method()));
                            // the statement as sent, so it can be run again by hand (psql) beside another form
                            out.append("```sql\n").append(statement.sql()).append("\n```\n\n");
                            if (statement.sql().strip().startsWith("set ")) {
                                continue; // a quarter's statement_timeout around its read: nothing to explain
                            }
                            try (var s = c.createStatement();
                                    var rs = s.executeQuery("explain (analyze, buffers) " + statement.sql())) {
                                while (rs.next()) {
                                    out.append(rs.getString(1)).append('\n');
                                }
                            }
                        }
                    }
                }
                // where a page's time after an approval goes, statement by statement
                int pagesTimed = explain ? 0 : Integer.getInteger("bench.breakdownPages", 20);
                for (var page : pages) {
                    for (int i = 0; i < pagesTimed; i++) {
                        PreaggBench.approve(c, page.figures.get(random.nextInt(page.figures.size())));
                        clock.measure(() -> SignedIn.as("leader", () -> dashboards.dashboard(page.filter)));
                    }
                    out.append(String.format(
                            "%n### %s %s: %d pages after an approval, statements%n%n",
                            page.code, page.name, pagesTimed));
                    out.append(clock.report(pagesTimed));
                    clock.reset();
                }
            }
        }
        System.out.println(out);
        var file = Path.of("target/bench/levels-" + size + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    /**
     * Up to 20,000 approved monthly figures of the year in the unit's subtree, drawn at random: the
     * country's 10 million are sampled by block, a county's towns' read whole.
     */
    private static List<Long> figuresBelow(Connection c, String code, int year, Random random) throws SQLException {
        var ids = new ArrayList<Long>();
        // a sample of blocks for the country (a plain scan would read 21 million rows); an index walk below
        // any other unit
        var sample = code.equals("000000") ? "tablesample system (0.5)" : "";
        try (var s = c.prepareStatement("""
                with recursive below as (
                    select id from division where code = ?
                    union all
                    select d.id from division d join below b on d.parent_id = b.id)
                select f.id from figure f %s
                join period p on p.id = f.period_id
                where f.division_id in (select id from below) and p.year = ? and p.kind = 'month' and f.revision > 0
                limit 20000""".formatted(sample))) {
            s.setString(1, code);
            s.setInt(2, year);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no approved figure of " + year + " below " + code);
        }
        Collections.shuffle(ids, random);
        return ids;
    }

    private static String name(Connection c, String code) throws SQLException {
        try (var s = c.prepareStatement("select name from division where code = ?")) {
            s.setString(1, code);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "?";
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
