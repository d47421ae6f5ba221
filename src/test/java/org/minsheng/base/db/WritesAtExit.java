package org.minsheng.base.db;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A process that starts the embedded database as the application does and, at exit, writes to it for
 * three seconds before closing it, as Spring's shutdown hook does when it closes the application (the
 * public side's counts are written last, then the pool and the server close). It prints {@code
 * written} when every write went through, else what stopped them, then {@code closed}.
 */
final class WritesAtExit {

    static final String WRITTEN = "written";
    static final String CLOSED = "closed";

    private WritesAtExit() {}

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedPostgresStarter.start("", 0);
        var url = postgres.getJdbcUrl("postgres", "postgres");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                for (int write = 0; write < 15; write++) {
                    try (var connection = DriverManager.getConnection(url, "postgres", "postgres")) {
                        connection.createStatement().execute("select 1");
                    }
                    Thread.sleep(200);
                }
                System.out.println(WRITTEN);
            } catch (SQLException | InterruptedException e) {
                System.out.println("lost: " + e.getMessage());
            } finally {
                try {
                    postgres.close();
                    System.out.println(CLOSED);
                } catch (Exception e) {
                    System.out.println("not closed: " + e.getMessage());
                }
            }
        }));
        System.exit(0);
    }
}
