package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.figure.CellState;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.support.ConnectionCutter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The embedded database's pool (DatabaseOutageTest covers a configured server's): a connection that
 * died while it sat in the pool, as every connection does when the database restarts, is never handed
 * to a user's next action.
 */
@IntegrationTest
class CutConnectionsTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    FigureService figures;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    DSLContext db;

    /** The drafts saved here would disturb other tests of the shared database (ImportViewTest counts drafts). */
    @AfterEach
    void removeDrafts() {
        db.execute("delete from figure where division_id = (select id from division where code = '350623') "
                + "and period_id = (select id from period where kind = 'month' and year = 2021 and month = 1) "
                + "and status = 'draft'");
    }

    @Test
    void the_embedded_pool_takes_the_same_settings_as_a_configured_servers() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout())
                .isEqualTo(environment.getRequiredProperty("spring.datasource.hikari.connection-timeout", Long.class));
        assertThat(pool.getKeepaliveTime())
                .isEqualTo(environment.getRequiredProperty("spring.datasource.hikari.keepalive-time", Long.class));
        assertThat(pool.getValidationTimeout())
                .isEqualTo(environment.getRequiredProperty("spring.datasource.hikari.validation-timeout", Long.class));
    }

    @Test
    void right_after_the_server_ended_every_session_a_statisticians_next_save_works() throws Exception {
        int january = as(
                "stat-zhangpu",
                () -> figures.periodsForEntry().stream()
                        .filter(p -> p.year() == 2021 && p.month() == 1)
                        .findFirst()
                        .orElseThrow()
                        .id());
        var editable = as("stat-zhangpu", () -> figures.sheet(january)).cells().stream()
                .filter(c -> c.state() == CellState.EMPTY || c.state() == CellState.DRAFT)
                .toList();
        var first = editable.get(0);
        var second = editable.get(1);
        as("stat-zhangpu", () -> figures.save(new FigureInput(first.key(), "12", false, "已核实", first.version(), null)));

        // a request that ends just as the server ends every session puts its dead connection back:
        // the most recently used one, handed out next
        try (var held = dataSource.getConnection()) {
            ConnectionCutter.cutEveryConnection(postgres.getJdbcUrl("postgres", "postgres"));
        }

        var saved = as(
                "stat-zhangpu",
                () -> figures.save(new FigureInput(second.key(), "13", false, "已核实", second.version(), null)));
        assertThat(saved.saved()).isTrue();
        var after = as("stat-zhangpu", () -> figures.sheet(january)).cells().stream()
                .filter(c -> c.key().equals(second.key()))
                .findFirst()
                .orElseThrow();
        assertThat(after.value()).isEqualByComparingTo("13");
    }
}
