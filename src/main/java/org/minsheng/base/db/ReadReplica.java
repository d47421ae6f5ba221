package org.minsheng.base.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads that may be served by a PostgreSQL streaming replica ({@code minsheng.replica.url}), so that
 * leaders' dashboards and exports do not load the primary that statisticians and reviewers write to.
 *
 * <p>A replica replays the primary's changes a little later, so a read goes there only when the
 * replica has replayed at least this node's <em>floor</em>: the highest data version (V090's counter,
 * which only grows) that this node has served, committed itself, or heard of from another node's
 * notice. Otherwise the primary answers. Sessions stay on their node (the balancer's sticky cookie),
 * so a user never sees an older edition than one already shown to them, nor one older than their own
 * last approval, and a dashboard told of a new edition draws that edition. The floor is the node's, not
 * the session's: one number to keep, at the price of a few more reads on the primary while the replica
 * trails.
 *
 * <p>A replica that cannot be reached, or that cancels a read because replay needed the rows (a
 * "conflict with recovery"), costs that read a second try on the primary; an unreachable one is then
 * left alone for a few seconds, so users do not each wait for it. Writes never come here.
 */
@Component
public class ReadReplica {

    /** Where a read ran. */
    public enum Server {
        PRIMARY,
        REPLICA
    }

    /** What a read's first statement returns: the data version it reads at, by its counter. */
    public interface Version {
        long counter();
    }

    private static final Logger log = LoggerFactory.getLogger(ReadReplica.class);

    /** How long an unreachable replica is left alone before it is tried again. */
    private static final Duration RESTING = Duration.ofSeconds(5);
    /** Connections to the replica: dashboards' reads only, a few at a time. */
    private static final int POOL_SIZE = 8;
    /** How long a read waits for a replica connection before the primary answers instead. */
    private static final Duration REPLICA_CONNECT = Duration.ofMillis(500);

    private final TransactionTemplate onPrimary;
    private final HikariDataSource replicaPool;
    private final TransactionTemplate onReplica;
    private final DataSource replicaForStatements;
    private final AtomicLong floor = new AtomicLong();
    private final Map<Server, LongAdder> reads =
            new EnumMap<>(Map.of(Server.PRIMARY, new LongAdder(), Server.REPLICA, new LongAdder()));
    private final LongAdder behind = new LongAdder();
    /** {@link System#nanoTime()} until which the replica is left alone. */
    private volatile long restingUntil;

    ReadReplica(
            PlatformTransactionManager transactions,
            DataSource primary,
            @Value("${minsheng.replica.url:}") String url,
            @Value("${minsheng.replica.username:}") String username,
            @Value("${minsheng.replica.password:}") String password)
            throws java.sql.SQLException {
        onPrimary = readOnly(transactions);
        restingUntil = System.nanoTime();
        if (url.isBlank()) {
            replicaPool = null;
            onReplica = null;
            replicaForStatements = null;
            return;
        }
        var config = new HikariConfig();
        config.setPoolName("replica");
        config.setJdbcUrl(url);
        // the primary's account unless the replica has its own (a replica is a copy: same roles)
        var pool = primary.isWrapperFor(HikariDataSource.class) ? primary.unwrap(HikariDataSource.class) : null;
        config.setUsername(username.isBlank() && pool != null ? pool.getUsername() : username);
        config.setPassword(password.isBlank() && pool != null ? pool.getPassword() : password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setReadOnly(true);
        config.setConnectionTimeout(REPLICA_CONNECT.toMillis());
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", "minsheng replica reads");
        replicaPool = new HikariDataSource(config);
        onReplica = readOnly(new DataSourceTransactionManager(replicaPool));
        replicaForStatements = new TransactionAwareDataSourceProxy(replicaPool);
        log.info("dashboards read from the replica at {} when it is up to date", url);
    }

    /** An installation without a replica: every read on the primary (tests of the services' rules). */
    public static ReadReplica none(PlatformTransactionManager transactions) {
        try {
            return new ReadReplica(transactions, null, "", "", "");
        } catch (java.sql.SQLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        var template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        // one snapshot for the version and everything read after it: the page is of that version
        template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return template;
    }

    /**
     * The replica for statements, within {@link #read}'s transaction there; empty without one. A
     * repository built on it reads the replica only inside a read given {@link Server#REPLICA}.
     */
    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(replicaForStatements);
    }

    /**
     * Runs {@code read} in a read-only transaction on the replica if it has replayed this node's floor,
     * else on the primary. {@code version} is the transaction's first statement, on the server given;
     * {@code read} gets the same server and version. Inside a transaction already open, the read joins
     * it on its server, so a writer reads what it writes.
     */
    public <V extends Version, T> T read(Function<Server, V> version, BiFunction<Server, V, T> read) {
        if (replicaPool != null && TransactionSynchronizationManager.hasResource(replicaPool)) {
            return inline(Server.REPLICA, version, read);
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return inline(Server.PRIMARY, version, read);
        }
        if (replicaPool != null && System.nanoTime() - restingUntil >= 0) {
            try {
                var answer = onReplica.execute(status -> {
                    var seen = version.apply(Server.REPLICA);
                    if (seen.counter() < floor.get()) {
                        return Optional.<T>empty();
                    }
                    var value = read.apply(Server.REPLICA, seen);
                    saw(seen.counter());
                    return Optional.ofNullable(value);
                });
                if (answer != null && answer.isPresent()) {
                    reads.get(Server.REPLICA).increment();
                    return answer.get();
                }
                behind.increment();
            } catch (DataAccessException | TransactionException failed) {
                replicaFailed(failed);
            }
        }
        reads.get(Server.PRIMARY).increment();
        return onPrimary.execute(status -> inline(Server.PRIMARY, version, read));
    }

    private <V extends Version, T> T inline(Server server, Function<Server, V> version, BiFunction<Server, V, T> read) {
        var seen = version.apply(server);
        var value = read.apply(server, seen);
        saw(seen.counter());
        return value;
    }

    private void replicaFailed(RuntimeException failed) {
        if (replicaPool.getHikariPoolMXBean() == null
                || replicaPool.getHikariPoolMXBean().getTotalConnections() == 0) {
            // nothing connected: the replica is down or out of reach, not just busy with one read
            restingUntil = System.nanoTime() + RESTING.toNanos();
            log.warn(
                    "the replica does not answer; reading the primary for {} s: {}",
                    RESTING.toSeconds(),
                    failed.getMessage());
        } else {
            log.info("a read on the replica failed, the primary answers it: {}", failed.getMessage());
        }
    }

    /**
     * Raises this node's floor to {@code counter}: a data version this node committed or was told of,
     * which no later read may fall behind.
     */
    public void saw(long counter) {
        floor.accumulateAndGet(counter, Math::max);
    }

    /** This node's floor: no read is served from an older data version. */
    public long floor() {
        return floor.get();
    }

    /** Reads served by {@code server} since the start, for operators and tests. */
    public long reads(Server server) {
        return reads.get(server).sum();
    }

    /** Reads the primary answered because the replica had not yet replayed the floor. */
    public long readsBehind() {
        return behind.sum();
    }

    @PreDestroy
    void close() {
        if (replicaPool != null) {
            // what an operator sizing the replicas wants to know of this node's life
            log.info(
                    "reads since the start: {} on the replica, {} on the primary ({} of them because the replica"
                            + " had not replayed the floor)",
                    reads(Server.REPLICA),
                    reads(Server.PRIMARY),
                    readsBehind());
            replicaPool.close();
        }
    }
}
