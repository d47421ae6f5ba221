package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.minsheng.support.SignedIn.as;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.support.RequiredTool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The backup commands of the README and docs/reliability.md, run for real: pg_dump of the live
 * database while 漳浦县's statisticians keep saving, pg_restore into a new database, and the restored
 * copy holds exactly what the database held at the dump's moment: every table's row count and every
 * indicator's sums. Needs Debian's PostgreSQL 15 client tools (postgresql-client-15), the major
 * version of the embedded server, on PATH; skipped without them on a developer's machine, failed on CI.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=own-writes")
class BackupRestoreTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    FigureService figures;

    @Test
    void a_dump_taken_under_write_load_restores_to_the_same_row_counts_and_indicator_sums() throws Exception {
        var pgDump = RequiredTool.find("postgresql-client-15", "pg_dump").toString();
        var createdb = RequiredTool.find("postgresql-client-15", "createdb").toString();
        var pgRestore = RequiredTool.find("postgresql-client-15", "pg_restore").toString();
        var dump = Files.createTempFile("minsheng-", ".dump");
        var stop = new AtomicBoolean();
        var saves = new AtomicInteger();
        var load = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 3; t++) {
            var random = new Random(t);
            load.submit(() -> keepSaving(random, stop, saves));
        }
        try (var source = connect("postgres")) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (saves.get() < 20) {
                if (System.nanoTime() > deadline) {
                    fail("the statisticians' saves did not reach 20 within 2 minutes (" + saves.get() + " so far)");
                }
                Thread.sleep(20);
            }
            // pg_dump reads the snapshot of this transaction, so what it must contain is known exactly
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (var rs = source.createStatement().executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            var atDump = contents(source);
            int savesBefore = saves.get();
            run(pgDump, "--format=custom", "--snapshot=" + snapshot, "--file=" + dump, url("postgres"));
            int savedDuringDump = saves.get() - savesBefore;
            source.commit();
            stop.set(true);
            load.shutdown();
            assertThat(load.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            assertThat(savedDuringDump)
                    .as("the statisticians kept saving while pg_dump ran")
                    .isPositive();
            System.out.printf("pg_dump under load: %d saves committed while it ran; %s%n", savedDuringDump, atDump);
            assertThat(contents(source))
                    .as("the live database has moved on since")
                    .isNotEqualTo(atDump);

            run(createdb, "--maintenance-db=" + url("postgres"), "restored");
            run(pgRestore, "--no-owner", "--exit-on-error", "--dbname=" + url("restored"), dump.toString());
            try (var restored = connect("restored")) {
                assertThat(contents(restored)).isEqualTo(atDump);
            }
        } finally {
            stop.set(true);
            load.shutdownNow();
            Files.deleteIfExists(dump);
        }
    }

    private void keepSaving(Random random, AtomicBoolean stop, AtomicInteger saves) {
        as("stat-zhangpu", () -> {
            int january = figures.periodsForEntry().stream()
                    .filter(p -> p.year() == 2021 && p.month() == 1)
                    .findFirst()
                    .orElseThrow()
                    .id();
            while (!stop.get()) {
                var cells = figures.sheet(january).cells();
                var cell = cells.get(random.nextInt(cells.size()));
                try {
                    figures.save(new FigureInput(
                            cell.key(), String.valueOf(random.nextInt(500)), false, "已核实", cell.version(), null));
                    saves.incrementAndGet();
                } catch (RefusedException conflict) {
                    // another thread saved the cell first: reload and go on, as a user would
                }
            }
        });
    }

    /** Row counts of every table, and per indicator the count and sums of working and approved values. */
    private static Map<String, String> contents(Connection connection) throws SQLException {
        var contents = new TreeMap<String, String>();
        var tables = new ArrayList<String>();
        try (var rs = connection
                .createStatement()
                .executeQuery(
                        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (var table : tables) {
            try (var rs = connection.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
                rs.next();
                contents.put("rows " + table, rs.getString(1));
            }
        }
        try (var rs = connection.createStatement().executeQuery("""
                select i.code, count(f.id), sum(f.value), sum(f.approved_value)
                from indicator i left join figure f on f.indicator_id = i.id group by i.code""")) {
            while (rs.next()) {
                contents.put(
                        "indicator " + rs.getString(1),
                        rs.getString(2) + " / " + rs.getBigDecimal(3) + " / " + rs.getBigDecimal(4));
            }
        }
        assertThat(contents).containsKeys("rows figure", "rows audit_entry", "indicator meal_schools");
        return contents;
    }

    private String url(String database) {
        return "postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/" + database;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database, "postgres", "postgres");
    }

    private static void run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // read in the background: a command that hangs without closing its output must not block the test
        var output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", List.of(command)) + " did not finish within 5 minutes");
        }
        assertThat(process.exitValue())
                .as(String.join(" ", List.of(command)) + "\n" + output.get(1, TimeUnit.MINUTES))
                .isZero();
    }
}
