package org.minsheng.base.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Answers {@code 200 ready} while this node can serve users: its database answers and it is not
 * shutting down; {@code 503} otherwise, so the balancer's health check (docs/deployment.md) takes the
 * node out before users see its errors, and puts it back once its database is back. It is a plain
 * servlet beside Vaadin's: no session is created, nobody needs to be signed in, nothing is cached.
 */
class ReadinessServlet extends HttpServlet {

    static final String PATH = "/ready";

    /** A check that takes longer than this counts as a database out of reach. */
    private static final int CHECK_SECONDS = 1;

    private final transient DataSource dataSource;
    private final AtomicBoolean stopping;

    ReadinessServlet(DataSource dataSource, AtomicBoolean stopping) {
        this.dataSource = dataSource;
        this.stopping = stopping;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String answer = answer();
        response.setStatus(
                answer.equals("ready") ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.getWriter().write(answer + "\n");
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(
                answer().equals("ready") ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    private String answer() {
        if (stopping.get()) {
            return "stopping";
        }
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(CHECK_SECONDS) ? "ready" : "database not answering";
        } catch (SQLException e) {
            return "database unreachable";
        }
    }
}
