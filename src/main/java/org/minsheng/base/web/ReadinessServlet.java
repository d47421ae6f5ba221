package org.minsheng.base.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.minsheng.base.db.SideConnections;

/**
 * Answers {@code 200 ready} while this node can serve users: its database answers and it is not
 * shutting down; {@code 503} otherwise, so the balancer's health check (docs/deployment.md) takes the
 * node out before users see its errors, and puts it back once its database is back. It is a plain
 * servlet beside Vaadin's: no session is created, nobody needs to be signed in, nothing is cached.
 *
 * <p>The database is asked on a connection of the check's own, never a pooled one: a node whose pool
 * is busy with users is busy, not broken, and answering "not ready" then made HAProxy take the only
 * node out and every user got 503 for seconds (bench/cluster.sh at 400 users, docs/deployment.md).
 */
class ReadinessServlet extends HttpServlet {

    static final String PATH = "/ready";
    private static final String READY = "ready";

    /** A check that takes longer than this counts as a database out of reach. */
    private static final int CHECK_SECONDS = 1;

    static final String APPLICATION_NAME = "minsheng readiness check";

    private final transient DataSource dataSource;
    private final AtomicBoolean stopping;
    /** The check's own connection, opened at the first check and again after it broke. */
    private transient Connection connection;

    ReadinessServlet(DataSource dataSource, AtomicBoolean stopping) {
        this.dataSource = dataSource;
        this.stopping = stopping;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(respond(response) + "\n");
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        respond(response);
    }

    /** Sets the status the balancer reads and returns the answer, for GET's body. */
    private String respond(HttpServletResponse response) {
        var answer = answer();
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(
                answer.equals(READY) ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return answer;
    }

    private String answer() {
        if (stopping.get()) {
            return "stopping";
        }
        synchronized (this) {
            try {
                if (connection != null && connection.isValid(CHECK_SECONDS)) {
                    return READY;
                }
                close();
                connection = SideConnections.open(dataSource, APPLICATION_NAME);
                return connection.isValid(CHECK_SECONDS) ? READY : "database not answering";
            } catch (SQLException e) {
                close();
                return "database unreachable";
            }
        }
    }

    private void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // broken already: nothing to close
            }
            connection = null;
        }
    }

    @Override
    public void destroy() {
        synchronized (this) {
            close();
        }
    }
}
