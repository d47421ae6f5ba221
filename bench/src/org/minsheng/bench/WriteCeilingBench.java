package org.minsheng.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.SignedIn;

/**
 * How many writes one PostgreSQL primary takes: the two writes of a reporting deadline, through the
 * application's own services, from 1 to N writers at once, against a running primary (by default
 * {@code bench/cluster.sh}'s, with the Zhangzhou demo data).
 * <ul>
 * <li><b>save</b>: a statistician's draft save (FigureService.save) of a cell of the open month, each
 * writer on cells of its own. Drafts move nothing the dashboards show, so they share no row.</li>
 * <li><b>correct</b>: a reviewer's correction of a published figure (ReviewService.revise), each writer on
 * figures of its own. It writes what an approval writes (the approved value, its revision, the audit
 * trail, the pre-aggregates) and moves the data version, which is one row for the installation.</li>
 * </ul>
 * For each it reports writes per second, p95 per write, and the CPU the primary (its postmaster and
 * backends, {@code -Dbench.pgData}) and this JVM spent per write. The primary's CPU per write is what
 * sizes a primary for a deadline peak (docs/benchmarks.md section 7); where throughput stops growing
 * with writers while the primary's CPU does not, the writes queue on a row, not on cores.
 *
 * <p>{@code bench/run.sh write-ceiling [JDBC URL] [seconds per step] [writers, comma-separated]}
 */
public final class WriteCeilingBench {

    private WriteCeilingBench() {}

