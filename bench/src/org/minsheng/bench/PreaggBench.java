package org.minsheng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.RollupSource;
import org.minsheng.support.SignedIn;

/**
 * Issue 16, item 3: the first dashboard page after an approval, read from the pre-aggregates (V110)
 * and computed live from the figures, alternating in one run; and what keeping the pre-aggregates
 * costs a write. Each sample approves one figure of the city's districts in the year shown (a new
 * value and revision, as ReviewService's approval writes it, in its own transaction: the data version
 * moves, so the next page is computed afresh), then times the city's year page as a leader opens it.
 * The write costs time the same statements with all the pre-aggregates' triggers, with V110's only (V122's
 * totals along the hierarchy off) and with none (ALTER TABLE in this benchmark only; the groups written
 * while some are disabled are recomputed after), alternating in blocks:
 * one approval, and 100,000 figures changed in one statement, both as an approval and as an import's
 * drafts (rolled back). {@code bench/run.sh preagg S|L}; {@code -Dbench.approvals=200 -Dbench.bulk=100000
 * -Dbench.bulkReps=3}.
 */
public final class PreaggBench {

    private PreaggBench() {}

    public static void main(String[] args) throws Exception {
        var size = BenchSize.valueOf(args[0]);
        int approvals = Integer.getInteger("bench.approvals", 200);
        int bulk = Integer.getInteger("bench.bulk", 100_000);
        int bulkReps = Integer.getInteger("bench.bulkReps", 3);
        var out = new StringBuilder();
        long started = System.nanoTime();
        var parts = List.of(System.getProperty("bench.parts", "page,approval,bulk,breakdown")
                .split(","));
        var clock = new StatementClock();
        try (var context = BenchContext.start(size, clock)) {
            // Flyway ran at start: on a database generated before V110, that included the backfill.
            out.append(String.format(
                    "## %s (%s): context started (Flyway, V110 backfill if pending) in %.1f s%n",
                    size, size.label, (System.nanoTime() - started) / 1e9));
            var dataSource = context.getBean(DataSource.class);
            var dashboards = context.getBean(DashboardService.class);
            var random = new Random(Long.getLong("bench.seed", 16L));
            try (var c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                out.append(String.format(
                        "figure rows %,d; rollup_month rows %,d; rollup_year rows %,d; rollup_total_month rows %,d%n",
                        count(c, "select count(*) from figure"),
                        count(c, "select count(*) from rollup_month"),
                        count(c, "select count(*) from rollup_year"),
                        count(c, "select count(*) from rollup_total_month")));
                out.append(flywayTimes(c));
                int year = (int) count(
                        c,
                        "select max(p.year) from period p where exists "
                                + "(select 1 from figure f where f.period_id = p.id and f.revision > 0)");
                var ids = figureIds(c, year);
                var filter = DashboardFilter.year(year);
                out.append(String.format(
                        "year %d, %,d approved figures of the city's districts to approve again%n%n",
                        year, ids.size()));
                System.out.print(out);

                // (a) first page after an approval, live and pre-aggregated alternating
                for (int i = 0; i < (parts.contains("page") ? 10 : 0); i++) {
                    approve(c, ids.get(random.nextInt(ids.size())));
                    RollupSource.live(context, i % 2 == 0);
                    SignedIn.as("leader", () -> dashboards.dashboard(filter));
                }
                var livePage = new Timings(approvals * 2);
                var preaggPage = new Timings(approvals * 2);
                var approveWith = new Timings(approvals * 2);
                for (int i = 0; i < (parts.contains("page") ? approvals * 2 : 0); i++) {
                    boolean live = i % 2 == 0;
                    approveWith.add(approve(c, ids.get(random.nextInt(ids.size()))));
                    RollupSource.live(context, live);
                    long t0 = System.nanoTime();
                    SignedIn.as("leader", () -> dashboards.dashboard(filter));
                    (live ? livePage : preaggPage).add(System.nanoTime() - t0);
                }
                RollupSource.live(context, false);
                if (parts.contains("page")) {
                    out.append("### (a) whole dashboard page (city, year) right after an approval (cache cold)\n\n");
                    out.append("| source | samples | median ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
                    out.append(row("live roll-up from figures (before)", approvals, livePage));
                    out.append(row("pre-aggregates, V110 (after)", approvals, preaggPage));
                    System.out.print(out.substring(out.lastIndexOf("###")));
                }

                // (b1) one approval in each trigger state, alternating blocks of 20: a district's figure (its
                // city's totals and up change) and a town's (its county's, city's and up)
                if (parts.contains("approval")) {
                    out.append("\n### (b) write cost of the triggers\n\n");
                    out.append("| write | samples | all triggers (V110 + V122) median ms | p95 ms"
                            + " | V110 only (no hierarchy totals) median ms | p95 ms | none median ms | p95 ms |\n");
                    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
                    out.append(String.format(
                            "| one approval of a district's figure (update of one figure, autocommit) | %d |%s%n",
                            approvals, cells(approvals(c, ids, approvals, random), "%.2f")));
                    var towns = townFigureIds(c, year);
                    if (!towns.isEmpty()) {
                        out.append(String.format(
                                "| one approval of a town's figure (update of one figure, autocommit) | %d |%s%n",
                                approvals, cells(approvals(c, towns, approvals, random), "%.2f")));
                    }
                    System.out.print(out.substring(out.lastIndexOf("###")));
                }

                // (b2) 100,000 figures in one statement, as an approval and as an import's drafts, rolled back
                var bulkIds = bulkIds(c, bulk);
                for (var kind : parts.contains("bulk") ? List.of("approval", "drafts") : List.<String>of()) {
                    var bulkTimes = new EnumMap<Triggers, Timings>(Triggers.class);
                    for (var state : Triggers.values()) {
                        bulkTimes.put(state, new Timings(bulkReps));
                    }
                    for (int r = 0; r < bulkReps; r++) {
                        for (var state : Triggers.values()) {
                            bulkTimes.get(state).add(bulkUpdate(c, bulkIds, kind, state));
                        }
                    }
                    out.append(String.format(
                            "| %,d figures in one statement as %s (rolled back) | %d |%s%n",
                            bulkIds.size(),
                            kind.equals("approval") ? "an approval" : "an import's drafts",
                            bulkReps,
                            cells(bulkTimes, "%.0f")));
                    System.out.print(out.substring(out.lastIndexOf("\n|")));
                }

                // (c) where the time of a page after an approval goes, statement by statement
                int pages = parts.contains("breakdown") ? Integer.getInteger("bench.breakdownPages", 40) : 0;
                for (var live : pages > 0 ? List.of(false, true) : List.<Boolean>of()) {
                    RollupSource.live(context, live);
                    var total = new Timings(pages);
                    for (int i = 0; i < pages; i++) {
                        approve(c, ids.get(random.nextInt(ids.size())));
                        long t0 = System.nanoTime();
                        clock.measure(() -> SignedIn.as("leader", () -> dashboards.dashboard(filter)));
                        total.add(System.nanoTime() - t0);
                    }
                    out.append(String.format(
                            "%n### (c) %d pages after an approval, %s: page median %.1f ms, p95 %.1f ms; statements%n%n",
                            pages, live ? "live" : "pre-aggregated", total.median(), total.p95()));
                    out.append(clock.report(pages));
                    clock.reset();
                    System.out.print(out.substring(out.lastIndexOf("###")));
                }
                RollupSource.live(context, false);
            }
        }
        System.out.println();
        System.out.println(out);
        var file = Path.of("target/bench/preagg-" + size + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private static String row(String name, int samples, Timings t) {
        return String.format("| %s | %d | %.1f | %.1f | %.1f |%n", name, samples, t.median(), t.p95(), t.quantile(1.0));
    }

    /** As ReviewService's approval writes a figure: a new approved value and revision, in its own transaction. */
    static long approve(Connection c, long id) throws SQLException {
        long t0 = System.nanoTime();
        try (var s = c.prepareStatement("""
                update figure set approved_value = coalesce(approved_value, 0) + 1, value = coalesce(approved_value, 0) + 1,
                                  approved_not_applicable = false, not_applicable = false, status = 'approved',
                                  approved_at = now(), revision = revision + 1, version = version + 1
                where id = ?""")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        return System.nanoTime() - t0;
    }

    private static long bulkUpdate(Connection c, List<Long> ids, String kind, Triggers triggers) throws SQLException {
        c.setAutoCommit(false);
        try {
            triggers.set(c);
            var set = kind.equals("approval")
                    ? "approved_value = coalesce(approved_value, 0) + 1, value = coalesce(approved_value, 0) + 1,"
                            + " approved_not_applicable = false, not_applicable = false, approved_at = now(),"
                            + " revision = revision + 1, version = version + 1"
                    : "value = coalesce(value, 0) + 1, not_applicable = false, status = 'draft', version = version + 1";
            long t0 = System.nanoTime();
            try (var s = c.prepareStatement("update figure set " + set + " where id = any(?)")) {
                s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                s.executeUpdate();
            }
            return System.nanoTime() - t0;
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** Single approvals in each trigger state, alternating blocks of 20; groups a block left stale recomputed. */
    private static Map<Triggers, Timings> approvals(Connection c, List<Long> ids, int approvals, Random random)
            throws SQLException {
        var times = new EnumMap<Triggers, Timings>(Triggers.class);
        for (var state : Triggers.values()) {
            times.put(state, new Timings(approvals));
        }
        for (int block = 0; block < approvals / 20; block++) {
            for (var state : Triggers.values()) {
                var touched = new ArrayList<Long>();
                state.set(c);
                try {
                    for (int i = 0; i < 20; i++) {
                        long id = ids.get(random.nextInt(ids.size()));
                        touched.add(id);
                        times.get(state).add(approve(c, id));
                    }
                } finally {
                    state.recompute(c, touched);
                    Triggers.ALL.set(c);
                }
            }
        }
        return times;
    }

    /** Median and p95 of each trigger state, as table cells. */
    private static String cells(Map<Triggers, Timings> times, String format) {
        var text = new StringBuilder();
        for (var state : Triggers.values()) {
            var t = times.get(state);
            text.append(' ').append(String.format(format, t.median())).append(" |");
            text.append(' ').append(String.format(format, t.p95())).append(" |");
        }
        return text.toString();
    }

    /**
     * Which pre-aggregate triggers are on: V110's (a unit's own rows) and V122's (totals along the
     * hierarchy, fired after V110's and reading their rows), so one run measures what each adds. A block
     * run with some off is recomputed after it as the triggers would have.
     */
    private enum Triggers {
        ALL(true, true),
        OWN_ROWS_ONLY(true, false),
        NONE(false, false);

        private static final String[] OWN = {"figure_rollup_insert", "figure_rollup_update", "figure_rollup_delete"};
        private static final String[] TOTALS = {
            "figure_rollup_insert_total", "figure_rollup_update_total", "figure_rollup_delete_total"
        };

        private final boolean own;
        private final boolean totals;

        Triggers(boolean own, boolean totals) {
            this.own = own;
            this.totals = totals;
        }

        void set(Connection c) throws SQLException {
            try (var s = c.createStatement()) {
                for (var trigger : OWN) {
                    s.execute("alter table figure " + (own ? "enable" : "disable") + " trigger " + trigger);
                }
                for (var trigger : TOTALS) {
                    s.execute("alter table figure " + (totals ? "enable" : "disable") + " trigger " + trigger);
                }
            }
        }

        /** The groups approved in this state, recomputed as the triggers that were off would have. */
        void recompute(Connection c, List<Long> ids) throws SQLException {
            if (!own) {
                try (var s = c.prepareStatement("""
                        select rollup_recompute(array_agg(division_id), array_agg(indicator_id), array_agg(year))
                        from (select distinct f.division_id, f.indicator_id, p.year from figure f
                              join period p on p.id = f.period_id where f.id = any(?)) k""")) {
                    s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                    s.execute();
                }
            }
            if (!totals) {
                try (var s = c.prepareStatement("""
                        select rollup_total_recompute(array_agg(parent_id), array_agg(indicator_id), array_agg(year),
                                                      array_agg(1::smallint), array_agg(true))
                        from (select distinct d.parent_id, f.indicator_id, p.year from figure f
                              join period p on p.id = f.period_id join division d on d.id = f.division_id
                              where f.id = any(?) and d.parent_id is not null) k""")) {
                    s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                    s.execute();
                }
            }
        }
    }

    /** Approved monthly figures of the city's districts in the year: what a city reviewer approves. */
    private static List<Long> figureIds(Connection c, int year) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var s = c.createStatement();
                var rs = s.executeQuery("""
                select f.id from division city
                join division d on d.parent_id = city.id
                join figure f on f.division_id = d.id
                join period p on p.id = f.period_id
                where city.code = '350600' and p.year = %d and p.kind = 'month' and f.revision > 0
                order by f.id""".formatted(year))) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Approved monthly figures of the city's towns in the year: the deepest chain of totals. */
    private static List<Long> townFigureIds(Connection c, int year) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var s = c.createStatement();
                var rs = s.executeQuery("""
                select f.id from division city
                join division d on d.parent_id = city.id
                join division t on t.parent_id = d.id
                join figure f on f.division_id = t.id
                join period p on p.id = f.period_id
                where city.code = '350600' and p.year = %d and p.kind = 'month' and f.revision > 0
                order by f.id""".formatted(year))) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The first n approved figures of the newest year: a province's or a big import's worth. */
    private static List<Long> bulkIds(Connection c, int n) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var s = c.createStatement();
                var rs = s.executeQuery(
                        "select f.id from figure f where f.revision > 0 order by f.id desc limit " + n)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static String flywayTimes(Connection c) throws SQLException {
        var text = new StringBuilder();
        try (var s = c.createStatement();
                var rs = s.executeQuery("select version, description, installed_on, execution_time from "
                        + "flyway_schema_history where description like '%rollup%' order by installed_rank")) {
            while (rs.next()) {
                text.append(String.format(
                        "migration V%s %s installed %s in %,d ms%n",
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getLong(4)));
            }
        }
        return text.toString();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
