package org.minsheng.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Connections opened beside the pool, with the pool's address and account, for work that must not
 * wait behind users for a pooled connection or hold one for the application's lifetime: the
 * notice listener, the balancer's health check. Each carries a name an operator sees in
 * {@code pg_stat_activity}. Without a Hikari pool (a test's own data source) the data source's own
 * connection is used.
 */
public final class SideConnections {

    /** How long opening one may take before the database counts as out of reach. */
    private static final String CONNECT_SECONDS = "3";

    private SideConnections() {}

    public static Connection open(DataSource dataSource, String applicationName) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            var pool = dataSource.unwrap(HikariDataSource.class);
            var properties = new Properties();
            properties.setProperty("user", pool.getUsername());
            properties.setProperty("password", pool.getPassword());
            properties.setProperty("ApplicationName", applicationName);
            properties.setProperty("connectTimeout", CONNECT_SECONDS);
            return DriverManager.getConnection(pool.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }
}