    public static void main(String[] args) throws Exception {
        var url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:55501/minsheng";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        var steps = args.length > 2
                ? java.util.Arrays.stream(args[2].split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {1, 2, 4, 8};
        int most = java.util.Arrays.stream(steps).max().orElse(1);
        try (var context = BenchContext.start(
                BenchSize.S,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.maximum-pool-size=" + (most + 2))) {
            var figures = context.getBean(FigureService.class);
            var reviews = context.getBean(ReviewService.class);
            var data = context.getBean(DataSource.class);
            var open = SignedIn.as("stat-xiangcheng", figures::periodsForEntry).getFirst();
            var plain = plainCounts(data);
            var drafts = new ArrayList<Target>();
            for (var statistician : List.of("stat-xiangcheng", "stat-zhangpu")) {
                SignedIn.as(statistician, () -> figures.sheet(open.id())).cells().stream()
                        .filter(c -> plain.contains(c.key().indicatorId()))
                        .map(c -> new Target(statistician, c.key(), c.version(), BigDecimal.TEN))
                        .forEach(drafts::add);
            }
            var published = publishedFigures(data, plain);
            if (drafts.size() < most) {
                throw new IllegalArgumentException("more writers than the " + drafts.size() + " cells to save");
            }
            System.out.printf(
                    "primary %s, %d s per step; save: %d cells of 芗城区's and 漳浦县's open month %d-%02d;"
                            + " correct: %d published figures%n",
                    url, seconds, drafts.size(), open.year(), open.month(), published.size());
            System.out.println(
                    "| write | writers | writes | writes/s | p95 (ms) | primary CPU ms/write | app CPU ms/write |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (int writers : steps) {
                run("save", writers, seconds, drafts, target -> {
                    var value = target.value().add(BigDecimal.ONE);
                    var saved = SignedIn.as(
                            target.user(),
                            () -> figures.save(FigureInput.of(target.key(), value.toPlainString(), target.version())));
                    if (!saved.saved()) {
                        throw new IllegalStateException("refused: " + saved.errors());
                    }
                    return new Target(target.user(), target.key(), saved.cell().version(), value);
                });
                run("correct", writers, seconds, published, target -> {
                    // one more each time: a count stays a valid count
                    var value = target.value().add(BigDecimal.ONE);
                    var revised = SignedIn.as(
                            target.user(),
                            () -> reviews.revise(new FigureInput(
                                    target.key(), value.toPlainString(), false, null, target.version(), "写入上限测试")));
                    return new Target(target.user(), target.key(), revised.version(), value);
                });
            }
        }
    }

    /** A cell a writer writes, at the version and value it last wrote. */
    private record Target(String user, CellKey key, int version, BigDecimal value) {}

    /** One write of a cell, returning it as it now is. */
    private interface Write {
        Target apply(Target target) throws Exception;
    }

    private static void run(String name, int writers, int seconds, List<Target> cells, Write write) throws Exception {
        var pids = new long[] {ProcessHandle.current().pid()};
        var timings = new Timings(1_000_000);
        var count = new AtomicInteger();
        var failure = new AtomicLong();
        var start = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        var owned = new ArrayList<List<Target>>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int w = 0; w < writers; w++) {
            // each writer its own cells, so no two write one row (no version conflicts)
            var own = new ArrayList<Target>();
            for (int i = w; i < cells.size(); i += writers) {
                own.add(cells.get(i));
            }
            owned.add(own);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int n = 0; System.nanoTime() < end; n++) {
                        int i = n % own.size();
                        long t0 = System.nanoTime();
                        own.set(i, write.apply(own.get(i)));
                        long took = System.nanoTime() - t0;
                        synchronized (timings) {
                            timings.add(took);
                        }
                        count.incrementAndGet();
                    }
                } catch (Exception e) {
                    failure.incrementAndGet();
                    e.printStackTrace();
                }
            }));
        }
        long db0 = LoadDriver.Cpu.postgres();
        long app0 = LoadDriver.Cpu.of(pids);
        long t0 = System.nanoTime();
        start.countDown();
        for (var thread : threads) {
            thread.join();
        }
        // the cells at their new versions, for the next step
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < owned.get(w).size(); i++) {
                cells.set(w + i * writers, owned.get(w).get(i));
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double db = (LoadDriver.Cpu.postgres() - db0) / LoadDriver.Cpu.TICKS * 1000;
        double app = (LoadDriver.Cpu.of(pids) - app0) / LoadDriver.Cpu.TICKS * 1000;
        int n = count.get();
        if (failure.get() > 0) {
            throw new IllegalStateException(failure.get() + " writers failed");
        }
        System.out.printf(
                "| %s | %d | %d | %.0f | %.1f | %.2f | %.2f |%n",
                name, writers, n, n / wall, timings.p95(), db / n, app / n);
    }

    /**
     * Monthly counts summed up the hierarchy, bounded by nothing and part of no ratio: one more or
     * less is always a valid figure.
     */
    private static java.util.Set<Integer> plainCounts(DataSource data) throws Exception {
        var ids = new java.util.HashSet<Integer>();
        try (var c = data.getConnection();
                var s = c.prepareStatement("""
                        select i.id from indicator i
                         where i.aggregation = 'sum' and i.frequency = 'month' and i.max_value is null
                           and not exists (select 1 from indicator r where i.id in (r.numerator_id, r.denominator_id))
                        """);
                var r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getInt(1));
            }
        }
        return ids;
    }

    /** 2020's published December figures of every district, of the plain counts. */
    private static List<Target> publishedFigures(DataSource data, java.util.Set<Integer> plain) throws Exception {
        var targets = new ArrayList<Target>();
        try (var c = data.getConnection();
                var s = c.prepareStatement("""
                        select f.indicator_id, f.division_id, f.period_id, f.version, f.approved_value
                          from figure f join period p on p.id = f.period_id
                         where p.year = 2020 and p.month = 12 and f.approved_value is not null
                        """);
                var r = s.executeQuery()) {
            while (r.next()) {
                if (plain.contains(r.getInt(1))) {
                    targets.add(new Target(
                            "reviewer",
                            new CellKey(r.getInt(1), r.getInt(2), r.getInt(3)),
                            r.getInt(4),
                            r.getBigDecimal(5)));
                }
            }
        }
        return targets;
    }
}
