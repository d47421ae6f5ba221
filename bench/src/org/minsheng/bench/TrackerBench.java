package org.minsheng.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.minsheng.figure.Tracker;
import org.minsheng.figure.TrackerService;
import org.minsheng.support.SignedIn;

/**
 * Issue 17 item 6: the tracker of the national root (2,978 counties counted under 31 provinces), of a
 * province (its cities, counted), of a city (its districts' cells) and of a county (its towns' cells), each
 * timed through {@link TrackerService} as a reviewer opens it, the cases alternating sample by sample so
 * they share the machine's load. {@code bench/run.sh tracker S|L}; {@code -Dbench.samples=200
 * -Dbench.warmup=20}.
 *
 * <p>At L the application starts with 全国 (code 000000, V141: the country over the 31 provinces) as the
 * installation's root ({@code minsheng.city-code=000000}), as a national installation runs.
 */
public final class TrackerBench {

    static final String NATIONAL = "000000";

    private TrackerBench() {}

    public static void main(String[] args) throws Exception {
        var size = BenchSize.valueOf(args[0]);
        int samples = Integer.getInteger("bench.samples", 200);
        int warmup = Integer.getInteger("bench.warmup", 20);
        var out = new StringBuilder();
        out.append(String.format(
                "# tracker bench, %s (%s), %s; %d samples per case after %d warm-up rounds%n",
                size, size.label, Instant.now(), samples, warmup));
        out.append(String.format("load average at start %.2f%n", load()));
        boolean national = size == BenchSize.L;
        var extra = national ? new String[] {"--minsheng.city-code=" + NATIONAL} : new String[0];
        try (var context = BenchContext.start(size, extra)) {
            var dataSource = context.getBean(DataSource.class);
            var trackers = context.getBean(TrackerService.class);
            try (var c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                int period = (int) count(c, """
                        select p.id from period p where p.kind = 'month' and p.month = 12 and p.year = (
                          select max(q.year) from period q where q.kind = 'month'
                            and exists (select 1 from figure f where f.period_id = q.id))""");
                out.append(String.format(
                        "period %d (December of the latest year with figures); counties valid: %,d%n",
                        period, count(c, "select count(*) from division where level = 'county'")));
                // the cases: the root, the largest province by counties, 漳州市, and 漳浦县 with its towns
                var cases = new LinkedHashMap<String, String>();
                if (national) {
                    cases.put("national root 全国 (provinces, counted)", NATIONAL);
                    cases.put("province " + largestProvince(c) + " (cities, counted)", largestProvince(c));
                } else {
                    cases.put("root 漳州市 (districts' cells)", null);
                }
                cases.put("city 350600 漳州市 (districts' cells)", "350600");
                cases.put("county 350623 漳浦县 (its towns' cells)", "350623");
                var timings = new LinkedHashMap<String, Timings>();
                var first = new LinkedHashMap<String, Double>();
                var shape = new LinkedHashMap<String, String>();
                cases.forEach((name, code) -> {
                    long t = System.nanoTime();
                    var tracker = SignedIn.as("reviewer", () -> trackers.tracker(period, code));
                    first.put(name, (System.nanoTime() - t) / 1e6);
                    shape.put(name, shape(tracker));
                    timings.put(name, new Timings(samples));
                });
                for (int i = 0; i < warmup; i++) {
                    cases.values().forEach(code -> SignedIn.as("reviewer", () -> trackers.tracker(period, code)));
                }
                for (int i = 0; i < samples; i++) {
                    for (Map.Entry<String, String> e : cases.entrySet()) {
                        long t = System.nanoTime();
                        SignedIn.as("reviewer", () -> trackers.tracker(period, e.getValue()));
                        timings.get(e.getKey()).add(System.nanoTime() - t);
                    }
                }
                out.append(String.format("load average at end %.2f%n%n", load()));
                out.append("| case | what the page holds | first call ms | samples | p50 ms | p95 ms | max ms |\n");
                out.append("|---|---|---:|---:|---:|---:|---:|\n");
                timings.forEach((name, t) -> out.append(String.format(
                        "| %s | %s | %.1f | %d | %.1f | %.1f | %.1f |%n",
                        name, shape.get(name), first.get(name), t.count(), t.median(), t.p95(), t.quantile(1.0))));
                out.append("\n").append(explain(c, period, national));
            }
        }
        System.out.println();
        System.out.println(out);
        var file = Path.of("target/bench/tracker-" + size + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println("written to " + file);
    }

    private static String shape(Tracker tracker) {
        var counts = tracker.completeness();
        return tracker.rolledUp()
                ? String.format(
                        "%d children, %,d reporting units below (%,d submitted)",
                        tracker.children().size(), counts.units(), counts.submitted())
                : String.format(
                        "%d rows x %d indicators (%d counted, %d submitted)",
                        tracker.rows().size(), tracker.indicators().size(), counts.units(), counts.submitted());
    }

    /** The province with the most county-level units, the largest page of counts below the root. */
    private static String largestProvince(Connection c) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery("""
                        select p.code from division p join division ci on ci.parent_id = p.id
                        join division co on co.parent_id = ci.id and co.level = 'county'
                        where p.level = 'province' and p.code <> '%s'
                        group by p.code order by count(*) desc, p.code limit 1""".formatted(NATIONAL))) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The counting statement's plan at the root, for the record. */
    private static String explain(Connection c, int period, boolean national) throws SQLException {
        var root = national ? NATIONAL : "350600";
        var plan = new ArrayList<String>();
        try (var s = c.createStatement();
                var rs = s.executeQuery("""
                        explain (analyze, buffers)
                        with recursive sub (id, child_id, level) as (
                          select d.id, d.id, d.level from division d
                          where d.parent_id = (select id from division where code = '%s')
                          union all
                          select d.id, s.child_id, d.level from sub s join division d on d.parent_id = s.id
                          where s.level in ('province', 'city')
                        )
                        select s.child_id, count(*), count(*) filter (where done.figures = 20)
                        from sub s cross join lateral (
                          select count(*) filter (where f.indicator_id = any(array(select i.id from indicator i
                              where i.reporting_level = 'county' and i.frequency = 'month'))
                            and f.status in ('submitted', 'approved')) as figures
                          from figure f where f.division_id = s.id and f.period_id = %d) as done
                        where s.level = 'county' group by s.child_id""".formatted(root, period))) {
            while (rs.next()) {
                plan.add(rs.getString(1));
            }
        }
        return "EXPLAIN (ANALYZE, BUFFERS) of the counting statement at the root (the county indicators as a subquery):\n"
                + String.join("\n", plan) + "\n";
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
