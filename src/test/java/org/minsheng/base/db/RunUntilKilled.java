package org.minsheng.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * Another copy of the application's embedded database, in a process of its own: started on a data
 * directory and port, it says {@code ready} and runs until it is stopped or killed. Killed, it leaves
 * its PostgreSQL server running, as a copy of the application does when its JVM dies without
 * shutting down.
 */
final class RunUntilKilled {

    static final String READY = "ready: ";

    private RunUntilKilled() {}

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedPostgres.builder()
                // TCP only, as the tests' throw-away servers (EmbeddedPostgresStarter): no socket lock in /tmp
                .setServerConfig("unix_socket_directories", "")
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(args[1]))
                .start();
        System.out.println(READY + postgres.getPort());
        Thread.sleep(Long.MAX_VALUE);
    }
}
