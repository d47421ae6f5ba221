package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.db.Tables.AUDIT_ENTRY;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.IMPORT_BATCH;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A node killed with {@code kill -9} in the middle of a write leaves nothing half-written. The node is
 * the whole application in a process of its own ({@link WritingNode}) on this test's database. To kill
 * it mid-transaction every time rather than by luck, the test holds a lock on the audit trail that
 * every save and every import takes after writing figures: the node's write waits there, inside its
 * transaction, and is killed while it waits. Once the lock is let go, PostgreSQL must find the client
 * gone and roll the transaction back: the figures, their versions, the audit trail and the import
 * batches are as they were before.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=killed-node")
class KilledNodeTest {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext db;

    /** The committed state a killed write must not have changed. */
    private record Snapshot(List<String> figures, int audit, int batches) {}

    @Test
    void a_node_killed_during_saves_leaves_every_figure_and_its_audit_trail_as_last_committed() throws Exception {
        var node = start("saves");
        try {
            node.await(WritingNode.SAVED + "20");
            try (var lock = auditLock()) {
                var before = snapshot();
                killWaiting(node, lock, "figure");
                assertThat(snapshot()).isEqualTo(before);
            }
        } finally {
            node.kill();
        }
    }

    @Test
    void a_node_killed_during_an_import_commit_leaves_no_batch_no_figure_and_no_audit_entry_of_it() throws Exception {
        var node = start("import");
        try {
            node.await(WritingNode.STARTED);
            try (var lock = auditLock()) {
                var before = snapshot();
                node.go();
                node.await(WritingNode.COMMITTING);
                killWaiting(node, lock, "import_batch");
                assertThat(snapshot()).isEqualTo(before);
            }
        } finally {
            node.kill();
        }
    }

    /**
     * Kills the node while its write waits for the audit trail's lock, after its transaction wrote to
     * {@code written}; then lets go of the lock and waits until PostgreSQL has ended its sessions.
     */
    private void killWaiting(Node node, Connection lock, String written) throws Exception {
        node.awaitWaitingOnTheLock();
        assertThat(node.writtenTables())
                .as("killed inside its transaction, after writing to %s", written)
                .contains(written);
        node.kill();
        lock.rollback();
        awaitNodeSessionsGone();
    }

    // --- the node -----------------------------------------------------------------------------

    private final class Node {
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        /** Everything it printed, for the message when it ends unexpectedly. */
        private final List<String> transcript = new java.util.concurrent.CopyOnWriteArrayList<>();

        Node(Process process) {
            this.process = process;
            // reads everything the node prints, so it never blocks on a full pipe
            Thread.ofVirtual().start(() -> {
                try (var out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        lines.add(line);
                        transcript.add(line);
                    }
                } catch (java.io.IOException ended) {
                    // the node was killed
                }
            });
        }

        void await(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (System.nanoTime() < deadline) {
                var line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return;
                }
                assertThat(process.isAlive() || !lines.isEmpty())
                        .as("the node ended before printing '%s':%n%s", prefix, tail())
                        .isTrue();
            }
            throw new AssertionError("the node did not print '" + prefix + "' within " + STARTUP);
        }

        private String tail() {
            var all = List.copyOf(transcript);
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        }

        void go() throws java.io.IOException {
            process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        /** The node's write is inside its transaction, waiting for the test's lock on the audit trail. */
        void awaitWaitingOnTheLock() throws InterruptedException {
            for (int i = 0; i < 600; i++) {
                int waiting = db.fetchSingle(
                                "select count(*) from pg_stat_activity where application_name = ?"
                                        + " and wait_event_type = 'Lock' and xact_start is not null",
                                WritingNode.APPLICATION_NAME)
                        .get(0, Integer.class);
                if (waiting > 0) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the node's write never reached the audit trail's lock");
        }

        /** The tables the node's open transaction has written to (row-exclusive locks it holds). */
        List<String> writtenTables() {
            return db.fetch(
                            "select distinct l.relation::regclass::text from pg_locks l join pg_stat_activity a"
                                    + " on a.pid = l.pid where a.application_name = ? and l.mode = 'RowExclusiveLock'"
                                    + " and l.granted and l.locktype = 'relation'",
                            WritingNode.APPLICATION_NAME)
                    .getValues(0, String.class);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the node's side
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as("the node died")
                    .isTrue();
        }
    }

    private Node start(String mode) throws Exception {
        var primary = dataSource.unwrap(HikariDataSource.class);
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        WritingNode.class.getName(),
                        primary.getJdbcUrl(),
                        primary.getUsername(),
                        primary.getPassword(),
                        mode)
                .redirectErrorStream(true)
                .start();
        return new Node(process);
    }

    // --- the database -------------------------------------------------------------------------

    /** A connection of the test's own holding SHARE on audit_entry: inserts wait, reads go on. */
    private Connection auditLock() throws Exception {
        var primary = dataSource.unwrap(HikariDataSource.class);
        var connection =
                DriverManager.getConnection(primary.getJdbcUrl(), primary.getUsername(), primary.getPassword());
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("lock table audit_entry in share mode");
        }
        return connection;
    }

    /** PostgreSQL ends a dead client's session when it next hears from it; until then it may hold locks. */
    private void awaitNodeSessionsGone() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            int left = db.fetchSingle(
                            "select count(*) from pg_stat_activity where application_name = ?",
                            WritingNode.APPLICATION_NAME)
                    .get(0, Integer.class);
            if (left == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the killed node's database sessions did not end");
    }

    private Snapshot snapshot() {
        int january = Catalogue.monthId(db, 2021, 1);
        var figures = db.select(FIGURE.ID, FIGURE.VERSION, FIGURE.VALUE)
                .from(FIGURE)
                .where(FIGURE.PERIOD_ID.eq(january))
                .orderBy(FIGURE.ID)
                .fetch(r -> r.value1() + " v" + r.value2() + " = " + r.value3());
        return new Snapshot(figures, db.fetchCount(AUDIT_ENTRY), db.fetchCount(IMPORT_BATCH));
    }
}
