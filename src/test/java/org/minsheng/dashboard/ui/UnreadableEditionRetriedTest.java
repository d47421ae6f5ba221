package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.figure.ApprovedFiguresChanged;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An open dashboard told of a new edition while the database cannot give it a connection (every
 * connection of the pool taken, as under a burst of load) says a new edition exists and reads it once
 * a connection is free again, without another approval. Before, the redraw failed once and the page
 * stayed on the old edition until the next change.
 */
@IntegrationTest
class UnreadableEditionRetriedTest {

    /** Far above the pool's 3 s connection timeout plus the first retry's pause. */
    private static final Duration DEADLINE = Duration.ofSeconds(40);

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_new_edition_the_database_could_not_serve_is_read_again_once_it_can() throws SQLException {
        // hidden until there is something to say, so not found by a search for visible components
        var note = (Paragraph) _get(DashboardView.class)
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("dashboard-updated"))
                .findFirst()
                .orElseThrow();
        assertThat(note.isVisible()).isFalse();
        var held = new ArrayList<Connection>();
        try {
            int size = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            // the change commits first (it needs a connection), then the pool runs dry; the redraw it
            // queued waits for this test's hold on the session, so it runs with no connection to take
            new TransactionTemplate(transactions)
                    .executeWithoutResult(tx -> events.publishEvent(
                            new ApprovedFiguresChanged(1, ApprovedFiguresChanged.Change.CORRECTED)));
            for (int i = 0; i < size; i++) {
                held.add(dataSource.getConnection());
            }
            roundtripsUntil(note::isVisible);
            assertThat(note.getText()).isEqualTo("数据已有新版本，正在读取…");
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
        roundtripsUntil(() -> note.getText().startsWith("数据已更新至第"));
        assertThat(note.getText()).matches("数据已更新至第\\d+版");
    }

    /** Runs the redraws other threads queued for this session until the condition holds; fails after the deadline. */
    private static void roundtripsUntil(BooleanSupplier condition) {
        var end = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("the page changed before the deadline").isBefore(end);
            MockVaadin.clientRoundtrip(false);
            // polling, not waiting for an outcome: the loop ends on the condition, the pause spares the CPU
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
