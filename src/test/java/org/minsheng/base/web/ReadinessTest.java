package org.minsheng.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The balancer's question: ready with a reachable database, not ready without one or when stopping. */
@IntegrationTest
class ReadinessTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void a_running_node_answers_ready_to_anyone_without_a_session() {
        var response = WebSession.anonymous(port).get("/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ready\n");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("no session for a health check")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void a_node_whose_database_is_out_of_reach_is_not_ready() throws Exception {
        DataSource unreachable = new AbstractDataSource() {
            @Override
            public java.sql.Connection getConnection() throws SQLException {
                throw new SQLException("Connection refused");
            }

            @Override
            public java.sql.Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
            }
        };
        var response = get(new ReadinessServlet(unreachable, new AtomicBoolean()));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).isEqualTo("database unreachable\n");
    }

    @Test
    void a_node_that_is_shutting_down_is_not_ready_though_its_database_answers() throws Exception {
        var response = get(new ReadinessServlet(dataSource, new AtomicBoolean(true)));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).isEqualTo("stopping\n");
        assertThat(get(new ReadinessServlet(dataSource, new AtomicBoolean())).getStatus())
                .isEqualTo(200);
    }

    /** A pool busy with users is not a broken database: the check does not queue for a pooled connection. */
    @Test
    void a_node_whose_pool_is_all_taken_by_users_is_still_ready() throws Exception {
        var primary = dataSource.unwrap(HikariDataSource.class);
        try (var pool = new HikariDataSource()) {
            pool.setJdbcUrl(primary.getJdbcUrl());
            pool.setUsername(primary.getUsername());
            pool.setPassword(primary.getPassword());
            pool.setMaximumPoolSize(1);
            pool.setConnectionTimeout(250);
            var servlet = new ReadinessServlet(pool, new AtomicBoolean());
            try (var busy = pool.getConnection()) {
                assertThat(busy.isValid(1)).isTrue();
                var response = get(servlet);
                assertThat(response.getContentAsString()).isEqualTo("ready\n");
                assertThat(response.getStatus()).isEqualTo(200);
            } finally {
                servlet.destroy();
            }
        }
    }

    private static MockHttpServletResponse get(ReadinessServlet servlet) throws Exception {
        var response = new MockHttpServletResponse();
        servlet.service(new MockHttpServletRequest("GET", "/ready"), response);
        return response;
    }
}
