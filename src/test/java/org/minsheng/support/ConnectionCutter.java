package org.minsheng.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Does to every open connection what a database restart does: the server ends each session
 * (pg_terminate_backend, the same signal as a fast shutdown), and waits until they are gone. The
 * pool still holds them, dead, and hands them out unless it checks them.
 */
public final class ConnectionCutter {

    private ConnectionCutter() {}

    public static void cutEveryConnection(String jdbcUrl) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                var rs = connection.createStatement().executeQuery("""
                     select count(*) filter (where pg_terminate_backend(pid, 10000)), count(*)
                     from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()""")) {
            rs.next();
            assertThat(rs.getLong(1))
                    .as("every session ended within the 10 s given")
                    .isEqualTo(rs.getLong(2));
            assertThat(rs.getLong(2)).as("the pool had connections open").isPositive();
        }
    }
}
