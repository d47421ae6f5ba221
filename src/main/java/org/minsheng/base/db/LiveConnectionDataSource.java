package org.minsheng.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out only connections that answer, and does not give up on a database that is back.
 * <ul>
 * <li>Hikari skips its liveness check for a connection used in the last 500 ms: when the server ends
 * every session (a restart), the next user got that dead connection and a failed save although the
 * database was there. Here every connection handed out has just answered; a dead one is evicted and
 * the next one taken, before any statement ran.</li>
 * <li>While the database is down, Hikari retries it with a pause that grows to 5 s, longer than a user
 * waits for a connection (spring.datasource.hikari.connection-timeout). Right after the database came
 * back the pool can still be empty and asleep: when the server answers a direct connection, the user
 * waits once more instead of being told the database is down.</li>
 * </ul>
 */
class LiveConnectionDataSource extends DelegatingDataSource implements Closeable {

    private final HikariDataSource pool;

    LiveConnectionDataSource(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return live();
        } catch (SQLTransientConnectionException timedOut) {
            if (pool.getHikariPoolMXBean() == null
                    || pool.getHikariPoolMXBean().getTotalConnections() > 0
                    || !serverAnswers()) {
                throw timedOut;
            }
            return live();
        }
    }

    /** Found by Spring as the bean's destroy method, so the pool closes with the application. */
    @Override
    public void close() {
        pool.close();
    }

    private Connection live() throws SQLException {
        // every dead connection is evicted on the way, so the pool's size bounds the attempts
        for (int attempt = 0; attempt <= pool.getMaximumPoolSize(); attempt++) {
            var connection = pool.getConnection();
            if (connection.isValid(validationSeconds())) {
                return connection;
            }
            pool.evictConnection(connection);
        }
        throw new SQLTransientConnectionException(
                "No connection of pool " + pool.getPoolName() + " answered after " + pool.getMaximumPoolSize()
                        + " tries",
                "08006");
    }

    private boolean serverAnswers() {
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", String.valueOf(validationSeconds()));
        properties.setProperty("loginTimeout", String.valueOf(validationSeconds()));
        try (var probe = DriverManager.getConnection(pool.getJdbcUrl(), properties)) {
            return probe.isValid(validationSeconds());
        } catch (SQLException down) {
            return false;
        }
    }

    private int validationSeconds() {
        return (int) Math.max(1, TimeUnit.MILLISECONDS.toSeconds(pool.getValidationTimeout()));
    }
}
