package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.minsheng.IntegrationTest;
import org.minsheng.base.db.ReadReplica;
import org.minsheng.base.db.ReadReplica.Server;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.RequiredTool;
import org.minsheng.support.YearTotals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Dashboards on a real PostgreSQL streaming replica (docs/deployment.md): a primary of the test's own,
 * a copy of it taken with {@code pg_basebackup -R} and started as a hot standby replaying the primary's
 * WAL, and the application configured with both (minsheng.replica.url). A page is read on the replica
 * only when the replica has replayed every data version this node has committed, served or been told
 * of; otherwise, paused with {@code pg_wal_replay_pause()}, under a stream of corrections, or stopped,
 * the primary answers, and nobody sees an edition older than one already shown or than their own
 * correction.
 */
@IntegrationTest
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsTest {

    /** How long the replica may take to replay what the primary committed, on a busy CI machine. */
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private static Path primaryDirectory;
    private static Path replicaDirectory;
    private static EmbeddedPostgres primary;
    private static EmbeddedPostgres replica;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReadReplica reads;

    @Autowired
    DSLContext db;

    @DynamicPropertySource
    static void primaryAndReplica(DynamicPropertyRegistry registry) throws Exception {
        var pgBasebackup =
                RequiredTool.find("postgresql-client-15", "pg_basebackup").toString();
        primaryDirectory = Files.createTempDirectory("minsheng-primary-pg");
        primary = EmbeddedPostgres.builder()
                // TCP only, as the tests' throw-away servers (EmbeddedPostgresStarter): no socket lock in /tmp
                .setServerConfig("unix_socket_directories", "")
                .setDataDirectory(primaryDirectory)
                .setCleanDataDirectory(false)
                // as a production primary: a commit's WAL is flushed, and so streamed, at once
                // (zonky turns this off for speed, which holds WAL back from the replica up to 200 ms)
                .setServerConfig("synchronous_commit", "on")
                .start();
        // the copy PostgreSQL's documentation describes: -R writes standby.signal and how to reach the primary
        replicaDirectory = Files.createTempDirectory("minsheng-replica-pg").resolve("data");
        var backup = new ProcessBuilder(
                        pgBasebackup,
                        "-h",
                        "localhost",
                        "-p",
                        String.valueOf(primary.getPort()),
                        "-U",
                        "postgres",
                        "-D",
                        replicaDirectory.toString(),
                        "-R",
                        "-X",
                        "stream",
                        // an immediate checkpoint to start from: a spread one can take minutes
                        "-c",
                        "fast")
                .redirectErrorStream(true)
                .start();
        var output = new String(backup.getInputStream().readAllBytes());
        assertThat(backup.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(backup.exitValue()).as(output).isZero();
        assertThat(replicaDirectory.resolve("standby.signal")).exists();
        replica = EmbeddedPostgres.builder()
                // TCP only, as the tests' throw-away servers (EmbeddedPostgresStarter): no socket lock in /tmp
                .setServerConfig("unix_socket_directories", "")
                .setDataDirectory(replicaDirectory)
                .setCleanDataDirectory(false)
                .start();
        try (var standby = connect(replica);
                var inRecovery = standby.createStatement()) {
            var answer = inRecovery.executeQuery("select pg_is_in_recovery()");
            answer.next();
            assertThat(answer.getBoolean(1)).as("the copy runs as a standby").isTrue();
        }
        registry.add("spring.datasource.url", () -> url(primary));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("minsheng.replica.url", () -> url(replica));
        registry.add("minsheng.demo-data", () -> "true");
    }

    @AfterAll
    static void removeServers() throws IOException {
        for (var server : new EmbeddedPostgres[] {replica, primary}) {
            if (server != null) {
                server.close();
            }
        }
        FileSystemUtils.deleteRecursively(primaryDirectory);
        if (replicaDirectory != null) {
            FileSystemUtils.deleteRecursively(replicaDirectory.getParent());
        }
    }

    @Test
    @Order(1)
    void a_replica_that_has_replayed_everything_serves_the_page_with_the_primarys_numbers() throws Exception {
        waitForReplay();
        long onReplica = reads.reads(Server.REPLICA);
        long onPrimary = reads.reads(Server.PRIMARY);

        var total = YearTotals.of(as("leader", () -> dashboards.cityYear(2020)), "meal_schools");

        assertThat(total).isEqualTo("156");
        assertThat(reads.reads(Server.REPLICA)).as("read on the replica").isEqualTo(onReplica + 1);
        assertThat(reads.reads(Server.PRIMARY)).isEqualTo(onPrimary);
    }

    @Test
    @Order(2)
    void while_replay_is_paused_a_reviewers_correction_is_shown_from_the_primary_and_from_the_replica_once_replayed()
            throws Exception {
        waitForReplay();
        try (var standby = connect(replica)) {
            pause(standby);
            try {
                correctDecemberBy(1, "补报一所学校");
                try (var source = connect(primary)) {
                    assertThat(dataCounter(standby))
                            .as("the replica has not replayed the correction")
                            .isLessThan(dataCounter(source));
                }
                long behind = reads.readsBehind();
                long onPrimary = reads.reads(Server.PRIMARY);

                assertThat(YearTotals.of(as("reviewer", () -> dashboards.cityYear(2020)), "meal_schools"))
                        .as("the reviewer sees their own correction")
                        .isEqualTo("157");
                assertThat(YearTotals.of(as("leader", () -> dashboards.cityYear(2020)), "meal_schools"))
                        .as("and so does anyone on this node after it")
                        .isEqualTo("157");
                assertThat(reads.readsBehind()).isEqualTo(behind + 2);
                assertThat(reads.reads(Server.PRIMARY))
                        .as("both read on the primary")
                        .isEqualTo(onPrimary + 2);
            } finally {
                resume(standby);
            }
        }
        waitForReplay();
        long onReplica = reads.reads(Server.REPLICA);
        assertThat(YearTotals.of(as("leader", () -> dashboards.cityYear(2020)), "meal_schools"))
                .isEqualTo("157");
        assertThat(reads.reads(Server.REPLICA))
                .as("replayed: the replica serves again")
                .isEqualTo(onReplica + 1);
    }

    @Test
    @Order(3)
    void under_a_stream_of_corrections_no_reader_sees_an_edition_older_than_one_already_shown() throws Exception {
        waitForReplay();
        var writing = new AtomicBoolean(true);
        var leader = CompletableFuture.supplyAsync(() -> {
            var seen = new ArrayList<Integer>();
            while (writing.get()) {
                seen.add(Integer.valueOf(YearTotals.of(as("leader", () -> dashboards.cityYear(2020)), "meal_schools")));
            }
            return seen;
        });
        var ownCorrectionsShown = new ArrayList<Boolean>();
        try {
            for (int i = 0; i < 30; i++) {
                int expected =
                        Integer.parseInt(YearTotals.of(as("reviewer", () -> dashboards.cityYear(2020)), "meal_schools"))
                                + 1;
                correctDecemberBy(1, "补报第" + (i + 2) + "所学校");
                int shown = Integer.parseInt(
                        YearTotals.of(as("reviewer", () -> dashboards.cityYear(2020)), "meal_schools"));
                ownCorrectionsShown.add(shown == expected);
            }
        } finally {
            writing.set(false);
        }
        List<Integer> seen = leader.get(2, TimeUnit.MINUTES);

        assertThat(ownCorrectionsShown)
                .as("each correction is on the reviewer's next page")
                .containsOnly(true);
        assertThat(seen).as("the leader read pages meanwhile").isNotEmpty();
        assertThat(seen).as("and never one older than the page before").isSorted();
        assertThat(seen.getLast()).isLessThanOrEqualTo(157 + 30);
        System.out.printf(
                "replica reads: %d served by the replica, %d by the primary (%d because the replica trailed)%n",
                reads.reads(Server.REPLICA), reads.reads(Server.PRIMARY), reads.readsBehind());
    }

    @Test
    @Order(4)
    void a_replica_that_is_gone_costs_the_page_nothing_but_a_read_on_the_primary() throws Exception {
        waitForReplay();
        replica.close();
        long onPrimary = reads.reads(Server.PRIMARY);

        var first = YearTotals.of(as("leader", () -> dashboards.cityYear(2020)), "meal_schools");
        var second = YearTotals.of(as("leader", () -> dashboards.cityYear(2020)), "meal_schools");

        assertThat(second).isEqualTo(first).isEqualTo(String.valueOf(157 + 30));
        assertThat(reads.reads(Server.PRIMARY)).isEqualTo(onPrimary + 2);
    }

    /** Revises 漳浦县's December count of schools as the reviewer, on the primary. */
    private void correctDecemberBy(int more, String reason) {
        var december = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
        var key = new CellKey(december.getIndicatorId(), december.getDivisionId(), december.getPeriodId());
        var value = december.getApprovedValue()
                .add(java.math.BigDecimal.valueOf(more))
                .toPlainString();
        as("reviewer", () -> reviews.revise(new FigureInput(key, value, false, null, december.getVersion(), reason)));
    }

    /** Waits until the replica has replayed everything the primary has written so far. */
    private static void waitForReplay() throws Exception {
        String written;
        try (var source = connect(primary);
                var lsn = source.createStatement()) {
            var answer = lsn.executeQuery("select pg_current_wal_insert_lsn()::text");
            answer.next();
            written = answer.getString(1);
        }
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        try (var standby = connect(replica);
                var replayed =
                        standby.prepareStatement("select pg_wal_lsn_diff(pg_last_wal_replay_lsn(), ?::pg_lsn) >= 0")) {
            replayed.setString(1, written);
            while (true) {
                var answer = replayed.executeQuery();
                answer.next();
                if (answer.getBoolean(1)) {
                    return;
                }
                assertThat(System.nanoTime() - deadline)
                        .as("the replica replays " + written + " within " + CATCH_UP)
                        .isNegative();
                Thread.sleep(50);
            }
        }
    }

    private static void pause(Connection standby) throws Exception {
        try (var pause = standby.createStatement()) {
            pause.execute("select pg_wal_replay_pause()");
            // the request takes effect at the next record; the state says when replay has stopped
            long deadline = System.nanoTime() + CATCH_UP.toNanos();
            while (true) {
                var state = pause.executeQuery("select pg_get_wal_replay_pause_state()");
                state.next();
                if (state.getString(1).equals("paused")) {
                    return;
                }
                assertThat(System.nanoTime() - deadline).as("replay pauses").isNegative();
                Thread.sleep(20);
            }
        }
    }

    private static void resume(Connection standby) throws SQLException {
        try (var resume = standby.createStatement()) {
            resume.execute("select pg_wal_replay_resume()");
        }
    }

    private static long dataCounter(Connection connection) throws SQLException {
        try (var version = connection.createStatement()) {
            var answer = version.executeQuery("select n from data_version");
            answer.next();
            return answer.getLong(1);
        }
    }

    private static Connection connect(EmbeddedPostgres server) throws SQLException {
        return DriverManager.getConnection(url(server), "postgres", "postgres");
    }

    private static String url(EmbeddedPostgres server) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }
}
