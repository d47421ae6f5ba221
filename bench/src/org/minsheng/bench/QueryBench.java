package org.minsheng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.minsheng.bench.StatementRecorder.Statement;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.dashboard.RollupSource;
import org.minsheng.division.DivisionService;
import org.minsheng.figure.TrackerService;
import org.minsheng.support.SignedIn;

/**
 * Times each dashboard query of a size against a raw {@code SELECT sum(value)} over the same figure
 * rows, alternating the two in every repetition so the ratio is measured under the same load. The
 * pages and the tracker are timed through their public services, signed in as the demo leader. The
 * chart statements (ranking, trend, pivot) are timed alone: each is the SQL the dashboard sent while
 * computing a page, caught by a {@link StatementRecorder}, then run again through the connection pool.
 * {@code bench/run.sh queries S|M|L}; {@code -Dbench.warmup=20 -Dbench.reps=100},
 * {@code -Dbench.only=tiles,whole} for some of them; {@code -Dbench.rollup=live} times the roll-ups
 * computed live from the figures instead of read from the pre-aggregates (V110). Beside each chart
 * statement, alternating in every repetition, runs its "before": by default the same page's statement
 * as it was until 2026-12-01, every unit row grouped (GROUPING SETS), sent the same way;
 * {@code -Dbench.before=literals} instead runs the statement itself with its values inlined.
 */
public final class QueryBench {

    /** One measured query and the raw scan of the rows it reads: parent unit, months, approved only. */
    private record Case(
            String name,
            Supplier<?> query,
            int year,
            int parentId,
            int from,
            int to,
            boolean approvedOnly,
            String beforeLabel,
            Supplier<?> before) {

        Case(String name, Supplier<?> query, int year, int parentId, int from, int to, boolean approvedOnly) {
            this(name, query, year, parentId, from, to, approvedOnly, null, null);
        }

        /**
         * A chart statement run as the repository sends it, and beside it, alternating in every
         * repetition, its "before": the statement that grouped every unit row (docs/benchmarks.md 2.1),
         * or, without one, the same statement with its values as literals, planned on every run, as
         * every roll-up was sent until 2026-12-01.
         */
        static Case statement(
                String name,
                DataSource dataSource,
                Statement statement,
                Statement grouped,
                int year,
                int parentId,
                int from,
                int to) {
            Supplier<?> before = grouped != null
                    ? () -> run(dataSource, grouped)
                    : statement.binds().isEmpty() ? null : () -> runLiterals(dataSource, statement);
            return new Case(
                    name,
                    () -> run(dataSource, statement),
                    year,
                    parentId,
                    from,
                    to,
                    true,
                    grouped != null ? "every unit row grouped (before)" : "literals planned each run (before)",
                    before);
        }
    }

    private static final String DASHBOARD_REPOSITORY = "org.minsheng.dashboard.DashboardRepository";
    /** 漳浦县, whose towns are the pivot. */
    private static final String COUNTY = "350623";

    private QueryBench() {}

