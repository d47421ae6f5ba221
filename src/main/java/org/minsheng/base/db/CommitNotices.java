package org.minsheng.base.db;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every application node on the same database that something committed, through PostgreSQL's
 * LISTEN/NOTIFY. {@link #sendOnCommit} queues a notice inside the caller's transaction: PostgreSQL
 * delivers it only if that transaction commits, and to every listening connection, this node's
 * included, so a node learns of its own changes the same way as of the others'. Nothing here polls.
 *
 * <p>Each {@link #listen} holds one connection of its own ({@link SideConnections}: it would otherwise
 * hold a pooled connection for the application's lifetime). When that connection breaks (the database
 * restarted, a network cut) it is opened again with a growing pause, and the listener is told
 * {@link #RECONNECTED}, because notices sent while nobody listened are lost.
 */
@Component
public class CommitNotices {

    /** What a listener receives after (re)connecting: notices may have been missed, act as if one came. */
    public static final String RECONNECTED = "";

    private static final Logger log = LoggerFactory.getLogger(CommitNotices.class);

    /** Channel names go into LISTEN unquoted, so only plain identifiers are accepted. */
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** How long a wait for notices lasts before the connection is checked, so a dead one is noticed. */
    private static final int WAIT_MILLIS = 10_000;

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LAST_PAUSE = Duration.ofSeconds(30);

    /** How long {@link #listen} waits for its first LISTEN, so a node starts up already listening. */
    private static final Duration FIRST_LISTEN = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final Set<Listening> listenings = ConcurrentHashMap.newKeySet();

    CommitNotices(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What {@link #listen} returns: stop it when the listener goes away. */
    public interface Listening {
        void stop();
    }

    /**
     * Sends {@code payload} on {@code channel} when the current transaction commits, and never if it
     * rolls back. Several notices with the same payload in one transaction arrive as one.
     *
     * @throws IllegalStateException outside a transaction, where there would be no commit to wait for
     */
    public void sendOnCommit(String channel, String payload) {
        checkChannel(channel);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a commit notice needs a transaction");
        }
        // the transaction's own connection, so the notice commits or rolls back with its changes
        var connection = DataSourceUtils.getConnection(dataSource);
        try (var notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not queue a notice on " + channel, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Calls {@code onNotice} with each payload sent on {@code channel} by any node, on a thread of its
     * own, in commit order. Returns once the first LISTEN is in place (or after a few seconds if the
     * database cannot be reached, when the thread keeps trying).
     */
    public Listening listen(String channel, Consumer<String> onNotice) {
        checkChannel(channel);
        var listening = new Loop(channel, onNotice);
        listenings.add(listening);
        Thread.ofPlatform().name("notices-" + channel).daemon().start(listening::run);
        try {
            if (!listening.listening.await(FIRST_LISTEN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("not yet listening on {}: the database does not answer; trying on", channel);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return listening;
    }

    @PreDestroy
    void stopAll() {
        List.copyOf(listenings).forEach(Listening::stop);
    }

    private static void checkChannel(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a plain channel name: " + channel);
        }
    }

    /** The listening connection's name in {@code pg_stat_activity}. */
    static String applicationName(String channel) {
        return "minsheng listening on " + channel;
    }

    private final class Loop implements Listening {

        private final String channel;
        private final Consumer<String> onNotice;
        private final CountDownLatch listening = new CountDownLatch(1);
        private volatile boolean stopped;
        private volatile Connection connection;

        Loop(String channel, Consumer<String> onNotice) {
            this.channel = channel;
            this.onNotice = onNotice;
        }

        void run() {
            int failures = 0;
            while (!stopped) {
                try (var c = SideConnections.open(dataSource, applicationName(channel));
                        var statement = c.createStatement()) {
                    connection = c;
                    statement.execute("LISTEN " + channel);
                    listening.countDown();
                    failures = 0;
                    tell(RECONNECTED);
                    var notices = c.unwrap(PGConnection.class);
                    while (!stopped) {
                        var received = notices.getNotifications(WAIT_MILLIS);
                        if (received == null || received.length == 0) {
                            if (!c.isValid(2)) {
                                throw new SQLException("the listening connection stopped answering");
                            }
                            continue;
                        }
                        for (var notice : received) {
                            tell(notice.getParameter());
                        }
                    }
                } catch (SQLException e) {
                    if (stopped) {
                        return;
                    }
                    long pause = Math.min(FIRST_PAUSE.toMillis() << Math.min(failures++, 16), LAST_PAUSE.toMillis());
                    log.warn("listening on {} failed ({}); trying again in {} ms", channel, e.getMessage(), pause);
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }

        private void tell(String payload) {
            try {
                onNotice.accept(payload);
            } catch (RuntimeException e) {
                // a listener's failure must not stop the listening
                log.warn("a listener on {} failed", channel, e);
            }
        }

        @Override
        public void stop() {
            stopped = true;
            listenings.remove(this);
            var c = connection;
            if (c != null) {
                try {
                    c.close(); // ends a wait for notices at once
                } catch (SQLException e) {
                    log.debug("closing the listening connection on {}", channel, e);
                }
            }
        }
    }
}
