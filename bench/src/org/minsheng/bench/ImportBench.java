package org.minsheng.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.minsheng.importing.ImportPreview;
import org.minsheng.importing.ImportService;
import org.minsheng.importing.PeriodByPeriodImports;
import org.minsheng.support.SignedIn;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports figures through the real import path (ImportService.preview, the dry run a user reads,
 * then ImportService.commit, which checks again and writes all rows or none) until 100,000 rows are
 * in, first as it was before its checks read set-based (PeriodByPeriodImports; {@code
 * -Dbench.before=false} skips it), then as it is, then COPYs the same rows into a table shaped like figure (same columns, checks and
 * indexes) and reports the ratio. A file can hold each open cell once, so the rows come as rounds of
 * files holding every open cell of the city (2025: 12 months x 11 districts x 20 indicators),
 * each round a new value. {@code bench/run.sh import S}; {@code -Dbench.importRows=100000}. It ends with
 * the last path's time per file (wall and the JVM thread's CPU, in all and file by file) and its dry runs'
 * and commits' time in the database, by repository method (a file's writes against its checks' reads).
 * Then the same path runs as many rows again on the now warm JVM ({@code -Dbench.warm=false} skips it),
 * so the cold start's share of the first run shows beside a server's steady state.
 */
public final class ImportBench {

    private record Cell(
            String period,
            String divisionCode,
            String indicatorCode,
            long indicatorId,
            long divisionId,
            long periodId,
            BigDecimal value) {}

    private ImportBench() {}

    /**
     * What one path took for the whole run: wall time, and the CPU time of the thread that ran it (the
     * JVM's own work, which the other processes on a shared machine do not stretch as they do the wall
     * time and the database's).
     */
    private record Run(
            int rows,
            int files,
            long previewNanos,
            long commitNanos,
            long previewCpu,
            long commitCpu,
            List<String> perFile) {

        double seconds() {
            return (previewNanos + commitNanos) / 1e9;
        }
    }

    /** A dry run and a commit of one file through one of the two import paths. */
    private interface Path {
        ImportPreview preview(String name, byte[] bytes);

        void commit(String name, byte[] bytes);
    }