    public static void main(String[] args) throws Exception {
        var size = BenchSize.valueOf(args[0]);
        int warmup = Integer.getInteger("bench.warmup", 20);
        int reps = Integer.getInteger("bench.reps", 100);
        var recorder = new StatementRecorder(DASHBOARD_REPOSITORY);
        try (var context = BenchContext.start(size, recorder)) {
            boolean live = "live".equals(System.getProperty("bench.rollup"));
            RollupSource.live(context, live);
            var dataSource = context.getBean(DataSource.class);
            var dashboards = context.getBean(DashboardService.class);
            var tracker = context.getBean(TrackerService.class);
            var divisions = context.getBean(DivisionService.class);
            int city = SignedIn.as("leader", divisions::city).id();
            int county;
            int year;
            int decemberId;
            try (var c = dataSource.getConnection();
                    var s = c.createStatement()) {
                var rs = s.executeQuery("select max(p.year) from period p where p.kind = 'month' "
                        + "and exists (select 1 from figure f where f.period_id = p.id and f.revision > 0)");
                rs.next();
                year = rs.getInt(1);
                rs = s.executeQuery("select id from division where code = '" + COUNTY + "'");
                rs.next();
                county = rs.getInt(1);
                rs = s.executeQuery("select id from period where kind = 'month' and month = 12 and year = " + year);
                rs.next();
                decemberId = rs.getInt(1);
            }
            var filter = DashboardFilter.year(year);
            // Each page computed afresh (a new data version) while the recorder listens. The tiles run
            // one roll-up; December's page runs December (the ranking), the trend, then December of the
            // year before (同比); the county's page runs the city's year by month, the city's year before,
            // then the county's towns (the pivot).
            var tiles = StatementRecorder.pick(
                    recorder.record(() -> {
                        newVersion(dataSource);
                        SignedIn.as("leader", () -> dashboards.cityYear(year));
                    }),
                    "cells",
                    0);
            Runnable decemberPage = () -> {
                newVersion(dataSource);
                SignedIn.as("leader", () -> dashboards.dashboard(filter.withPeriod(PeriodChoice.MONTH, 12)));
            };
            Runnable countyPage = () -> {
                newVersion(dataSource);
                SignedIn.as("leader", () -> dashboards.dashboard(filter.withDivision(COUNTY)));
            };
            var december = recorder.record(decemberPage);
            var ranking = StatementRecorder.pick(december, "cells", 0);
            var trend = StatementRecorder.pick(december, "trend", 0);
            // The county's page reads its towns along the hierarchy (LevelSql, unitCells) since issue 17:
            // no city roll-up of its towns is left on it to time as the pivot.
            var pivot = second(recorder.record(countyPage), "cells");
            // the same pages' statements with every unit row grouped, as sent until 2026-12-01
            Statement rankingGrouped = null;
            Statement trendGrouped = null;
            Statement pivotGrouped = null;
            if (!"literals".equals(System.getProperty("bench.before", "grouped"))) {
                RollupSource.groupingSets(context, true);
                var decemberGrouped = recorder.record(decemberPage);
                rankingGrouped = StatementRecorder.pick(decemberGrouped, "cells", 0);
                trendGrouped = StatementRecorder.pick(decemberGrouped, "trend", 0);
                pivotGrouped = second(recorder.record(countyPage), "cells");
                RollupSource.groupingSets(context, false);
                saveStatements(size, "-grouped", present(tiles, rankingGrouped, trendGrouped, pivotGrouped));
            }
            saveStatements(size, "", present(tiles, ranking, trend, pivot));
            var cases = Arrays.asList(
                    new Case(
                            "tiles (cityYear: year to date, city total + districts; cached)",
                            () -> SignedIn.as("leader", () -> dashboards.cityYear(year)),
                            year,
                            city,
                            1,
                            12,
                            true),
                    Case.statement(
                            "ranking (one month, districts + total)",
                            dataSource,
                            ranking,
                            rankingGrouped,
                            year,
                            city,
                            12,
                            12),
                    Case.statement(
                            "trend (every month, districts + total)",
                            dataSource,
                            trend,
                            trendGrouped,
                            year,
                            city,
                            1,
                            12),
                    pivot == null
                            ? null
                            : Case.statement(
                                    "pivot with totals (漳浦县's towns x indicators + total)",
                                    dataSource,
                                    pivot,
                                    pivotGrouped,
                                    year,
                                    county,
                                    1,
                                    12),
                    new Case(
                            "whole dashboard page (4 roll-ups + catalogue; cached)",
                            () -> SignedIn.as("leader", () -> dashboards.dashboard(filter)),
                            year,
                            city,
                            1,
                            12,
                            true),
                    // An approval moves the data version (V090), so the next page is computed afresh:
                    // these two rows are what the first leader after an approval waits for. The
                    // version update (one autocommitted row) is inside the measured time.
                    new Case(
                            "tiles after an approval (cache cold)",
                            () -> {
                                newVersion(dataSource);
                                return SignedIn.as("leader", () -> dashboards.cityYear(year));
                            },
                            year,
                            city,
                            1,
                            12,
                            true),
                    new Case(
                            "whole dashboard page after an approval (cache cold)",
                            () -> {
                                newVersion(dataSource);
                                return SignedIn.as("leader", () -> dashboards.dashboard(filter));
                            },
                            year,
                            city,
                            1,
                            12,
                            true),
                    new Case(
                            "tracker (December, every district x indicator)",
                            () -> SignedIn.as("leader", () -> tracker.tracker(decemberId)),
                            year,
                            city,
                            12,
                            12,
                            false));
            var out = new StringBuilder();
            out.append(String.format(
                    "%n## %s (%s): year %d, %d warm-up + %d measured runs each, roll-ups %s%n%n",
                    size,
                    size.label,
                    year,
                    warmup,
                    reps,
                    live ? "computed live from the figures" : "read from the pre-aggregates (V110)"));
            try (var c = dataSource.getConnection()) {
                out.append(
                        String.format("figure rows in the database: %,d%n%n", count(c, "select count(*) from figure")));
                out.append(
                        "| query | figure rows read | median ms | p95 ms | raw sum median ms | raw p95 ms | ratio (median)"
                                + " | raw rows median ms | ratio to raw rows |\n");
                out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
                var only = System.getProperty("bench.only", "");
                for (var q : cases) {
                    if (q == null) {
                        continue;
                    }
                    if (!only.isEmpty() && Arrays.stream(only.split(",")).noneMatch(q.name::startsWith)) {
                        continue;
                    }
                    out.append(measure(q, dataSource, warmup, reps)).append('\n');
                    System.out.println(out.substring(out.lastIndexOf("\n|", out.length() - 2)));
                }
                explain(c, size, "", present(tiles, ranking, trend, pivot));
                if (rankingGrouped != null) {
                    explain(c, size, "-grouped", present(rankingGrouped, trendGrouped, pivotGrouped));
                }
            }
            System.out.println(out);
            var file = Path.of("target/bench/queries-" + size + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        }
    }

    /** The second statement {@code method} issued, or null when it issued fewer. */
    private static Statement second(List<Statement> caught, String method) {
        return caught.stream()
                .filter(s -> s.method().equals(method))
                .skip(1)
                .findFirst()
                .orElse(null);
    }

    private static List<Statement> present(Statement... statements) {
        return Arrays.stream(statements).filter(java.util.Objects::nonNull).toList();
    }

    /** What an approval does to the dashboards' cache: the data version moves. */
    private static void newVersion(DataSource dataSource) {
        try (var c = dataSource.getConnection();
                var s = c.createStatement()) {
            s.executeUpdate("update data_version set n = n + 1, xact = txid_current()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * Two raw scans of the rows a query reads: their sum (one row back, the comparison since issue 8),
     * and the rows themselves returned as stored (every column a roll-up uses, each value read by the
     * client), which is what "a raw scan of the same rows" also costs when the answer has as many rows
     * as the roll-up's: the trend returns 2,880 rows, the sum one.
     */
    private static final String RAW_FROM = """
             from figure f
            join period p on p.id = f.period_id join division d on d.id = f.division_id
            where p.kind = 'month' and p.year = ? and p.month between ? and ? and d.parent_id = ?""";

    private static String measure(Case q, DataSource dataSource, int warmup, int reps) throws SQLException {
        var approved = q.approvedOnly ? " and f.revision > 0" : "";
        var sql = "select sum(f.approved_value), count(*)" + RAW_FROM + approved;
        var rowsSql = "select f.indicator_id, f.division_id, p.month, f.approved_value, f.approved_not_applicable,"
                + " f.approved_at, f.revision, f.corrections" + RAW_FROM + approved;
        var query = new Timings(reps);
        var before = new Timings(reps);
        var raw = new Timings(reps);
        var rawRows = new Timings(reps);
        long rows = 0;
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(sql);
                var r = c.prepareStatement(rowsSql)) {
            for (int i = 0; i < warmup + reps; i++) {
                long b0 = System.nanoTime();
                if (q.before != null) {
                    q.before.get();
                }
                long t0 = System.nanoTime();
                q.query.get();
                long t1 = System.nanoTime();
                s.setInt(1, q.year);
                s.setInt(2, q.from);
                s.setInt(3, q.to);
                s.setInt(4, q.parentId);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    rows = rs.getLong(2);
                }
                long t2 = System.nanoTime();
                r.setInt(1, q.year);
                r.setInt(2, q.from);
                r.setInt(3, q.to);
                r.setInt(4, q.parentId);
                try (var rs = r.executeQuery()) {
                    read(rs);
                }
                long t3 = System.nanoTime();
                if (i >= warmup) {
                    before.add(t0 - b0);
                    query.add(t1 - t0);
                    raw.add(t2 - t1);
                    rawRows.add(t3 - t2);
                }
            }
        }
        var row = String.format(
                "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |",
                q.name,
                rows,
                query.median(),
                query.p95(),
                raw.median(),
                raw.p95(),
                query.median() / raw.median(),
                rawRows.median(),
                query.median() / rawRows.median());
        if (q.before == null) {
            return row;
        }
        return String.format(
                "| %s, %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n%s",
                q.name,
                q.beforeLabel,
                rows,
                before.median(),
                before.p95(),
                raw.median(),
                raw.p95(),
                before.median() / raw.median(),
                rawRows.median(),
                before.median() / rawRows.median(),
                row);
    }

    /**
     * A caught statement run again as it was sent: prepared with its bind values, as jOOQ does (pgjdbc
     * prepares it on the server from the fifth run on one connection), reading every value of every row.
     */
    private static int run(DataSource dataSource, Statement statement) {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(statement.sent())) {
            for (int i = 0; i < statement.binds().size(); i++) {
                s.setObject(i + 1, statement.binds().get(i));
            }
            try (var rs = s.executeQuery()) {
                return read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A caught statement with its values inlined, as a plain statement, which PostgreSQL plans on every
     * run: how a statement with literals runs in the application until its text has run five times on
     * one pooled connection, which a page computed once per data version rarely reaches.
     */
    private static int runLiterals(DataSource dataSource, Statement statement) {
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery(statement.sql())) {
            return read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int read(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        int rows = 0;
        while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
                rs.getObject(i);
            }
            rows++;
        }
        return rows;
    }

    /** The statements timed alone, as the dashboard sent them, for review beside the results. */
    private static void saveStatements(BenchSize size, String suffix, List<Statement> statements) throws IOException {
        var file = Path.of("target/bench/statements-" + size + suffix + ".sql");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                String.join(
                        "\n\n",
                        statements.stream()
                                .map(s -> "-- DashboardRepository." + s.method() + "\n" + s.sql() + ";")
                                .toList()));
    }

    /**
     * The plans of the tiles, the ranking, the trend and the towns' pivot, kept beside the results. A
     * statement sent with bind values (the ranking) runs from a generic plan once pgjdbc has prepared
     * it, which its literal form's plan does not show: its generic plan is added after it.
     */
    private static void explain(Connection c, BenchSize size, String suffix, List<Statement> statements)
            throws SQLException, IOException {
        var plans = new ArrayList<String>();
        for (var statement : statements) {
            var plan = new StringBuilder();
            try (var s = c.createStatement();
                    var rs = s.executeQuery("explain (analyze, buffers) " + statement.sql())) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            if (!statement.binds().isEmpty()) {
                plan.append("\n-- the same, as sent: bind values, generic plan\n")
                        .append(genericPlan(c, statement));
            }
            plans.add(plan.toString());
        }
        var file = Path.of("target/bench/explain-" + size + suffix + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n\n", plans));
    }

    /*
     * EXPLAIN sent with bind values plans them as constants (a custom plan), so the generic plan is
     * asked for as SQL: PREPARE with $n for the driver's ?, plan_cache_mode forced, EXPLAIN EXECUTE.
     */
    private static String genericPlan(Connection c, Statement statement) throws SQLException {
        var sql = new StringBuilder();
        int n = 0;
        for (char ch : statement.sent().toCharArray()) {
            if (ch == '?') {
                sql.append('$').append(++n);
            } else {
                sql.append(ch);
            }
        }
        var values = statement.binds().stream()
                .map(v -> "'" + String.valueOf(v).replace("'", "''") + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        var plan = new StringBuilder();
        try (var s = c.createStatement()) {
            s.execute("prepare bench_generic as " + sql);
            try {
                s.execute("set plan_cache_mode = force_generic_plan");
                try (var rs = s.executeQuery("explain (analyze, buffers) execute bench_generic(" + values + ")")) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            } finally {
                s.execute("reset plan_cache_mode");
                s.execute("deallocate bench_generic");
            }
        }
        return plan.toString();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
