package org.minsheng.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A throw-away database (the tests') starts even when /tmp holds the socket lock of a server that was
 * killed on the same port number and whose pid now belongs to a live process: a CI run failed four test
 * classes so (2026-12-03). The server listens on TCP only, so no socket lock in /tmp can stop it.
 */
class StaleSocketLockTest {

    @Test
    void a_stale_socket_lock_in_tmp_with_a_live_pid_does_not_stop_a_throw_away_server() throws Exception {
        int port = SecondCopy.freePort();
        var lock = Path.of("/tmp/.s.PGSQL." + port + ".lock");
        // postgres takes over a lock whose pid is gone, or is itself, its parent or its grandparent (this
        // JVM); the lock of the CI run named a live process that was none of these, as this sleep is
        var reused = new ProcessBuilder("sleep", "120").start();
        Files.writeString(lock, reused.pid() + "\n/tmp\n");
        try (var postgres = EmbeddedPostgresStarter.start("", port);
                var connection = postgres.getPostgresDatabase().getConnection();
                var rs = connection.createStatement().executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(postgres.getPort()).isEqualTo(port);
        } finally {
            Files.deleteIfExists(lock);
            reused.destroy();
        }
    }
}