    public static void main(String[] args) throws Exception {
        var size = BenchSize.valueOf(args[0]);
        int target = Integer.getInteger("bench.importRows", 100_000);
        boolean before = Boolean.parseBoolean(System.getProperty("bench.before", "true"));
        var clock = new StatementClock();
        try (var context = BenchContext.start(size, clock)) {
            var dataSource = context.getBean(DataSource.class);
            var imports = context.getBean(ImportService.class);
            // the import before its checks read set-based: not a Spring bean, so in a transaction of ours
            var oracle = PeriodByPeriodImports.of(context);
            var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            List<Cell> cells;
            try (var c = dataSource.getConnection()) {
                statistician(c);
                cells = openCells(c);
            }
            System.out.printf("%d open cells per round (every open month x district x indicator)%n", cells.size());
            long[] updatesBefore;
            try (var c = dataSource.getConnection()) {
                updatesBefore = figureUpdates(c);
            }
            var written = new ArrayList<Cell>();
            Run periodByPeriod = null;
            int round = 0;
            if (before) {
                System.out.println("before: checks read period by period (PeriodByPeriodImports)");
                periodByPeriod = run(
                        new Path() {
                            @Override
                            public ImportPreview preview(String name, byte[] bytes) {
                                return transactions.execute(t -> oracle.preview(name, bytes));
                            }

                            @Override
                            public void commit(String name, byte[] bytes) {
                                transactions.executeWithoutResult(t -> oracle.commit(name, bytes));
                            }
                        },
                        cells,
                        target,
                        round,
                        new ArrayList<>(),
                        new StatementClock());
                round += periodByPeriod.files();
            }
            System.out.println("after: checks over the file's set-based reads (ImportService)");
            var importService = new Path() {
                @Override
                public ImportPreview preview(String name, byte[] bytes) {
                    return imports.preview(name, bytes);
                }

                @Override
                public void commit(String name, byte[] bytes) {
                    imports.commit(name, bytes);
                }
            };
            var setBased = run(importService, cells, target, round, written, clock);
            // The same path again in the same JVM: a server that has imported before runs it compiled,
            // where the first files above also pay the JIT's warm-up (their file-by-file times show it).
            Run warm = null;
            if (Boolean.parseBoolean(System.getProperty("bench.warm", "true"))) {
                System.out.println("again, on the warm JVM");
                warm = run(
                        importService,
                        cells,
                        target,
                        round + setBased.files(),
                        new ArrayList<>(),
                        new StatementClock());
            }
            double copySeconds;
            long[] updatesAfter;
            try (var c = dataSource.getConnection()) {
                copySeconds = copy(c, written);
                updatesAfter = figureUpdates(c);
            }
            long updates = updatesAfter[0] - updatesBefore[0];
            System.out.printf(
                    "figure rows updated in the run: %,d, of which HOT (no index touched): %,d (%.0f%%)%n",
                    updates,
                    updatesAfter[1] - updatesBefore[1],
                    100.0 * (updatesAfter[1] - updatesBefore[1]) / Math.max(1, updates));
            System.out.printf("""

                    | path | rows | files | dry runs s | commits s | end to end s | rows/s | x COPY |
                    |---|---:|---:|---:|---:|---:|---:|---:|
                    """);
            if (periodByPeriod != null) {
                line(
                        "before: ImportService.preview + commit, checks read period by period",
                        periodByPeriod,
                        copySeconds);
            }
            line("after: ImportService.preview + commit, checks over set-based reads", setBased, copySeconds);
            if (warm != null) {
                line("the same, again on the warm JVM (the next rows, same cells)", warm, copySeconds);
            }
            System.out.printf(
                    "| COPY of the same rows into a table like figure | %,d | 1 | | | %.2f | %,.0f | 1 |%n",
                    written.size(), copySeconds, written.size() / copySeconds);
            System.out.printf(
                    "%nThe last path, per file: dry run %.1f ms (JVM thread CPU %.1f ms), commit %.1f ms (CPU %.1f ms)%n",
                    setBased.previewNanos() / 1e6 / setBased.files(),
                    setBased.previewCpu() / 1e6 / setBased.files(),
                    setBased.commitNanos() / 1e6 / setBased.files(),
                    setBased.commitCpu() / 1e6 / setBased.files());
            // the first files run on a cold JVM (interpreted, then C1): how much of the total they are
            System.out.printf(
                    "%nThe last path, file by file (dry run + commit, ms): %s%n", String.join(" ", setBased.perFile()));
            if (warm != null) {
                System.out.printf(
                        "Again on the warm JVM, per file: dry run %.1f ms (JVM thread CPU %.1f ms), commit %.1f ms (CPU %.1f ms); file by file: %s%n",
                        warm.previewNanos() / 1e6 / warm.files(),
                        warm.previewCpu() / 1e6 / warm.files(),
                        warm.commitNanos() / 1e6 / warm.files(),
                        warm.commitCpu() / 1e6 / warm.files(),
                        String.join(" ", warm.perFile()));
            }
            System.out.printf(
                    "%nThe last path's dry runs and commits, statements from start to end of fetch (%d files):%n%s",
                    setBased.files(), clock.report(setBased.files(), "file"));
        }
    }

    /** figure's updates and HOT updates so far (PostgreSQL's statistics, flushed within a second). */
    private static long[] figureUpdates(Connection c) throws SQLException {
        try (var s = c.createStatement();
                var r = s.executeQuery(
                        "select n_tup_upd, n_tup_hot_upd from pg_stat_user_tables where relname = 'figure'")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    private static void line(String label, Run run, double copySeconds) {
        System.out.printf(
                "| %s | %,d | %d | %.1f | %.1f | %.1f | %,.0f | %.1f |%n",
                label,
                run.rows(),
                run.files(),
                run.previewNanos() / 1e9,
                run.commitNanos() / 1e9,
                run.seconds(),
                run.rows() / run.seconds(),
                run.seconds() / copySeconds);
    }

    /** Rounds of files over every open cell, each round a new value, until the target is in. */
    private static Run run(
            Path path, List<Cell> cells, int target, int firstRound, List<Cell> written, StatementClock clock) {
        var threads = ManagementFactory.getThreadMXBean();
        long previewNanos = 0;
        long commitNanos = 0;
        long previewCpu = 0;
        long commitCpu = 0;
        int rows = 0;
        int files = 0;
        var perFile = new ArrayList<String>();
        for (int round = firstRound + 1; rows < target; round++) {
            int r = round;
            var batch = cells.stream()
                    .limit(target - rows)
                    .map(cell -> new Cell(
                            cell.period,
                            cell.divisionCode,
                            cell.indicatorCode,
                            cell.indicatorId,
                            cell.divisionId,
                            cell.periodId,
                            cell.value.add(BigDecimal.valueOf(r))))
                    .toList();
            var bytes = csv(batch);
            var name = "bench-" + round + ".csv";
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            var preview = new ImportPreview[1];
            clock.measure("dry run", () -> preview[0] = SignedIn.as("stat-bench", () -> path.preview(name, bytes)));
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            if (!preview[0].committable()) {
                throw new IllegalStateException("not committable: "
                        + preview[0].problems().stream().limit(5).toList());
            }
            clock.measure("commit", () -> SignedIn.as("stat-bench", () -> path.commit(name, bytes)));
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            previewNanos += t1 - t0;
            commitNanos += t2 - t1;
            previewCpu += c1 - c0;
            commitCpu += c2 - c1;
            rows += batch.size();
            files++;
            perFile.add("%.0f+%.0f".formatted((t1 - t0) / 1e6, (t2 - t1) / 1e6));
            written.addAll(batch);
            if (files % 5 == 0) {
                System.out.printf(
                        "  %,d rows in %d files, %.1f s so far%n", rows, files, (previewNanos + commitNanos) / 1e9);
            }
        }
        return new Run(rows, files, previewNanos, commitNanos, previewCpu, commitCpu, perFile);
    }

    /** A statistician for every district of the city, so one file can hold the whole city. */
    private static void statistician(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("""
                    insert into app_user (username, display_name, password_hash)
                    select 'stat-bench', '基准测试统计员', password_hash from app_user where username = 'leader'
                    on conflict (username) do nothing""");
            s.execute("""
                    insert into user_role (user_id, role) select id, 'statistician' from app_user
                    where username = 'stat-bench' on conflict do nothing""");
            s.execute("""
                    insert into user_scope (user_id, division_id)
                    select u.id, d.id from app_user u, division d join division c on c.id = d.parent_id
                    where u.username = 'stat-bench' and c.code = '350600' and d.level = 'county'
                    on conflict do nothing""");
        }
    }

    private static List<Cell> openCells(Connection c) throws SQLException {
        var cells = new ArrayList<Cell>();
        try (var s = c.createStatement();
                var rs = s.executeQuery("""
                select to_char(make_date(p.year, p.month, 1), 'YYYY-MM'), d.code, i.code, i.id, d.id, p.id,
                       coalesce(f.approved_value, 0)
                from period p
                cross join indicator i
                join division c on c.code = '350600'
                join division d on d.parent_id = c.id and d.level = 'county'
                  and d.valid_from <= make_date(p.year, 12, 31)
                  and (d.valid_to is null or d.valid_to > make_date(p.year, 1, 1))
                left join figure f on f.indicator_id = i.id and f.division_id = d.id and f.period_id = p.id
                where p.kind = 'month' and p.status = 'open' and i.frequency = 'month'
                  and i.reporting_level = 'county' and i.retired_on is null
                order by p.year, p.month, d.code, i.code""")) {
            while (rs.next()) {
                cells.add(new Cell(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getBigDecimal(7)));
            }
        }
        return cells;
    }

    private static byte[] csv(List<Cell> cells) {
        var out = new StringBuilder("报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明\n");
        for (var cell : cells) {
            out.append(cell.period)
                    .append(',')
                    .append(cell.divisionCode)
                    .append(",,")
                    .append(cell.indicatorCode)
                    .append(",,,,")
                    .append(cell.value.toPlainString())
                    .append(",按月核实后重新报送\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows as drafts, by COPY, into a scratch table shaped like figure. */
    private static double copy(Connection c, List<Cell> rows) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("drop table if exists bench_copy_figure");
            // figure's columns, defaults, checks and indexes; not its unique cell key, since the 100,000
            // rows are many rounds of the same cells
            s.execute("create table bench_copy_figure (like figure including defaults including constraints)");
            s.execute("alter table bench_copy_figure add primary key (id)");
            s.execute("create index on bench_copy_figure (period_id, indicator_id)");
            s.execute("create index on bench_copy_figure (division_id)");
        }
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        long id = 0;
        try (var copy = new CopyWriter(
                c,
                "bench_copy_figure",
                "id, indicator_id, division_id, period_id, value, not_applicable, explanation, status, entered_by")) {
            for (var row : rows) {
                copy.field(++id)
                        .field(row.indicatorId)
                        .field(row.divisionId)
                        .field(row.periodId)
                        .field(row.value.toPlainString())
                        .field("f")
                        .field("按月核实后重新报送")
                        .field("draft")
                        .field(1)
                        .end();
            }
        }
        c.commit();
        double seconds = (System.nanoTime() - t0) / 1e9;
        c.setAutoCommit(true);
        try (var s = c.createStatement()) {
            s.execute("drop table bench_copy_figure");
        }
        return seconds;
    }
}
